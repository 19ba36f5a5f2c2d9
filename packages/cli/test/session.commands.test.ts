// exec, status, logout, trusted networks and clock skew, end to end against the emulator.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { cliPath } from './support/awsmfa.js';
import {
  awsmfa,
  expectNoSecrets,
  homeFor,
  run,
  type SessionBed,
  sessionTokenCalls,
  startSessionBed,
} from './support/sessionScenario.js';

let bed: SessionBed;
beforeAll(async () => {
  bed = await startSessionBed();
});
afterAll(() => bed.stop());

describe('awsmfa exec', () => {
  it('runs the command with the session in its environment and passes its exit code through', async () => {
    const user = await bed.newUser('exec-env');
    const home = homeFor(user);
    const endpoint = bed.emulator.endpoint;
    const script = `test -n "$AWS_SESSION_TOKEN" && test -z "$AWS_PROFILE" && /usr/bin/aws s3 ls --endpoint-url ${endpoint} && exit 7`;
    const result = await awsmfa(
      [
        'exec',
        '--profile',
        user.userName,
        '--endpoint-url',
        endpoint,
        '--code',
        user.code(),
        '--',
        'sh',
        '-c',
        script,
      ],
      { ...home.env, AWS_PROFILE: user.userName, AWS_PAGER: '' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(7);
    // The session never appears in the child's argv: only in its environment.
    const argv = await awsmfa(
      ['exec', '--profile', user.userName, '--', 'cat', '/proc/self/cmdline'],
      home.env,
    );
    expect(argv.stdout.split('\0').filter(Boolean)).toEqual(['cat', '/proc/self/cmdline']);
  });

  it('ends the way the child ended: killed by a signal, awsmfa is killed by it too', async () => {
    const user = await bed.newUser('exec-signal');
    const home = homeFor(user);
    const args = [
      'exec',
      '--profile',
      user.userName,
      '--endpoint-url',
      bed.emulator.endpoint,
      '--code',
      user.code(),
    ];
    const result = await awsmfa([...args, '--', 'sh', '-c', 'kill -TERM $$'], home.env);
    expect(result.signal).toBe('SIGTERM');
  });

  it('forwards SIGTERM to the child', async () => {
    const user = await bed.newUser('exec-forward');
    const home = homeFor(user);
    await awsmfa(
      ['env', '--profile', user.userName, '--endpoint-url', bed.emulator.endpoint, '--code', user.code()],
      home.env,
    );
    const child = spawn(
      process.execPath,
      [
        cliPath,
        'exec',
        '--profile',
        user.userName,
        '--',
        'sh',
        '-c',
        'trap "exit 42" TERM; echo ready; while :; do sleep 0.05; done',
      ],
      { env: { PATH: process.env.PATH, ...home.env }, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
    );
    // A failed or timed-out run must not leave the looping child behind (its own process group).
    onTestFinished(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    });
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(42);
  });

  it('a command that does not exist: a clear error, exit 3', async () => {
    const user = await bed.newUser('exec-missing');
    const home = homeFor(user);
    await awsmfa(
      ['env', '--profile', user.userName, '--endpoint-url', bed.emulator.endpoint, '--code', user.code()],
      home.env,
    );
    const result = await awsmfa(['exec', '--profile', user.userName, '--', 'no-such-command-xyz'], home.env);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('Cannot run no-such-command-xyz: command not found.');
  });
});

describe('awsmfa status and logout', () => {
  it('status shows identity, session, device and clock; logout forgets the session', async () => {
    const user = await bed.newUser('status-user');
    const home = homeFor(user);
    const endpoint = bed.emulator.endpoint;
    const base = ['--profile', user.userName, '--endpoint-url', endpoint];
    const before = await awsmfa(['status', ...base, '--json'], home.env);
    expect(before.status, before.stderr).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({
      profile: 'status-user',
      mfaSerial: user.serial,
      identity: { arn: `arn:aws:iam::123456789012:user/status-user`, via: 'long-term keys' },
      session: null,
      trustedNetwork: { configured: false },
    });

    const env = await awsmfa(['env', ...base, '--code', user.code()], home.env);
    const report = JSON.parse((await awsmfa(['status', ...base, '--json'], home.env)).stdout);
    expect(report.identity.via).toBe('session');
    expect(report.session.accessKeyId).toMatch(/^ASIA\*+$/);
    expect(report.session.secondsLeft).toBeGreaterThan(3500);
    expect(Math.abs(report.clockSkewSeconds)).toBeLessThanOrEqual(2);
    const text = await awsmfa(['status', ...base], home.env);
    expect(text.stdout).toMatch(/^session {5}ASIA\*+, expires .* \(59 min left\)$/m);
    expect(text.stdout).toMatch(/^clock {7}in sync with AWS/m);
    const secrets = [
      user.secretAccessKey,
      ...[...env.stdout.matchAll(/='([^']+)'/g)].map((m) => m[1]),
    ].filter((s) => s && s.length > 20);
    expectNoSecrets(text.stdout + text.stderr, secrets);

    // `awsmfa profiles` shows the cached session too.
    const listing = JSON.parse((await awsmfa(['profiles', '--json'], home.env)).stdout);
    expect(listing[0].session.secondsLeft).toBeGreaterThan(3500);
    expect((await awsmfa(['profiles'], home.env)).stdout).toMatch(/status-user .* 59 min left/);

    const logout = await awsmfa(['logout', '--profile', user.userName], home.env);
    expect(logout.stderr).toBe('Forgot 1 cached session (profile status-user).\n');
    expect(JSON.parse((await awsmfa(['status', ...base, '--json'], home.env)).stdout).session).toBeNull();
    expect((await awsmfa(['logout', '--all'], home.env)).stderr).toBe('No cached session for any profile.\n');
  });

  it("after eval env, plain status and logout talk about the shell's profile (AWSMFA_PROFILE), not default", async () => {
    const user = await bed.newUser('shell-user');
    const home = homeFor(user);
    const script = [
      `eval "$("$AWSMFA" env --profile shell-user --quiet --code ${user.code()})"`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: shell code.
      'test -z "${AWS_PROFILE-}" && echo "no AWS_PROFILE"',
      '"$AWSMFA" status',
    ].join('\n');
    const result = await run('bash', ['--norc', '--noprofile', '-c', script], {
      ...home.env,
      AWSMFA: cliPath,
      AWS_ENDPOINT_URL: bed.emulator.endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('no AWS_PROFILE\n');
    expect(result.stdout).toMatch(/^profile {5}shell-user$/m);
    expect(result.stdout).toMatch(/^identity {4}arn:aws:iam::123456789012:user\/shell-user .*via session/m);
    expect(result.stdout).toMatch(
      /^shell {7}holds a session of profile shell-user \(ASIA\*+, expires \S+, \d+ min left\)$/m,
    );
    expect(result.stderr).not.toContain('Profile default');
    const logout = await run('bash', ['--norc', '--noprofile', '-c', '"$AWSMFA" logout'], {
      ...home.env,
      AWSMFA: cliPath,
      AWSMFA_PROFILE: 'shell-user',
    });
    expect(logout.stderr).toBe('Forgot 1 cached session (profile shell-user).\n');
  });
});

describe('trusted networks and clock skew', () => {
  let trustedBed: SessionBed;
  let ipServer: Server;
  let lookupUrl: string;
  const skewSeconds = 95;
  beforeAll(async () => {
    // The emulator's clock runs 95 s behind this machine; the policy trusts 127.0.0.1.
    trustedBed = await startSessionBed({
      trustedCidrs: ['127.0.0.1/32'],
      clock: () => new Date(Date.now() - skewSeconds * 1000),
    });
    ipServer = createServer((_req, res) => res.end('127.0.0.1\n'));
    await new Promise<void>((resolve) => ipServer.listen(0, '127.0.0.1', () => resolve()));
    lookupUrl = `http://127.0.0.1:${(ipServer.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => ipServer.close(() => resolve()));
    await trustedBed.stop();
  });

  it('inside awsmfa_trusted_ips: AWS_PROFILE without a code, and the AWS CLI gets through', async () => {
    const user = await trustedBed.newUser('trusted-user');
    const home = homeFor(user, { extraConfig: 'awsmfa_trusted_ips = 10.0.0.0/8, 127.0.0.1/32\n' });
    const endpoint = trustedBed.emulator.endpoint;
    const env = { ...home.env, AWSMFA_IP_LOOKUP_URL: lookupUrl };
    const result = await awsmfa(
      ['env', '--profile', user.userName, '--shell', 'bash', '--endpoint-url', endpoint],
      env,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      'awsmfa: Trusted network (127.0.0.1 is in 127.0.0.1/32): using profile trusted-user without MFA.\n',
    );
    expect(result.stdout).toContain("export AWS_PROFILE='trusted-user'");
    expect(result.stdout).toContain('unset AWS_SESSION_TOKEN');
    expect(result.stdout).not.toContain(user.secretAccessKey);
    const shell = await run(
      'bash',
      [
        '--norc',
        '-c',
        `eval "$1" && /usr/bin/aws s3 ls --endpoint-url ${endpoint} && echo ok`,
        'bash',
        result.stdout,
      ],
      {
        ...home.env,
        AWS_PAGER: '',
      },
    );
    expect(shell.stdout.trim()).toBe('ok');
    expect(sessionTokenCalls(trustedBed.emulator, user)).toBe(0);
  });

  it('--mfa forces a session; a failed IP lookup falls back to MFA; a 95 s clock skew is reported', async () => {
    const user = await trustedBed.newUser('trusted-mfa');
    const home = homeFor(user, { extraConfig: 'awsmfa_trusted_ips = 127.0.0.1/32\n' });
    const args = [
      'env',
      '--profile',
      user.userName,
      '--shell',
      'bash',
      '--endpoint-url',
      trustedBed.emulator.endpoint,
    ];
    const forced = await awsmfa([...args, '--mfa', '--code', user.code(-1)], {
      ...home.env,
      AWSMFA_IP_LOOKUP_URL: lookupUrl,
    });
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/AWS_SESSION_TOKEN='/);
    expect(forced.stderr).toMatch(/This computer's clock is 9[4-7] s ahead of AWS/);

    const unreachable = await awsmfa([...args, '--refresh', '--code', user.code(0)], {
      ...home.env,
      AWSMFA_IP_LOOKUP_URL: 'http://127.0.0.1:9/',
      AWSMFA_CACHE_DIR: home.path('other-cache'),
    });
    expect(unreachable.status, unreachable.stderr).toBe(0);
    expect(unreachable.stderr).toMatch(/Could not look up the public IP \(.*\); using MFA\./);
    expect(unreachable.stdout).toMatch(/AWS_SESSION_TOKEN='/);

    const status = JSON.parse(
      (
        await awsmfa(
          ['status', '--profile', user.userName, '--endpoint-url', trustedBed.emulator.endpoint, '--json'],
          {
            ...home.env,
            AWSMFA_IP_LOOKUP_URL: lookupUrl,
          },
        )
      ).stdout,
    );
    expect(status.trustedNetwork).toMatchObject({ configured: true, trusted: true, ip: '127.0.0.1' });
    expect(Math.abs(status.clockSkewSeconds - skewSeconds)).toBeLessThanOrEqual(2);
  });

  it('status waits for a slow IP lookup as long as AWSMFA_IP_LOOKUP_TIMEOUT_MS says, as env does', async () => {
    const user = await trustedBed.newUser('trusted-slow');
    const home = homeFor(user, { extraConfig: 'awsmfa_trusted_ips = 127.0.0.1/32\n' });
    // Answers after 2 s: past the 1.5 s default, well within the 10 s asked for.
    const slow = createServer((_req, res) => setTimeout(() => res.end('127.0.0.1\n'), 2000));
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', () => resolve()));
    onTestFinished(() => {
      slow.closeAllConnections();
      return new Promise<void>((resolve) => slow.close(() => resolve()));
    });
    const result = await awsmfa(
      ['status', '--profile', user.userName, '--endpoint-url', trustedBed.emulator.endpoint, '--json'],
      {
        ...home.env,
        AWSMFA_IP_LOOKUP_URL: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`,
        AWSMFA_IP_LOOKUP_TIMEOUT_MS: '10000',
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).trustedNetwork).toMatchObject({ trusted: true, ip: '127.0.0.1' });
  });
});
