// `awsmfa env` end to end: the built CLI against a started emulator, its output evaluated in real
// bash, zsh and fish, the result checked with the real AWS CLI v2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsCli,
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

describe('awsmfa env', () => {
  it('exports a session that the AWS CLI can use in bash, zsh and fish; a second call is a cache hit', async () => {
    const user = await bed.newUser('env-shells');
    const home = homeFor(user, { profile: 'cli-user' });
    const endpoint = bed.emulator.endpoint;
    const before = sessionTokenCalls(bed.emulator, user);

    // Without MFA the policy denies S3 to the long-term key.
    const denied = await awsCli(['s3', 'ls', '--profile', 'cli-user', '--endpoint-url', endpoint], home.env);
    expect(denied.status).not.toBe(0);
    expect(denied.stderr).toContain('AccessDenied');

    const first = await awsmfa(
      ['env', '--profile', 'cli-user', '--shell', 'bash', '--endpoint-url', endpoint, '--code', user.code()],
      home.env,
    );
    // One line on stderr says whose session it is and until when (issue #10.10); stdout is only code.
    expect(first.stderr).toMatch(
      /^awsmfa: profile cli-user: MFA session until (\d{4}-\d\d-\d\d )?\d\d:\d\d \((59 min|1 h 0 min) left\)\.\n$/,
    );
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^export AWS_ACCESS_KEY_ID='ASIA/m);
    expect(first.stdout).toContain("export AWS_REGION='us-east-1'");
    expect(first.stdout).toContain("export AWSMFA_PROFILE='cli-user'");
    expect(first.stdout).toContain('unset AWS_PROFILE');
    expect(sessionTokenCalls(bed.emulator, user)).toBe(before + 1);

    const script = (shell: string) =>
      shell === 'fish'
        ? // `; and`: erasing the absent AWS_PROFILE must not leave a failing $status (it once left 4).
          `awsmfa env --profile cli-user | source; and /usr/bin/aws s3 ls --endpoint-url ${endpoint}; and echo "rc=$status key=$AWS_ACCESS_KEY_ID exp=$AWS_CREDENTIAL_EXPIRATION"`
        : `eval "$(awsmfa env --profile cli-user)" && /usr/bin/aws s3 ls --endpoint-url ${endpoint} && echo "rc=$? key=$AWS_ACCESS_KEY_ID exp=$AWS_CREDENTIAL_EXPIRATION"`;
    const bin = await shimDir();
    for (const shell of ['bash', 'zsh', 'fish']) {
      const args =
        shell === 'fish'
          ? ['--no-config', '-c', script(shell)]
          : shell === 'zsh'
            ? ['-f', '-c', script(shell)]
            : ['--norc', '--noprofile', '-c', script(shell)];
      // AWS_PROFILE set in the shell must not win over the exported session.
      const result = await run(shell, args, {
        ...home.env,
        PATH: `${bin}:/usr/bin:/bin`,
        AWS_PROFILE: 'cli-user',
        AWS_PAGER: '',
      });
      // The cache hit (the fast path) reports the same line; nothing else reaches stderr.
      expect(result.stderr, shell).toMatch(
        /^awsmfa: profile cli-user: MFA session until (\d{4}-\d\d-\d\d )?\d\d:\d\d \(\d+ min left\)\.\n$/,
      );
      expect(JSON.stringify(result), shell).toMatch(/rc=0 key=ASIA\w+ exp=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    }
    // The shells ran `awsmfa env` without a code and without a terminal: the cache answered.
    expect(sessionTokenCalls(bed.emulator, user)).toBe(before + 1);
    expectNoSecrets(first.stderr, [user.secretAccessKey]);
  });

  it('--quiet drops the success line, fresh or cached; the line never reaches stdout', async () => {
    const user = await bed.newUser('env-quiet');
    const home = homeFor(user);
    const base = [
      'env',
      '--profile',
      user.userName,
      '--shell',
      'bash',
      '--endpoint-url',
      bed.emulator.endpoint,
    ];
    const fresh = await awsmfa([...base, '--quiet', '--code', user.code()], home.env);
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(fresh.stderr).toBe('');
    const cached = await awsmfa([...base, '--quiet'], home.env);
    expect(cached.stderr).toBe('');
    expect(cached.stdout).toMatch(/^export AWS_ACCESS_KEY_ID='ASIA/m);
    const loud = await awsmfa(base, home.env);
    expect(loud.stderr).toMatch(/^awsmfa: profile env-quiet: MFA session until /);
    expect(loud.stdout).not.toContain('awsmfa');
  });

  it('--unset prints code that removes every variable env sets', async () => {
    const result = await awsmfa(['env', '--unset', '--shell', 'bash'], {});
    expect(result.status).toBe(0);
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_CREDENTIAL_EXPIRATION',
      'AWSMFA_PROFILE',
    ]) {
      expect(result.stdout).toContain(`unset ${name}\n`);
    }
  });

  it('detects the shell from the parent process', async () => {
    const user = await bed.newUser('env-detect');
    const home = homeFor(user);
    await awsmfa(
      ['env', '--profile', user.userName, '--endpoint-url', bed.emulator.endpoint, '--code', user.code()],
      home.env,
    );
    const bin = await shimDir();
    const fish = await run('fish', ['--no-config', '-c', `awsmfa env --profile ${user.userName}`], {
      ...home.env,
      PATH: `${bin}:/usr/bin:/bin`,
    });
    expect(fish.stdout).toMatch(/^set -gx AWS_ACCESS_KEY_ID 'ASIA/m);
    const zsh = await run('zsh', ['-f', '-c', `print -r -- "$(awsmfa env --profile ${user.userName})"`], {
      ...home.env,
      PATH: `${bin}:/usr/bin:/bin`,
    });
    expect(zsh.stdout).toMatch(/^export AWS_ACCESS_KEY_ID='ASIA/m);
  });
});

// A directory with an `awsmfa` executable that runs the built CLI, as `npm link` would provide.
let shim: string | undefined;
async function shimDir(): Promise<string> {
  if (shim) return shim;
  const { mkdtempSync, writeFileSync, symlinkSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { cliPath } = await import('./support/awsmfa.js');
  const dir = mkdtempSync(join(tmpdir(), 'awsmfa-bin-'));
  // A symlink to the script (its shebang runs node), like a global npm install.
  symlinkSync(cliPath, join(dir, 'awsmfa'));
  writeFileSync(join(dir, 'node'), `#!/bin/sh\nexec ${process.execPath} "$@"\n`, { mode: 0o755 });
  shim = dir;
  return dir;
}
