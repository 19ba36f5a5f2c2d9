// The keyring store end to end, against a real Secret Service (gnome-keyring in a private D-Bus
// session) and the emulator: keys imported into the keyring never touch ~/.aws, every session
// command opens them from there, the real AWS CLI gets sessions through credential_process, a
// cached session never touches the keyring, and a keyring that cannot be used is one line, never
// a plaintext fallback.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestHome, testHome } from './support/awsmfa.js';
import { type SecretService, startSecretService } from './support/secretService.js';
import {
  awsCli,
  awsmfa,
  expectNoSecrets,
  type MfaUser,
  type SessionBed,
  sessionTokenCalls,
  startSessionBed,
} from './support/sessionScenario.js';
import { awaitStepMargin, totpCode } from './support/virtualMfaDevice.js';

let bed: SessionBed;
let keyring: SecretService;
beforeAll(async () => {
  [bed, keyring] = await Promise.all([startSessionBed(), startSecretService()]);
}, 30_000);
afterAll(async () => {
  await Promise.all([bed?.stop(), keyring?.stop()]);
});

/** A HOME whose profile names the user's MFA device but holds no keys; the CSV waits beside it. */
function keylessHome(user: MfaUser, profile = user.userName): TestHome {
  return testHome({
    '.aws/config': `[profile ${profile}]\nregion = us-east-1\nmfa_serial = ${user.serial}\n`,
    'Downloads/keys.csv': `Access key ID,Secret access key\n${user.accessKeyId},${user.secretAccessKey}\n`,
  });
}

/** A new user whose keys `awsmfa import --store keyring` put in the keyring, under the user's name. */
async function userInKeyring(name: string) {
  const user = await bed.newUser(name);
  const home = keylessHome(user);
  const env = { ...home.env, ...keyring.env };
  const imported = await awsmfa(
    ['import', home.path('Downloads/keys.csv'), '--store', 'keyring', '--profile', user.userName],
    env,
  );
  expect(imported.status, imported.stderr).toBe(0);
  return { user, home, env };
}

/** `grep -r` over ~/.aws for the secret: what a stolen backup of the folder would give away. */
function grepAws(home: TestHome, secret: string) {
  return spawnSync('grep', ['-r', '-l', '-F', secret, home.path('.aws')], { encoding: 'utf8' });
}

