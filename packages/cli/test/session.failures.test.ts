// Every failure path of the session commands, end to end against the emulator (faults injected
// with setFaults): one clear error, its exit code, nothing on stdout, no secret on stderr.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DeactivateMFADeviceCommand,
  DeleteVirtualMFADeviceCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliPath } from './support/awsmfa.js';
import {
  awsmfa,
  expectNoSecrets,
  homeFor,
  type MfaUser,
  type ProcessResult,
  type SessionBed,
  sessionTokenCalls,
  startSessionBed,
} from './support/sessionScenario.js';

let bed: SessionBed;
beforeAll(async () => {
  bed = await startSessionBed();
});
afterAll(() => bed.stop());
afterEach(() => bed.emulator.setFaults({}));

const envArgsAt = (endpoint: string, user: MfaUser, ...extra: string[]) => [
  'env',
  '--profile',
  user.userName,
  '--shell',
  'bash',
  '--endpoint-url',
  endpoint,
  ...extra,
];
const envArgs = (user: MfaUser, ...extra: string[]) => envArgsAt(bed.emulator.endpoint, user, ...extra);

/** A failure: the exit code, nothing on stdout, one error line and a hint, no secrets. */
function expectFailure(result: ProcessResult, exit: number, message: RegExp, user?: MfaUser) {
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^awsmfa: error: /m);
  expect(result.stderr).toMatch(message);
  expect(result.status, result.stderr).toBe(exit);
  if (user) expectNoSecrets(result.stderr, [user.secretAccessKey]);
}

