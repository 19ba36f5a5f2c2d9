// `awsmfa admin audit --org` end to end against a sandbox organization of three accounts: the
// administrator's MFA session lists the accounts and assumes a role in each; one user in one
// account can act without MFA (exit 32 naming both); an account whose role cannot be assumed is
// reported while the others are audited (exit 33 alone); throttling is retried to the end. The AWS
// CLI v2 reads the same organization as a second reader.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AddUserToGroupCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { type Emulator, startEmulator } from '@awsmfa/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsCliJson } from './support/adminScenario.js';
import { runAwsmfa, type TestHome, testHome } from './support/awsmfa.js';
import { testPageSize } from './support/mfaScenario.js';
import { startSandboxProcess } from './support/sandboxProcess.js';
import { enableVirtualMfaDevice, totpCode } from './support/virtualMfaDevice.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const management = '123456789012';
const member1 = '200000000001';
const member2 = '200000000002';
const roleArn = (account: string, name = 'OrganizationAccountAccessRole') =>
  `arn:aws:iam::${account}:role/${name}`;

interface OrgJson {
  accountId: string;
  accountName: string;
  users: Array<{ userName: string; canActWithoutMfa: boolean; shouldRotate: boolean }>;
  error?: { code: string; message: string };
}

describe('awsmfa admin audit --org', () => {
  let emulator: Emulator;
  let home: TestHome;
  let seed: string;
  let iam: (credentials: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
  }) => IAMClient;
  const clients: Array<{ destroy(): void }> = [];

  /** `awsmfa admin audit --org …` as the administrator, whose MFA session is cached after the first run. */
  const audit = (args: readonly string[]) =>
    runAwsmfa(
      ['admin', 'audit', '--org', ...args, '--profile', 'admin', '--endpoint-url', emulator.endpoint],
      {
        env: home.env,
        timeoutMs: 60_000,
      },
    );

  beforeAll(async () => {
    // Two generated users in every account, all in the MFA group: nobody can act without MFA yet.
    let clockOffsetMs = 0;
    emulator = await startEmulator({
      organization: { accounts: 3 },
      seedUsers: 2,
      defaultMaxItems: testPageSize,
      clock: () => new Date(Date.now() + clockOffsetMs),
    });
    iam = (credentials) => {
      const client = new IAMClient({ endpoint: emulator.endpoint, region: emulator.region, credentials });
      clients.push(client);
      return client;
    };
    // olga's key was made 100 days ago (the sandbox's clock set back meanwhile): due for rotation.
    clockOffsetMs = -100 * 86_400_000;
    const past = new IAMClient({
      endpoint: emulator.endpoint,
      region: emulator.region,
      credentials: emulator.admin,
      systemClockOffset: clockOffsetMs,
    });
    await past.send(new CreateUserCommand({ UserName: 'olga' }));
    await past.send(new CreateAccessKeyCommand({ UserName: 'olga' }));
    past.destroy();
    clockOffsetMs = 0;
    const admin = iam(emulator.admin);
    // The administrator works with MFA: a device, and the MFA policy of the seeded group.
    ({ seed } = await enableVirtualMfaDevice(admin, 'admin'));
    await admin.send(new AddUserToGroupCommand({ GroupName: 'MyUsers', UserName: 'admin' }));
    // In member-2, dave has PowerUserAccess of his own and is in no MFA group.
    const sts = new STSClient({
      endpoint: emulator.endpoint,
      region: emulator.region,
      credentials: emulator.admin,
    });
    clients.push(sts);
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn(member2),
        RoleSessionName: 'setup',
        SerialNumber: `arn:aws:iam::${management}:mfa/admin`,
        TokenCode: totpCode(seed, -1),
      }),
    );
    const inMember2 = iam({
      accessKeyId: assumed.Credentials!.AccessKeyId!,
      secretAccessKey: assumed.Credentials!.SecretAccessKey!,
      sessionToken: assumed.Credentials!.SessionToken!,
    });
    await inMember2.send(new CreateUserCommand({ UserName: 'dave' }));
    await inMember2.send(
      new AttachUserPolicyCommand({ UserName: 'dave', PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' }),
    );
    await inMember2.send(new CreateAccessKeyCommand({ UserName: 'dave' }));
    // A second role name exists in member-2 only: member-1 cannot be entered with it.
    await inMember2.send(
      new CreateRoleCommand({
        RoleName: 'SecurityAudit',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${management}:root` },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
      }),
    );
    await inMember2.send(
      new AttachRolePolicyCommand({
        RoleName: 'SecurityAudit',
        PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    );
    // One HOME for the whole file: the first audit's MFA session is cached there for the others.
    const dir = mkdtempSync(join(tmpdir(), 'awsmfa-org-'));
    mkdirSync(join(dir, '.aws'), { mode: 0o700 });
    writeFileSync(
      join(dir, '.aws/config'),
      `[profile admin]\nregion = us-east-1\nmfa_serial = arn:aws:iam::${management}:mfa/admin\n`,
    );
    writeFileSync(
      join(dir, '.aws/credentials'),
      `[admin]\naws_access_key_id = ${emulator.admin.accessKeyId}\naws_secret_access_key = ${emulator.admin.secretAccessKey}\n`,
      { mode: 0o600 },
    );
    home = { home: dir, path: (relative) => join(dir, relative), env: { HOME: dir, USERPROFILE: dir } };
  }, 60_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await emulator.stop();
    rmSync(home.home, { recursive: true, force: true });
  });

  it('audits every account with the MFA session and exits 32 naming the account and the user', async () => {
    const before = emulator.requestLog.length;
    const result = await audit(['--code', totpCode(seed, 0)]);
    expect(result.status).toBe(32);
    expect(result.stderr).toMatch(
      /^awsmfa: error: 1 user\(s\) in 1 account\(s\) can act without MFA from outside the trusted IPs: 200000000002 \(member-2\): dave$/m,
    );
    // Grouped by account, in the organization's order; the administrator is protected now.
    const rows = result.stdout.split('\n').slice(2, -1);
    expect(rows.map((row) => row.split(/\s{2,}/).slice(0, 2))).toEqual([
      [`${management} (management)`, 'admin'],
      [`${management} (management)`, 'olga'],
      [`${management} (management)`, 'user-00001'],
      [`${management} (management)`, 'user-00002'],
      [`${member1} (member-1)`, 'user-00001'],
      [`${member1} (member-1)`, 'user-00002'],
      [`${member2} (member-2)`, 'dave'],
      [`${member2} (member-2)`, 'user-00001'],
      [`${member2} (member-2)`, 'user-00002'],
    ]);
    expect(result.stdout).toMatch(
      /^200000000002 \(member-2\)\s+dave\s+-\s+none\s+none\s+CAN ACT \(from 203\.0\.113\.77\)/m,
    );
    // Not a terminal: one line per account in the log, not a redrawn line.
    expect(result.stderr).toContain('Auditing 3 account(s), 4 at a time…\n');
    expect(result.stderr).toContain('Audited 3/3 accounts, 9 users seen\n');
    // --max-key-age (90 days by default) holds across the organization too.
    expect(result.stdout).toMatch(
      /^123456789012 \(management\)\s+olga\s.*key 1 \(Active, 100d old: ROTATE, never used\)$/m,
    );
    expect(result.stderr).toContain(
      'Should rotate (active keys older than 90 days): 123456789012 (management)/olga (100 days). Each user runs: awsmfa keys rotate --profile NAME',
    );
    // The management account is audited with the administrator's session itself; the members are
    // entered with AssumeRole signed by it (the long-term key alone is denied: the MFA policy).
    const run = emulator.requestLog.slice(before);
    expect(run.filter((entry) => entry.action === 'GetSessionToken').map((entry) => entry.status)).toEqual([
      200,
    ]);
    expect(
      run.filter((entry) => entry.action === 'AssumeRole').map((entry) => [entry.caller, entry.status]),
    ).toEqual([
      [`arn:aws:iam::${management}:user/admin`, 200],
      [`arn:aws:iam::${management}:user/admin`, 200],
    ]);
  }, 60_000);

  it('--json and --format csv carry the same answer; the AWS CLI reads the same accounts', async () => {
    const json = await audit(['--json']);
    expect(json.status).toBe(32);
    const accounts = JSON.parse(json.stdout) as OrgJson[];
    expect(accounts.map((account) => [account.accountId, account.accountName, account.users.length])).toEqual(
      [
        [management, 'management', 4],
        [member1, 'member-1', 2],
        [member2, 'member-2', 3],
      ],
    );
    /** `account/user` of every user `flag` holds for. */
    const flagged = (flag: 'canActWithoutMfa' | 'shouldRotate') =>
      accounts.flatMap((account) =>
        account.users.filter((user) => user[flag]).map((user) => `${account.accountId}/${user.userName}`),
      );
    expect(flagged('canActWithoutMfa')).toEqual([`${member2}/dave`]);
    expect(flagged('shouldRotate')).toEqual([`${management}/olga`]);
    // The jq filter `admin audit --help` shows for --org reads the same answer.
    const help = await runAwsmfa(['admin', 'audit', '--help'], { env: home.env });
    const filter = /--org --json \| jq "([^"]+)"/.exec(help.stdout.replace(/\n\s*/g, ' '))?.[1];
    expect(filter).toBeDefined();
    const exposed = execFileSync('jq', ['-c', filter!], { input: json.stdout, encoding: 'utf8' });
    expect(
      exposed
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { accountId: management, exposed: [] },
      { accountId: member1, exposed: [] },
      { accountId: member2, exposed: ['dave'] },
    ]);

    // One account at a time: each account's IAM requests end before the next account's begin.
    const before = emulator.requestLog.length;
    const csv = await audit(['--format', 'csv', '--concurrency', '1']);
    const iamAccounts = emulator.requestLog
      .slice(before)
      .filter((entry) => entry.service === 'iam')
      .map((entry) => entry.caller?.split(':')[4]);
    expect(iamAccounts.filter((account, i) => account !== iamAccounts[i - 1])).toEqual([
      management,
      member1,
      member2,
    ]);
    expect(csv.stderr).toContain('Auditing 3 account(s), 1 at a time…\n');
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'account_id,account_name,user,groups,mfa_devices,mfa_policies,can_act_without_mfa,probe_ip,explanation,access_keys,error',
    );
    expect(lines.filter((line) => line.startsWith(`${member2},member-2,dave,`))).toHaveLength(1);
    expect(lines.find((line) => line.startsWith(`${member2},member-2,dave,`))).toContain(
      ',true,203.0.113.77,',
    );

    // The AWS CLI v2, with an MFA session of its own, lists the same accounts.
    const sts = new STSClient({
      endpoint: emulator.endpoint,
      region: emulator.region,
      credentials: emulator.admin,
    });
    clients.push(sts);
    const { Credentials } = await sts.send(
      new GetSessionTokenCommand({
        SerialNumber: `arn:aws:iam::${management}:mfa/admin`,
        TokenCode: totpCode(seed, 1),
      }),
    );
    const listed = (await awsCliJson(emulator, ['organizations', 'list-accounts'], {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken!,
    })) as { Accounts: Array<{ Id: string }> };
    expect(listed.Accounts.map((account) => account.Id)).toEqual(
      accounts.map((account) => account.accountId),
    );
  }, 60_000);

  it('an account whose role cannot be assumed is reported and the others audited; alone it is exit 33', async () => {
    const withOtherRole = await audit(['--role-name', 'SecurityAudit', '--json']);
    expect(withOtherRole.status).toBe(32);
    const accounts = JSON.parse(withOtherRole.stdout) as OrgJson[];
    expect(accounts.map((account) => [account.accountId, account.error?.code ?? 'audited'])).toEqual([
      [management, 'audited'],
      [member1, 'ACCESS_DENIED'],
      [member2, 'audited'],
    ]);
    expect(accounts[1]!.error?.message).toContain(`assume role ${roleArn(member1, 'SecurityAudit')}`);
    expect(withOtherRole.stderr).toContain(`. Not audited: ${member1} (member-1): AWS refused to let`);

    const incomplete = await audit([
      '--role-name',
      'SecurityAudit',
      '--accounts',
      `${management},${member1}`,
    ]);
    expect(incomplete.status).toBe(33);
    expect(incomplete.stdout).toMatch(
      /^200000000001 \(member-1\)\s+-\s+-\s+-\s+-\s+NOT AUDITED\s+AWS refused/m,
    );
    expect(incomplete.stderr).toMatch(
      /^awsmfa: error: 1 of 2 account\(s\) could not be audited: 200000000001 \(member-1\): /m,
    );
    expect(incomplete.stderr).toContain(
      'hint: each account needs a role SecurityAudit that trusts this account',
    );
  }, 60_000);

  it('finishes when IAM and Organizations throttle: the SDK retries, then the account is tried again', async () => {
    const before = emulator.requestLog.length;
    emulator.setFaults({
      'organizations:ListAccounts': { error: 'Throttling', times: 2 },
      // More than one client's five attempts: one account has to be audited a second time.
      'iam:GetAccountAuthorizationDetails': { error: 'Throttling', times: 6 },
    });
    try {
      const result = await audit(['--json', '--concurrency', '1']);
      expect(result.status).toBe(32);
      const accounts = JSON.parse(result.stdout) as OrgJson[];
      expect(accounts.every((account) => account.error === undefined)).toBe(true);
      const log = emulator.requestLog.slice(before);
      const throttled = (action: string) =>
        log.filter((entry) => entry.action === action && entry.errorCode !== undefined).length;
      expect(throttled('ListAccounts')).toBe(2);
      expect(throttled('GetAccountAuthorizationDetails')).toBe(6);
    } finally {
      emulator.setFaults({});
    }
  }, 90_000);

  it('refuses --org options without --org, bad account ids, concurrency and role names', async () => {
    const stray = await runAwsmfa(['admin', 'audit', '--accounts', member1], { env: home.env });
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('--accounts works with --org only.');
    const badId = await audit(['--accounts', '12345']);
    expect(badId.status).toBe(3);
    expect(badId.stderr).toContain('--accounts "12345" is not an AWS account id.');
    const notInOrg = await audit(['--accounts', '999999999999']);
    expect(notInOrg.status).toBe(3);
    expect(notInOrg.stderr).toContain('Account 999999999999 is not in the organization.');
    const badConcurrency = await audit(['--concurrency', '0']);
    expect(badConcurrency.status).toBe(3);
    expect(badConcurrency.stderr).toContain('--concurrency 0 is not a number from 1 to 32.');
    const badRole = await audit(['--role-name', 'Org Access']);
    expect(badRole.status).toBe(3);
    expect(badRole.stderr).toContain('--role-name "Org Access" is not an IAM role name.');
  }, 60_000);
});

describe('awsmfa sandbox --accounts', () => {
  it('seeds an organization the org audit reads with the keys the sandbox prints', async () => {
    const sandbox = await startSandboxProcess(['--accounts', '3', '--users', '2']);
    expect(sandbox.organization).toEqual({
      id: expect.stringMatching(/^o-[a-z0-9]{10}$/),
      accountIds: [management, member1, member2],
      roleName: 'OrganizationAccountAccessRole',
    });
    const home = testHome();
    const result = await runAwsmfa(
      ['admin', 'audit', '--org', '--json', '--endpoint-url', sandbox.endpoint],
      {
        env: {
          ...home.env,
          AWS_ACCESS_KEY_ID: sandbox.accessKeyId,
          AWS_SECRET_ACCESS_KEY: sandbox.secretAccessKey,
        },
        timeoutMs: 60_000,
      },
    );
    // The bootstrap admin (AdministratorAccess, no MFA policy) is the one who can act without MFA.
    expect(result.status).toBe(32);
    expect(result.stderr).toContain(
      'awsmfa: Keys from AWS_ACCESS_KEY_ID: the accounts are entered with them as they are, without MFA',
    );
    const accounts = JSON.parse(result.stdout) as OrgJson[];
    expect(
      accounts.map((account) => [account.accountId, account.users.map((user) => user.userName)]),
    ).toEqual([
      [management, ['admin', 'user-00001', 'user-00002']],
      [member1, ['user-00001', 'user-00002']],
      [member2, ['user-00001', 'user-00002']],
    ]);
    expect(result.stderr).toMatch(
      /can act without MFA from outside the trusted IPs: 123456789012 \(management\): admin$/m,
    );
  }, 60_000);

  it('refuses an account count that is not one', async () => {
    const result = await runAwsmfa(['sandbox', '--port', '0', '--accounts', '0'], { timeoutMs: 15_000 });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('--accounts 0 is not a number from 1 to 100.');
  });
});
