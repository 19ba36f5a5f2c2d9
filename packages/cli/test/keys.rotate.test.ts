// `awsmfa keys rotate` against the sandbox: the administrator applies awsmfa's policy (which lets a
// user change their own keys with MFA), the user rotates, and IAM ends with exactly one active key,
// the new one, in the profile's store, working for the real AWS CLI; the old key refused.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  IAMClient,
  ListAccessKeysCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { startEmulator } from '@awsmfa/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestHome, testHome } from './support/awsmfa.js';
import { type SecretService, startSecretService } from './support/secretService.js';
import {
  awsCli,
  awsmfa,
  expectNoSecrets,
  homeFor,
  type MfaUser,
  type SessionBed,
  sessionTokenCalls,
  startSessionBed,
} from './support/sessionScenario.js';

let bed: SessionBed;
let keyring: SecretService;
beforeAll(async () => {
  [bed, keyring] = await Promise.all([startSessionBed(), startSecretService()]);
  // The administrator puts awsmfa's policy on the sandbox's group (the seed has the article's).
  const adminHome = mkdtempSync(join(tmpdir(), 'awsmfa-rotate-admin-'));
  const applied = await awsmfa(
    ['policy', 'apply', '--group', bed.seeded.groupName, '--yes', '--endpoint-url', bed.emulator.endpoint],
    {
      HOME: adminHome,
      AWS_ACCESS_KEY_ID: bed.emulator.admin.accessKeyId,
      AWS_SECRET_ACCESS_KEY: bed.emulator.admin.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
    },
  );
  rmSync(adminHome, { recursive: true, force: true });
  if (applied.status !== 0) throw new Error(`policy apply failed: ${applied.stderr}`);
}, 30_000);
afterAll(async () => {
  await Promise.all([bed?.stop(), keyring?.stop()]);
});

async function keysOf(user: MfaUser) {
  const listed = await bed.admin.send(new ListAccessKeysCommand({ UserName: user.userName }));
  return (listed.AccessKeyMetadata ?? []).map((key) => ({ id: key.AccessKeyId!, status: key.Status }));
}

/** `aws sts get-caller-identity` with exactly these keys: the ARN, or the error's stderr. */
async function callerWith(home: TestHome, keys: { id: string; secret: string }) {
  const r = await awsCli(
    [
      'sts',
      'get-caller-identity',
      '--endpoint-url',
      bed.emulator.endpoint,
      '--output',
      'text',
      '--query',
      'Arn',
    ],
    {
      ...home.env,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: keys.id,
      AWS_SECRET_ACCESS_KEY: keys.secret,
    },
  );
  return r.status === 0 ? r.stdout.trim() : r.stderr;
}