describe('session failures', () => {
  it('wrong code: exit 10, names the device, says a code works once', async () => {
    const user = await bed.newUser('f-wrong');
    const wrong = user.code() === '000000' ? '111111' : '000000';
    const result = await awsmfa(envArgs(user, '--code', wrong), homeFor(user).env);
    expectFailure(result, 10, new RegExp(`AWS rejected the MFA code for ${user.serial}`), user);
    expect(result.stderr).toContain('wait for the next one');
  });

  it('a device throttled after repeated wrong codes: exit 21, says why and to wait, caches nothing', async () => {
    const user = await bed.newUser('f-throttled');
    const sts = new STSClient({
      endpoint: bed.emulator.endpoint,
      region: bed.emulator.region,
      credentials: user,
      maxAttempts: 1,
    });
    const wrong = user.code() === '000000' ? '111111' : '000000';
    // The emulator throttles a device after 10 wrong codes in 5 minutes, as AWS throttles guessing.
    for (let i = 0; i < 10; i++) {
      await expect(
        sts.send(new GetSessionTokenCommand({ SerialNumber: user.serial, TokenCode: wrong })),
      ).rejects.toThrow(/invalid MFA one time pass code/);
    }
    sts.destroy();
    const home = homeFor(user);
    const calls = sessionTokenCalls(bed.emulator, user);
    const result = await awsmfa(envArgs(user, '--code', user.code(1)), home.env);
    expectFailure(
      result,
      21,
      new RegExp(`AWS throttles an MFA device \\(${user.serial}\\) after repeated wrong codes`),
      user,
    );
    expect(result.stderr).toContain('hint: wait a few minutes, then type the current code once');
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    // Retried as throttling (3 attempts), and nothing was cached.
    expect(sessionTokenCalls(bed.emulator, user)).toBe(calls + 3);
    const cache = home.path('.aws/awsmfa/cache');
    expect(existsSync(cache) ? readdirSync(cache).filter((n) => n.startsWith('session-')) : []).toEqual([]);
  });

  it("a previous step's code asked for 40 ms before the step ends still works: the helper waits for the next step", async () => {
    // The bed's clock is moved so that the code is asked for 40 ms before a 30-s step ends; without
    // the wait, the request arrives in the next step, two steps after the code's (exit 10).
    let offsetMs = 0;
    const edgeBed = await startSessionBed({ clock: () => new Date(Date.now() + offsetMs) });
    try {
      const user = await edgeBed.newUser('f-step-edge');
      offsetMs = 29_960 - (Date.now() % 30_000);
      const code = user.code(-1);
      const result = await awsmfa(
        envArgsAt(edgeBed.emulator.endpoint, user, '--code', code),
        homeFor(user).env,
      );
      expect(result.status, result.stderr).toBe(0);
    } finally {
      await edgeBed.stop();
    }
  });

  it('reused code: refused locally without a request (exit 11), and AWS refusing it is explained', async () => {
    const user = await bed.newUser('f-reused');
    const home = homeFor(user);
    const code = user.code();
    expect((await awsmfa(envArgs(user, '--code', code), home.env)).status).toBe(0);
    const calls = sessionTokenCalls(bed.emulator, user);
    const again = await awsmfa(envArgs(user, '--code', code, '--refresh'), home.env);
    expectFailure(again, 11, /already used/, user);
    expect(again.stderr).toContain('hint: wait for the next code');
    expect(sessionTokenCalls(bed.emulator, user)).toBe(calls);
    // Another cache folder knows nothing of the spent code: AWS refuses it, and the hint covers reuse.
    const elsewhere = await awsmfa(envArgs(user, '--code', code), {
      ...home.env,
      AWSMFA_CACHE_DIR: home.path('other'),
    });
    expectFailure(elsewhere, 10, /AWS rejected the MFA code/, user);
    expect(elsewhere.stderr).toContain('each code works once');
  });

  it('codes: "123 456" as apps show it is accepted; 5 digits or letters are refused before any request', async () => {
    const user = await bed.newUser('f-format');
    const home = homeFor(user);
    const calls = sessionTokenCalls(bed.emulator, user);
    for (const bad of ['12345', '12a456', '1234567']) {
      const result = await awsmfa(envArgs(user, '--code', bad), home.env);
      expectFailure(result, 3, /must be 6 digits/, user);
      expect(result.stderr).not.toContain(bad);
    }
    expect(sessionTokenCalls(bed.emulator, user)).toBe(calls);
    const code = user.code();
    const spaced = await awsmfa(envArgs(user, '--code', `${code.slice(0, 3)} ${code.slice(3)}`), home.env);
    expect(spaced.status, spaced.stderr).toBe(0);
  });

  it('deactivated long-term key: CREDENTIALS_INVALID (exit 14), key masked', async () => {
    const user = await bed.newUser('f-inactive');
    await bed.admin.send(
      new UpdateAccessKeyCommand({
        UserName: user.userName,
        AccessKeyId: user.accessKeyId,
        Status: 'Inactive',
      }),
    );
    const result = await awsmfa(envArgs(user, '--code', user.code()), homeFor(user).env);
    expectFailure(result, 14, /AWS rejected the credentials of profile f-inactive \(key AKIA\*+\)/, user);
    expect(result.stderr).not.toContain(user.accessKeyId);
  });

  it('deleted device: MFA_DEVICE (exit 13) with the serial and where it came from', async () => {
    const user = await bed.newUser('f-deleted');
    await bed.admin.send(
      new DeactivateMFADeviceCommand({ UserName: user.userName, SerialNumber: user.serial }),
    );
    await bed.admin.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: user.serial }));
    const result = await awsmfa(envArgs(user, '--code', user.code()), homeFor(user).env);
    expectFailure(
      result,
      13,
      /cannot validate codes for .*mfa\/f-deleted \(from mfa_serial of profile f-deleted\)/,
      user,
    );
    expect(result.stderr).toContain('awsmfa enroll --profile f-deleted');
  });

  it('mfa_serial set to the user ARN: says so and suggests the mfa/ ARN (exit 13)', async () => {
    const user = await bed.newUser('f-userarn');
    const userArn = user.serial.replace(':mfa/', ':user/');
    const result = await awsmfa(envArgs(user, '--code', user.code()), homeFor(user, { serial: userArn }).env);
    expectFailure(result, 13, /is a user ARN, not an MFA device ARN/, user);
    expect(result.stderr).toContain(user.serial);
  });

  it('endpoint unreachable: exit 20 naming the endpoint; the code stays unspent', async () => {
    const user = await bed.newUser('f-unreachable');
    const home = homeFor(user);
    const code = user.code();
    const result = await awsmfa(
      ['env', '--profile', user.userName, '--endpoint-url', 'http://127.0.0.1:9', '--code', code],
      home.env,
    );
    expectFailure(result, 20, /Cannot reach http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/, user);
    // The same code still works once the endpoint is back: it was never marked spent.
    expect((await awsmfa(envArgs(user, '--code', code), home.env)).status).toBe(0);
  });

  it('a slow endpoint times out: exit 23', async () => {
    const user = await bed.newUser('f-timeout');
    bed.emulator.setFaults({ GetSessionToken: { latencyMs: 1000 } });
    const result = await awsmfa(envArgs(user, '--code', user.code()), {
      ...homeFor(user).env,
      AWSMFA_REQUEST_TIMEOUT_MS: '250',
    });
    expectFailure(result, 23, /timed out at http/, user);
    // Let the server finish the abandoned attempts, so they do not count in the next test.
    for (let i = 0; i < 40 && sessionTokenCalls(bed.emulator, user) < 3; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(sessionTokenCalls(bed.emulator, user)).toBe(3);
  });

  it('throttling and 5xx are retried; when they persist: exit 21 and 22', async () => {
    const user = await bed.newUser('f-retry');
    const home = homeFor(user);
    let calls = sessionTokenCalls(bed.emulator, user);
    bed.emulator.setFaults({
      GetSessionToken: { error: 'Throttling', times: 1 },
      'sts:GetCallerIdentity': {},
    });
    expect((await awsmfa(envArgs(user, '--code', user.code(-1)), home.env)).status).toBe(0);
    expect(sessionTokenCalls(bed.emulator, user)).toBe(calls + 2);

    bed.emulator.setFaults({ GetSessionToken: { error: 'InternalError', times: 1 } });
    const retried = await awsmfa(envArgs(user, '--code', user.code(0), '--refresh'), home.env);
    expect(retried.status, retried.stderr).toBe(0);

    calls = sessionTokenCalls(bed.emulator, user);
    bed.emulator.setFaults({ GetSessionToken: { error: 'Throttling' } });
    const throttled = await awsmfa(envArgs(user, '--code', user.code(1), '--refresh'), home.env);
    expectFailure(throttled, 21, /kept throttling/, user);
    expect(sessionTokenCalls(bed.emulator, user)).toBe(calls + 3);

    bed.emulator.setFaults({ GetSessionToken: { error: 'ServiceUnavailable' } });
    const failing = await awsmfa(envArgs(user, '--code', user.code(1), '--refresh'), home.env);
    expectFailure(failing, 22, /kept failing .*HTTP 503/, user);
  });

  it('a corrupt cache entry is a miss with a warning, and is replaced', async () => {
    const user = await bed.newUser('f-corrupt');
    const home = homeFor(user);
    expect((await awsmfa(envArgs(user, '--code', user.code(-1)), home.env)).status).toBe(0);
    const dir = home.path('.aws/awsmfa/cache');
    const entry = readdirSync(dir).find((n) => n.startsWith('session-'))!;
    writeFileSync(join(dir, entry), '{"version":1,"profile":', { mode: 0o600 });
    const result = await awsmfa(envArgs(user, '--code', user.code(0)), home.env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^awsmfa: Ignoring corrupt cached session .*session-f-corrupt/m);
    expect(JSON.parse(readFileSync(join(dir, entry), 'utf8')).accessKeyId).toMatch(/^ASIA/);
  });

  it('a cache folder with loose permissions: warning, miss, tightened to 0700', async () => {
    const user = await bed.newUser('f-loose');
    const home = homeFor(user);
    expect((await awsmfa(envArgs(user, '--code', user.code(-1)), home.env)).status).toBe(0);
    const dir = home.path('.aws/awsmfa/cache');
    chmodSync(dir, 0o755);
    const result = await awsmfa(envArgs(user, '--code', user.code(0)), home.env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('accessible to other users (mode 0755)');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expectNoSecrets(result.stderr, [user.secretAccessKey]);
  });

  it('SIGKILL during a cache write leaves the old entry, never a torn one', async () => {
    const user = await bed.newUser('f-sigkill');
    const home = homeFor(user);
    const first = await awsmfa(envArgs(user, '--code', user.code(-1)), home.env);
    expect(first.status).toBe(0);
    const dir = home.path('.aws/awsmfa/cache');
    const entry = join(dir, readdirSync(dir).find((n) => n.startsWith('session-'))!);
    const before = readFileSync(entry, 'utf8');

    const child = spawn(process.execPath, [cliPath, ...envArgs(user, '--code', user.code(0), '--refresh')], {
      env: { PATH: process.env.PATH, ...home.env, AWSMFA_TEST_CACHE_WRITE_PAUSE_MS: '20000' },
      stdio: 'ignore',
      detached: true,
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Wait until the new session sits in the temporary file, then kill.
    for (let i = 0; i < 200 && !readdirSync(dir).some((n) => n.startsWith('.tmp-')); i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(readdirSync(dir).some((n) => n.startsWith('.tmp-'))).toBe(true);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(readFileSync(entry, 'utf8')).toBe(before);

    const next = await awsmfa(envArgs(user), home.env);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).toBe(first.stdout);
  });

  it('no terminal and no code: exit 12, nothing on stdout, no request', async () => {
    const user = await bed.newUser('f-notty');
    const calls = sessionTokenCalls(bed.emulator, user);
    const result = await awsmfa(envArgs(user), homeFor(user).env);
    expectFailure(result, 12, /no terminal to ask on/, user);
    expect(result.stderr).toContain('hint: pass --code 123456, set AWSMFA_CODE');
    expect(sessionTokenCalls(bed.emulator, user)).toBe(calls);
  });

  it('bad --duration, missing profile, session keys in the profile: refused before any request', async () => {
    const user = await bed.newUser('f-input');
    const home = homeFor(user);
    const calls = sessionTokenCalls(bed.emulator, user);
    expectFailure(
      await awsmfa(envArgs(user, '--code', user.code(), '--duration', '10m'), home.env),
      3,
      /outside AWS's range/,
    );
    expectFailure(
      await awsmfa(['env', '--profile', 'nope', '--code', '123456'], home.env),
      4,
      /Profile nope/,
    );
    const asia = homeFor({ ...user, accessKeyId: 'ASIAEXAMPLEEXAMPLE00' });
    expectFailure(
      await awsmfa(envArgs(user, '--code', user.code()), asia.env),
      14,
      /session credentials \(ASIA\*+\)/,
    );
    expect(sessionTokenCalls(bed.emulator, user)).toBe(calls);
  });

  it('--debug shows decisions with masked keys and never a secret', async () => {
    const user = await bed.newUser('f-debug');
    const home = homeFor(user);
    const result = await awsmfa(envArgs(user, '--code', user.code(), '--debug'), home.env);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('awsmfa: debug: GetSessionToken');
    expect(result.stderr).toMatch(/AKIA\*{16}/);
    const secret = /AWS_SECRET_ACCESS_KEY='([^']+)'/.exec(result.stdout)![1]!;
    const token = /AWS_SESSION_TOKEN='([^']+)'/.exec(result.stdout)![1]!;
    const key = /AWS_ACCESS_KEY_ID='([^']+)'/.exec(result.stdout)![1]!;
    expectNoSecrets(result.stderr, [user.secretAccessKey, user.accessKeyId, secret, token, key]);
  });
});