describe('the keyring store', () => {
  it('import --store keyring: no secret anywhere in ~/.aws; env and credential_process (real AWS CLI) work; a cached session needs no keyring', async () => {
    const user = await bed.newUser('kr-journey');
    const home = keylessHome(user, 'dev');
    const env = { ...home.env, ...keyring.env };
    const endpoint = bed.emulator.endpoint;

    const imported = await awsmfa(
      ['import', home.path('Downloads/keys.csv'), '--profile', 'dev', '--store', 'keyring'],
      env,
    );
    expect(imported.stderr).toContain('Imported 1 profile into the OS keyring');
    expect(imported.status).toBe(0);
    expectNoSecrets(imported.stdout + imported.stderr, [user.secretAccessKey]);
    const config = readFileSync(home.path('.aws/config'), 'utf8');
    expect(config).toContain(`awsmfa_key_store = keyring\nawsmfa_access_key_id = ${user.accessKeyId}\n`);
    expect(grepAws(home, user.secretAccessKey).status).toBe(1);
    // The entry is where the README says: service awsmfa, account dev.
    const lookup = spawnSync('secret-tool', ['lookup', 'service', 'awsmfa', 'username', 'dev'], {
      env: { PATH: process.env.PATH, ...keyring.env },
      encoding: 'utf8',
    });
    expect(JSON.parse(lookup.stdout)).toEqual({
      Version: 1,
      AccessKeyId: user.accessKeyId,
      SecretAccessKey: user.secretAccessKey,
    });

    const first = await awsmfa(
      ['env', '--profile', 'dev', '--shell', 'bash', '--endpoint-url', endpoint, '--code', user.code()],
      env,
    );
    expect(first.stderr).toMatch(/^awsmfa: profile dev: MFA session until/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/export AWS_SESSION_TOKEN=/);
    expectNoSecrets(first.stdout + first.stderr, [user.secretAccessKey]);

    // The cached session answers with the keyring out of reach: the store is not even looked at.
    const cached = await awsmfa(['env', '--profile', 'dev', '--shell', 'bash'], home.env);
    expect(cached.stderr).toMatch(/^awsmfa: profile dev: MFA session until/);
    expect(cached.stdout).toBe(first.stdout);

    const setup = await awsmfa(
      ['setup-credential-process', '--profile', 'dev', '--endpoint-url', endpoint],
      env,
    );
    expect(setup.status).toBe(0);
    const who = await awsCli(
      [
        '--profile',
        'dev-mfa',
        'sts',
        'get-caller-identity',
        '--endpoint-url',
        endpoint,
        '--output',
        'text',
        '--query',
        'Arn',
      ],
      env,
    );
    expect(who.stderr).toBe('');
    expect(who.stdout.trim()).toBe(`arn:aws:iam::123456789012:user/${user.userName}`);
    const ls = await awsCli(['--profile', 'dev-mfa', 's3', 'ls', '--endpoint-url', endpoint], env);
    expect(ls.status).toBe(0);
    expect(grepAws(home, user.secretAccessKey).status).toBe(1);
  });

  it('exec and status open the keys from the keyring; --refresh asks the keyring again', async () => {
    const { user, home, env } = await userInKeyring('kr-exec');
    const endpoint = bed.emulator.endpoint;
    const before = sessionTokenCalls(bed.emulator, user);
    const exec = await awsmfa(
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
        'test -n "$AWS_SESSION_TOKEN" && echo ok; printenv AWSMFA_FILE_PASSPHRASE || echo none',
      ],
      { ...env, AWSMFA_FILE_PASSPHRASE: 'not for the child' },
    );
    expect(exec.stdout).toBe('ok\nnone\n');
    expect(sessionTokenCalls(bed.emulator, user)).toBe(before + 1);
    const status = await awsmfa(
      ['status', '--profile', user.userName, '--endpoint-url', endpoint, '--json'],
      env,
    );
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout).chain[0]).toEqual({
      step: 'keys',
      profile: user.userName,
      accessKeyId: 'AKIA****************',
      store: 'keyring',
    });
    // --refresh with the keyring gone: the keys are needed, and the error says why.
    const refreshed = await awsmfa(
      ['env', '--profile', user.userName, '--refresh', '--endpoint-url', endpoint, '--code', user.code(1)],
      home.env,
    );
    expect(refreshed.status).toBe(55);
    expect(refreshed.stdout).toBe('');
    expect(refreshed.stderr).toMatch(
      /^awsmfa: error: The OS keyring cannot be reached: this session has no D-Bus session bus/,
    );
    expect(refreshed.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('on a trusted network the stored key itself goes into the shell (the AWS CLI cannot find it by name); no code asked', async () => {
    const { user, home, env } = await userInKeyring('kr-trusted');
    const endpoint = bed.emulator.endpoint;
    expect(
      (await awsmfa(['trusted-ip', 'set', '127.0.0.1/32', '--profile', user.userName], env)).status,
    ).toBe(0);
    const shell = await awsmfa(
      ['env', '--profile', user.userName, '--shell', 'json', '--endpoint-url', endpoint],
      env,
    );
    expect(shell.stderr).toContain('127.0.0.1 is in 127.0.0.1/32');
    expect(shell.status).toBe(0);
    const exported = JSON.parse(shell.stdout);
    expect(exported).toMatchObject({
      AWS_ACCESS_KEY_ID: user.accessKeyId,
      AWS_SECRET_ACCESS_KEY: user.secretAccessKey,
      AWSMFA_PROFILE: user.userName,
    });
    expect(exported.AWS_PROFILE ?? null).toBeNull();
    const who = await awsCli(
      ['sts', 'get-caller-identity', '--endpoint-url', endpoint, '--output', 'text', '--query', 'Arn'],
      {
        ...home.env,
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: exported.AWS_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: exported.AWS_SECRET_ACCESS_KEY,
      },
    );
    expect(who.stdout.trim()).toBe(`arn:aws:iam::123456789012:user/${user.userName}`);
    const process = await awsmfa(
      ['credential-process', '--profile', user.userName, '--endpoint-url', endpoint],
      env,
    );
    expect(JSON.parse(process.stdout)).toEqual({
      Version: 1,
      AccessKeyId: user.accessKeyId,
      SecretAccessKey: user.secretAccessKey,
    });
  });

  it('enroll and device work with the key in the keyring: the device is created and enabled, and env gets a session', async () => {
    const { AddUserToGroupCommand, CreateAccessKeyCommand, CreateUserCommand } = await import(
      '@aws-sdk/client-iam'
    );
    const name = 'kr-enroll';
    await bed.admin.send(new CreateUserCommand({ UserName: name }));
    await bed.admin.send(new AddUserToGroupCommand({ GroupName: bed.seeded.groupName, UserName: name }));
    const { AccessKey } = await bed.admin.send(new CreateAccessKeyCommand({ UserName: name }));
    const home = testHome({
      // Its own profile name: the keyring (one per test file) holds one entry per profile name.
      '.aws/config': `[profile ${name}]\nregion = us-east-1\n`,
      'keys.csv': `Access key ID,Secret access key\n${AccessKey!.AccessKeyId},${AccessKey!.SecretAccessKey}\n`,
    });
    const env = { ...home.env, ...keyring.env };
    const ep = ['--endpoint-url', bed.emulator.endpoint];
    expect(
      (await awsmfa(['import', home.path('keys.csv'), '--profile', name, '--store', 'keyring'], env)).status,
    ).toBe(0);
    const created = await awsmfa(['enroll', '--profile', name, ...ep, '--keep', '--show-secret'], env);
    const seed = /Secret key for manual entry[^:]*: ([A-Z2-7]+)/.exec(created.stderr)?.[1];
    expect(seed, created.stderr).toBeDefined();
    awaitStepMargin(Date.now(), 10_000);
    const enabled = await awsmfa(
      ['enroll', '--profile', name, ...ep, '--code1', totpCode(seed!, -1), '--code2', totpCode(seed!)],
      env,
    );
    expect(enabled.status, enabled.stderr).toBe(0);
    expect(readFileSync(home.path('.aws/config'), 'utf8')).toMatch(
      /^mfa_serial = arn:aws:iam::123456789012:mfa\//m,
    );
    const device = await awsmfa(['device', 'list', '--profile', name, ...ep], env);
    expect(device.status, device.stderr).toBe(0);
    const session = await awsmfa(
      ['env', '--profile', name, '--shell', 'bash', ...ep, '--code', totpCode(seed!, 1)],
      env,
    );
    expect(session.status, session.stderr).toBe(0);
    expect(grepAws(home, AccessKey!.SecretAccessKey!).status).toBe(1);
  });

  it('keys move to the keyring keeps every other byte of ~/.aws/credentials; list, then move back, then remove', async () => {
    const user = await bed.newUser('kr-move');
    const other =
      '# mine\n[other]\naws_access_key_id = AKIAOTHEROTHEROTHER0\naws_secret_access_key = keep-me\n';
    const home = testHome({
      '.aws/config': `[profile dev]\nregion = us-east-1\nmfa_serial = ${user.serial}\n`,
      '.aws/credentials': `${other}\n[dev] ; mine too\naws_access_key_id = ${user.accessKeyId}\nregion_note = stays\naws_secret_access_key = ${user.secretAccessKey}\n`,
    });
    const env = { ...home.env, ...keyring.env };
    const moved = await awsmfa(['keys', 'move', '--profile', 'dev', '--to', 'keyring'], env);
    expect(moved.stderr).toContain(
      `Moved the keys of profile dev (${user.accessKeyId}) from ${home.path('.aws/credentials')} to the OS keyring`,
    );
    expect(moved.status).toBe(0);
    expect(readFileSync(home.path('.aws/credentials'), 'utf8')).toBe(
      `${other}\n[dev] ; mine too\nregion_note = stays\n`,
    );
    expect(grepAws(home, user.secretAccessKey).status).toBe(1);

    const list = await awsmfa(['keys', 'list'], env);
    expect(list.stdout).toMatch(/^dev\s+keyring\s+AKIA\w+$/m);
    expect(list.stdout).toMatch(/^other\s+file \(plaintext\)\s+AKIAOTHEROTHEROTHER0$/m);
    expectNoSecrets(list.stdout + list.stderr, [user.secretAccessKey, 'keep-me']);

    const session = await awsmfa(
      [
        'env',
        '--profile',
        'dev',
        '--endpoint-url',
        bed.emulator.endpoint,
        '--code',
        user.code(),
        '--shell',
        'bash',
      ],
      env,
    );
    expect(session.status).toBe(0);

    const back = await awsmfa(['keys', 'move', '--profile', 'dev', '--to', 'file'], env);
    expect(back.status).toBe(0);
    expect(readFileSync(home.path('.aws/credentials'), 'utf8')).toContain(
      `aws_secret_access_key = ${user.secretAccessKey}`,
    );
    expect(readFileSync(home.path('.aws/config'), 'utf8')).not.toContain('awsmfa_key_store');
    const again = await awsmfa(['keys', 'move', '--profile', 'dev', '--to', 'keyring'], env);
    expect(again.status).toBe(0);
    const removed = await awsmfa(['keys', 'remove', '--profile', 'dev', '--yes'], env);
    expect(removed.stderr).toBe('Removed the keys of profile dev from the OS keyring (service awsmfa).\n');
    const gone = await awsmfa(['keys', 'remove', '--profile', 'dev', '--yes'], env);
    expect(gone.stderr).toMatch(/holds no keys for profile dev; nothing was removed/);
    expect(gone.status).toBe(17);
  });

  it('a keyring entry someone else wrote is an error naming the entry, not a crash', async () => {
    const home = testHome({
      '.aws/config':
        '[profile junk]\nawsmfa_key_store = keyring\nmfa_serial = arn:aws:iam::123456789012:mfa/junk\n',
    });
    const env = { ...home.env, ...keyring.env };
    const stored = spawnSync(
      'secret-tool',
      ['store', '--label', 'junk', 'service', 'awsmfa', 'username', 'junk'],
      {
        env: { PATH: process.env.PATH, ...keyring.env },
        input: 'not json',
      },
    );
    expect(stored.status).toBe(0);
    const r = await awsmfa(
      ['env', '--profile', 'junk', '--code', '123456', '--endpoint-url', bed.emulator.endpoint],
      env,
    );
    expect(r.stderr).toMatch(
      /^awsmfa: error: The keyring entry awsmfa\/junk does not hold an access key in awsmfa's format\.$/m,
    );
    expect(r.status).toBe(7);
  });
});