describe('awsmfa keys rotate', () => {
  it('a key in the keyring: one active key left, the new one, in the keyring; the old one refused; the next env needs no code', async () => {
    const user = await bed.newUser('rot-keyring');
    const home = testHome({
      '.aws/config': `[profile dev]\nregion = us-east-1\nmfa_serial = ${user.serial}\n`,
      'keys.csv': `Access key ID,Secret access key\n${user.accessKeyId},${user.secretAccessKey}\n`,
    });
    const env = { ...home.env, ...keyring.env };
    const endpoint = bed.emulator.endpoint;
    expect(
      (await awsmfa(['import', home.path('keys.csv'), '--profile', 'dev', '--store', 'keyring'], env)).status,
    ).toBe(0);

    const rotated = await awsmfa(
      ['keys', 'rotate', '--profile', 'dev', '--endpoint-url', endpoint, '--code', user.code(), '--json'],
      env,
    );
    expect(rotated.stderr).toMatch(
      /Rotated the access key of profile dev \(rot-keyring\): AKIA\w+ is deleted, AKIA\w+ is in the OS keyring \(service awsmfa\) and works\.\n$/,
    );
    expect(rotated.status).toBe(0);
    const result = JSON.parse(rotated.stdout);
    expect(result).toMatchObject({
      profile: 'dev',
      store: 'keyring',
      userName: 'rot-keyring',
      oldAccessKeyId: user.accessKeyId,
      checks: 1,
    });
    const fresh = result.newAccessKeyId as string;
    expect(await keysOf(user)).toEqual([{ id: fresh, status: 'Active' }]);

    const entry = spawnSync('secret-tool', ['lookup', 'service', 'awsmfa', 'username', 'dev'], {
      env: { PATH: process.env.PATH, ...keyring.env },
      encoding: 'utf8',
    });
    const stored = JSON.parse(entry.stdout);
    expect(stored.AccessKeyId).toBe(fresh);
    expectNoSecrets(rotated.stdout + rotated.stderr, [user.secretAccessKey, stored.SecretAccessKey]);
    expect(readFileSync(home.path('.aws/config'), 'utf8')).toContain(`awsmfa_access_key_id = ${fresh}\n`);
    expect(await callerWith(home, { id: fresh, secret: stored.SecretAccessKey })).toBe(
      `arn:aws:iam::123456789012:user/${user.userName}`,
    );
    expect(await callerWith(home, { id: user.accessKeyId, secret: user.secretAccessKey })).toMatch(
      /InvalidClientTokenId/,
    );

    // The MFA session that did the rotation is the same user's: the next env uses it, no code.
    const before = sessionTokenCalls(bed.emulator, { accessKeyId: fresh });
    const next = await awsmfa(
      ['env', '--profile', 'dev', '--shell', 'bash', '--endpoint-url', endpoint],
      env,
    );
    expect(next.status).toBe(0);
    expect(sessionTokenCalls(bed.emulator, { accessKeyId: fresh })).toBe(before);
  });

  it.each(['file', 'encrypted-file'] as const)(
    'a key in the %s store is replaced where it is',
    async (store) => {
      const user = await bed.newUser(`rot-${store}`);
      const home = homeFor(user, { profile: 'dev' });
      const env = { ...home.env, AWSMFA_FILE_PASSPHRASE: 'rotation test' };
      if (store !== 'file')
        expect((await awsmfa(['keys', 'move', '--profile', 'dev', '--to', store], env)).status).toBe(0);
      const rotated = await awsmfa(
        [
          'keys',
          'rotate',
          '--profile',
          'dev',
          '--endpoint-url',
          bed.emulator.endpoint,
          '--code',
          user.code(),
          '--json',
        ],
        env,
      );
      expect(rotated.status, rotated.stderr).toBe(0);
      const fresh = JSON.parse(rotated.stdout).newAccessKeyId as string;
      expect(await keysOf(user)).toEqual([{ id: fresh, status: 'Active' }]);
      const list = await awsmfa(['keys', 'list'], env);
      expect(list.stdout).toMatch(
        new RegExp(`^dev\\s+${store === 'file' ? 'file \\(plaintext\\)' : store}\\s+${fresh}$`, 'm'),
      );
      if (store === 'file') {
        const credentials = readFileSync(home.path('.aws/credentials'), 'utf8');
        expect(credentials).toMatch(
          new RegExp(`^\\[dev\\]\\naws_access_key_id = ${fresh}\\naws_secret_access_key = \\S{40}\\n$`),
        );
      }
    },
  );

  it('a user who already has 2 keys is told which to delete; nothing changes', async () => {
    const user = await bed.newUser('rot-two');
    const other = (await bed.admin.send(new CreateAccessKeyCommand({ UserName: user.userName }))).AccessKey!;
    const home = homeFor(user, { profile: 'dev' });
    const r = await awsmfa(
      ['keys', 'rotate', '--profile', 'dev', '--endpoint-url', bed.emulator.endpoint, '--code', user.code()],
      home.env,
    );
    expect(r.status).toBe(8);
    expect(r.stderr).toContain(
      `User rot-two already has 2 access keys, IAM's limit: ${user.accessKeyId} (profile dev) and ${other.AccessKeyId} (active, created `,
    );
    expect(r.stderr).toContain(
      `hint: if nothing uses ${other.AccessKeyId} any more, delete it (aws iam delete-access-key --user-name rot-two --access-key-id ${other.AccessKeyId})`,
    );
    expect((await keysOf(user)).map((key) => key.id).sort()).toEqual(
      [user.accessKeyId, other.AccessKeyId].sort(),
    );
    expect(readFileSync(home.path('.aws/credentials'), 'utf8')).toContain(user.secretAccessKey);
    await bed.admin.send(
      new DeleteAccessKeyCommand({ UserName: user.userName, AccessKeyId: other.AccessKeyId }),
    );
  });

  it("a group policy that does not allow it (the article's): exit 16 naming the policy to apply; nothing changes", async () => {
    const user = await bed.newUser('rot-denied');
    // Back to the seed article's policy, which has no statement for access keys.
    const { myUsersPolicyDocument } = await import('@awsmfa/emulator');
    const { PutGroupPolicyCommand } = await import('@aws-sdk/client-iam');
    const group = `${bed.seeded.groupName}`;
    await bed.admin.send(
      new PutGroupPolicyCommand({
        GroupName: group,
        PolicyName: 'MyUsersPolicy',
        PolicyDocument: JSON.stringify(myUsersPolicyDocument()),
      }),
    );
    try {
      const home = homeFor(user, { profile: 'dev' });
      const r = await awsmfa(
        [
          'keys',
          'rotate',
          '--profile',
          'dev',
          '--endpoint-url',
          bed.emulator.endpoint,
          '--code',
          user.code(),
        ],
        home.env,
      );
      expect(r.status).toBe(16);
      expect(r.stderr).toMatch(/iam:ListAccessKeys/);
      expect(r.stderr).toMatch(/hint: .*awsmfa policy apply/);
      expect(await keysOf(user)).toEqual([{ id: user.accessKeyId, status: 'Active' }]);
    } finally {
      const { buildMfaPolicy, policyToJson } = await import('@awsmfa/core');
      await bed.admin.send(
        new PutGroupPolicyCommand({
          GroupName: group,
          PolicyName: 'MyUsersPolicy',
          PolicyDocument: policyToJson(buildMfaPolicy({ trustedCidrs: [] })),
        }),
      );
    }
  });

  it('a role profile: rotate its source profile instead', async () => {
    const home = testHome({
      '.aws/config':
        '[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = dev\n',
    });
    const r = await awsmfa(['keys', 'rotate', '--profile', 'prod'], home.env);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('hint: rotate the key of its source: awsmfa keys rotate --profile dev');
  });
});