describe('a keyring that cannot be used', () => {
  const csv =
    'Access key ID,Secret access key\nAKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';
  /** `import --store keyring` with `env`: must fail with 55 and leave nothing in plaintext. */
  async function importFails(env: Record<string, string>): Promise<string> {
    const home = testHome({ 'keys.csv': csv });
    const r = await awsmfa(['import', home.path('keys.csv'), '--profile', 'dev', '--store', 'keyring'], {
      ...home.env,
      ...env,
    });
    expect(r.status).toBe(55);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    // Nothing of the secret in ~/.aws (which may not even exist): only the CSV beside it holds it.
    expect(grepAws(home, 'wJalrXUtnFEMI').stdout).toBe('');
    return r.stderr;
  }

  it('no session bus: exit 55, the remedy names dbus-run-session and the encrypted file', async () => {
    const stderr = await importFails({});
    expect(stderr).toMatch(
      /^awsmfa: error: The OS keyring cannot be reached: this session has no D-Bus session bus/,
    );
    expect(stderr).toMatch(/\nhint: .*dbus-run-session.*--to encrypted-file/);
  });

  it('a bus with no Secret Service on it: exit 55', async () => {
    const bare = await startSecretService({ state: 'no-secret-service' });
    try {
      const stderr = await importFails(bare.env);
      expect(stderr).toMatch(/^awsmfa: error: The OS keyring cannot be reached: no Secret Service/);
    } finally {
      await bare.stop();
    }
  }, 30_000);

  it('a locked keyring: exit 55 at once with the remedy', async () => {
    const locked = await startSecretService({ state: 'locked' });
    try {
      const stderr = await importFails(locked.env);
      expect(stderr).toMatch(
        /^awsmfa: error: The OS keyring is locked and could not be unlocked here\.\nhint: unlock it/,
      );
    } finally {
      await locked.stop();
    }
  }, 30_000);

  it('an unlock prompt nobody answers: gives up after AWSMFA_KEYRING_TIMEOUT and exits', async () => {
    const hung = await startSecretService({ state: 'hung-prompt' });
    try {
      const started = Date.now();
      const stderr = await importFails({ ...hung.env, AWSMFA_KEYRING_TIMEOUT: '2' });
      expect(stderr).toMatch(/^awsmfa: error: The OS keyring did not answer within 2 s/);
      // Not the daemon's own 25-s prompt timeout: awsmfa left by itself.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await hung.stop();
    }
  }, 40_000);
});