describe('admin audit --max-key-age', () => {
  it('names the users whose active keys are older than the limit (default 90 days), in the table, on stderr and in --json', async () => {
    // Keys made 100 days ago: the sandbox's clock is set back while they are created.
    let offsetMs = -100 * 86_400_000;
    const emulator = await startEmulator({ clock: () => new Date(Date.now() + offsetMs) });
    try {
      const iam = new IAMClient({
        endpoint: emulator.endpoint,
        region: emulator.region,
        credentials: emulator.admin,
        systemClockOffset: offsetMs,
      });
      await iam.send(new CreateGroupCommand({ GroupName: 'Keys' }));
      for (const name of ['stale', 'inactive-stale']) {
        await iam.send(new CreateUserCommand({ UserName: name }));
        await iam.send(new AddUserToGroupCommand({ GroupName: 'Keys', UserName: name }));
        const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
        if (name === 'inactive-stale') {
          await iam.send(
            new UpdateAccessKeyCommand({
              UserName: name,
              AccessKeyId: AccessKey!.AccessKeyId!,
              Status: 'Inactive',
            }),
          );
        }
      }
      iam.destroy();
      offsetMs = 0;
      const fresh = new IAMClient({
        endpoint: emulator.endpoint,
        region: emulator.region,
        credentials: emulator.admin,
      });
      await fresh.send(new CreateUserCommand({ UserName: 'fresh' }));
      await fresh.send(new AddUserToGroupCommand({ GroupName: 'Keys', UserName: 'fresh' }));
      await fresh.send(new CreateAccessKeyCommand({ UserName: 'fresh' }));
      fresh.destroy();
      const home = testHome();
      const env = {
        ...home.env,
        AWS_ACCESS_KEY_ID: emulator.admin.accessKeyId,
        AWS_SECRET_ACCESS_KEY: emulator.admin.secretAccessKey,
        AWS_DEFAULT_REGION: 'us-east-1',
      };
      const audit = await awsmfa(
        ['admin', 'audit', '--group', 'Keys', '--endpoint-url', emulator.endpoint],
        env,
      );
      expect(audit.stdout).toMatch(/^stale\s.*key 1 \(Active, 100d old: ROTATE, never used\)$/m);
      expect(audit.stdout).toMatch(/^inactive-stale\s.*key 1 \(Inactive, 100d old, never used\)$/m);
      expect(audit.stdout).toMatch(/^fresh\s.*key 1 \(Active, 0d old, never used\)$/m);
      expect(audit.stderr).toContain(
        'Should rotate (active keys older than 90 days): stale (100 days). Each user runs: awsmfa keys rotate --profile NAME',
      );
      const flags = async (extra: string[]) => {
        const r = await awsmfa(
          ['admin', 'audit', '--group', 'Keys', '--json', ...extra, '--endpoint-url', emulator.endpoint],
          env,
        );
        return Object.fromEntries(
          JSON.parse(r.stdout).map((user: { userName: string; shouldRotate: boolean }) => [
            user.userName,
            user.shouldRotate,
          ]),
        );
      };
      expect(await flags([])).toEqual({ stale: true, 'inactive-stale': false, fresh: false });
      expect(await flags(['--max-key-age', '120'])).toEqual({
        stale: false,
        'inactive-stale': false,
        fresh: false,
      });
      const lenient = await awsmfa(
        ['admin', 'audit', '--group', 'Keys', '--max-key-age', '120', '--endpoint-url', emulator.endpoint],
        env,
      );
      expect(lenient.stderr).not.toContain('Should rotate');
      const bad = await awsmfa(
        ['admin', 'audit', '--max-key-age', 'soon', '--endpoint-url', emulator.endpoint],
        env,
      );
      expect(bad.status).toBe(2);
    } finally {
      await emulator.stop();
    }
  }, 60_000);
});
