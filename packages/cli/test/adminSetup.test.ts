// `awsmfa admin setup` end to end: the built CLI against the emulator reproduces the seed article's
// whole admin side in one command, `policy check` proves it, and real requests from 127.0.0.1
// (AWS CLI v2 with the long-term key, with and without 127.0.0.1 trusted; a session with MFA)
// get exactly the outcomes of the check table.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  DeactivateMFADeviceCommand,
  GetGroupCommand,
  GetRoleCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListGroupPoliciesCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { buildMfaPolicy, buildMfaTrustPolicy } from '@awsmfa/core';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  accessKeyIds,
  adminHome,
  awsS3Ls,
  checkRow,
  enrollAndStartSession,
  groupPolicy,
  iamClient,
  type Keys,
  listBucketsStatus,
  readConsoleCsv,
  runAdmin,
} from './support/adminScenario.js';
import { runAwsmfa, testHome } from './support/awsmfa.js';
import { useEmulator } from './support/mfaScenario.js';

const scenario = useEmulator();

const mutating = /^(Create|Put|Attach|Add|Delete|Update|Enable|Deactivate)/;

describe('awsmfa admin setup', () => {
  it("reproduces the seed article's admin side in one command; policy check and real requests agree", async () => {
    const { emulator } = scenario;
    const home = adminHome(emulator);
    const csvOut = home.path('keys');
    const setup = await runAdmin(emulator, home, [
      'admin',
      'setup',
      '--group',
      'MyUsers',
      '--user',
      'cli-user',
      '--trusted-ip',
      '203.0.113.0/24',
      '--csv-out',
      csvOut,
      '--yes',
    ]);
    expect(setup.stderr).toContain('All 28 outcomes are as intended.');
    expect(setup.status).toBe(0);
    // The plan, the policy diff, the results, then the check table — all on stdout.
    expect(setup.stdout).toMatch(/group MyUsers\s+create group\s+create/);
    expect(setup.stdout).toContain('+++ group MyUsers, inline policy MyUsersPolicy (after this change)');
    expect(setup.stdout).toMatch(/user cli-user\s+create access key\s+done/);
    expect(setup.stdout).toMatch(
      /s3:ListAllMyBuckets\s+no\s+untrusted 198\.51\.100\.77\s+explicitDeny\s+explicitDeny\s+ok/,
    );
    expect(setup.stdout).not.toContain('FAIL');

    // What IAM holds, read independently with the SDK: steps 1-1…1-11, 2-1…2-6 and 5-1…5-5.
    const iam = iamClient(emulator);
    const group = await iam.send(new GetGroupCommand({ GroupName: 'MyUsers' }));
    expect(group.Users?.map((user) => user.UserName)).toEqual(['cli-user']);
    const attached = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'MyUsers' }));
    expect(attached.AttachedPolicies?.map((policy) => policy.PolicyArn)).toEqual([
      'arn:aws:iam::aws:policy/PowerUserAccess',
    ]);
    expect(await groupPolicy(emulator, 'MyUsers')).toEqual(
      buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] }),
    );
    const keys = await accessKeyIds(iam, 'cli-user');
    const csvFile = `${csvOut}/cli-user_credentials.csv`;
    const csv = readConsoleCsv(csvFile);
    expect(csv.header).toBe('User name,Password,Access key ID,Secret access key,Console login link');
    expect(keys).toEqual([csv.accessKeyId]);
    expect(csv.consoleLoginLink).toBe(`https://${emulator.accountId}.signin.aws.amazon.com/console`);
    expect(statSync(csvFile).mode & 0o777).toBe(0o600);
    expect(statSync(csvOut).mode & 0o777).toBe(0o700);
    // The secret never reaches the terminal.
    expect(setup.stdout + setup.stderr).not.toContain(csv.secretAccessKey);

    // The user side: `awsmfa import` reads the CSV as the console's own.
    const user = testHome();
    const imported = await runAwsmfa(['import', csvFile], { env: user.env });
    expect(imported.status).toBe(0);
    expect(readFileSync(user.path('.aws/credentials'), 'utf8')).toContain(
      `aws_access_key_id = ${csv.accessKeyId}`,
    );
    const longTerm = { accessKeyId: csv.accessKeyId, secretAccessKey: csv.secretAccessKey };

    // 127.0.0.1 is not trusted: the check says a long-term key is explicitly denied, and it is.
    const untrusted = await runAdmin(emulator, home, [
      'policy',
      'check',
      '--group',
      'MyUsers',
      '--untrusted-test-ip',
      '127.0.0.1',
      '--json',
    ]);
    expect(untrusted.status).toBe(0);
    const deniedRow = checkRow(untrusted.stdout, {
      action: 's3:ListAllMyBuckets',
      mfa: false,
      source: 'untrusted',
    });
    expect(deniedRow).toMatchObject({ sourceIp: '127.0.0.1', actual: 'explicitDeny', ok: true });
    const denied = await awsS3Ls(emulator, longTerm);
    expect(denied.status).toBe(254);
    expect(denied.stderr).toContain('AccessDenied');

    // Trust 127.0.0.1: now the check says allowed, and the same key lists buckets.
    const added = await runAdmin(emulator, home, [
      'policy',
      'trusted-ip',
      'add',
      '--group',
      'MyUsers',
      '127.0.0.1',
      '--yes',
    ]);
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/^\+ {12}"127\.0\.0\.1\/32"$/m);
    const trusted = await runAdmin(emulator, home, [
      'policy',
      'check',
      '--group',
      'MyUsers',
      '--trusted-test-ip',
      '127.0.0.1',
      '--json',
    ]);
    expect(trusted.status).toBe(0);
    expect(
      checkRow(trusted.stdout, { action: 's3:ListAllMyBuckets', mfa: false, source: 'trusted' }),
    ).toMatchObject({
      sourceIp: '127.0.0.1',
      actual: 'allowed',
      ok: true,
    });
    const allowed = await awsS3Ls(emulator, longTerm);
    expect(allowed.stderr).toBe('');
    expect(allowed.status).toBe(0);

    // Untrust it again: the policy is byte for byte what setup wrote.
    const removed = await runAdmin(emulator, home, [
      'policy',
      'trusted-ip',
      'remove',
      '--group',
      'MyUsers',
      '127.0.0.1/32',
      '--yes',
    ]);
    expect(removed.status).toBe(0);
    expect(await groupPolicy(emulator, 'MyUsers')).toEqual(
      buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] }),
    );
    expect((await awsS3Ls(emulator, longTerm)).status).toBe(254);

    // Without MFA from an untrusted address the user can still enroll (check: allowed) and trade a
    // code for a session; with it, S3 works from 127.0.0.1 (check: MFA yes, untrusted → allowed).
    const enrolRow = checkRow(untrusted.stdout, {
      action: 'iam:EnableMFADevice',
      mfa: false,
      source: 'untrusted',
    });
    expect(enrolRow.actual).toBe('allowed');
    const { serial, session } = await enrollAndStartSession(emulator, 'cli-user', longTerm);
    expect(
      checkRow(untrusted.stdout, { action: 's3:ListAllMyBuckets', mfa: true, source: 'untrusted' }).actual,
    ).toBe('allowed');
    const withMfa = await awsS3Ls(emulator, session);
    expect(withMfa.stderr).toBe('');
    expect(withMfa.status).toBe(0);

    // Deactivating the device needs MFA: the long-term key is denied, as the table says.
    expect(
      checkRow(untrusted.stdout, { action: 'iam:DeactivateMFADevice', mfa: false, source: 'untrusted' })
        .actual,
    ).toBe('explicitDeny');
    await expect(
      iamClient(emulator, longTerm).send(
        new DeactivateMFADeviceCommand({ UserName: 'cli-user', SerialNumber: serial }),
      ),
    ).rejects.toMatchObject({ name: 'AccessDenied' });
  }, 120_000);

  it('a rerun converges: nothing is created or replaced, no second key, the CSV stays', async () => {
    const { emulator } = scenario;
    const home = adminHome(emulator);
    const args = [
      'admin',
      'setup',
      '--group',
      'Rerun',
      '--user',
      'rerun-a',
      '--user',
      'rerun-b',
      '--trusted-ip',
      '198.51.100.0/24,2001:db8::/32',
      '--csv-out',
      home.path('keys'),
      '--yes',
    ];
    const first = await runAdmin(emulator, home, args);
    expect(first.status).toBe(0);
    const csvBefore = readFileSync(home.path('keys/rerun-a_credentials.csv'), 'utf8');
    const logged = emulator.requestLog.length;

    const second = await runAdmin(emulator, home, args);
    expect(second.stderr).toContain('already set up; nothing to do');
    expect(second.status).toBe(0);
    expect(second.stdout).not.toMatch(/\bcreate\s*$/m);
    const actions = emulator.requestLog.slice(logged).map((entry) => entry.action);
    expect(actions.filter((action) => mutating.test(action ?? ''))).toEqual([]);
    expect(readFileSync(home.path('keys/rerun-a_credentials.csv'), 'utf8')).toBe(csvBefore);
    expect(await accessKeyIds(iamClient(emulator), 'rerun-a')).toHaveLength(1);

    // A changed trusted list on rerun replaces only the policy, showing its diff.
    const changed = await runAdmin(emulator, home, [
      ...args.slice(0, -1).map((a) => (a === '198.51.100.0/24,2001:db8::/32' ? '198.51.100.0/24' : a)),
      '--yes',
    ]);
    expect(changed.status).toBe(0);
    expect(changed.stdout).toMatch(/put inline policy MyUsersPolicy\s+update/);
    expect(changed.stdout).toMatch(/^- {12}"2001:db8::\/32"$/m);
  }, 60_000);

  it('--role: a role the group assumes only with MFA, in the plan and the diffs; a rerun converges', async () => {
    const { emulator } = scenario;
    const home = adminHome(emulator);
    const args = [
      'admin',
      'setup',
      '--group',
      'RoleUsers',
      '--user',
      'role-user',
      '--role',
      'Ops',
      '--role-policy',
      'ReadOnlyAccess',
      '--csv-out',
      home.path('keys'),
      '--yes',
    ];
    const first = await runAdmin(emulator, home, args);
    expect(first.stderr).toContain('All 14 outcomes are as intended.');
    expect(first.status).toBe(0);
    const account = emulator.accountId;
    const roleArn = `arn:aws:iam::${account}:role/Ops`;
    expect(first.stdout).toMatch(
      new RegExp(`role Ops\\s+create role\\s+create\\s+trusts account ${account}, only with MFA`),
    );
    expect(first.stdout).toMatch(/role Ops\s+attach ReadOnlyAccess\s+create/);
    expect(first.stdout).toMatch(
      /group RoleUsers\s+put inline policy AssumeRole-Ops\s+create\s+sts:AssumeRole on arn:aws:iam::\d{12}:role\/Ops/,
    );
    expect(first.stdout).toContain('+++ role Ops, trust policy (after this change)');
    expect(first.stdout).toContain('+++ group RoleUsers, inline policy AssumeRole-Ops (after this change)');
    expect(first.stdout).toMatch(/role Ops\s+create role\s+done/);

    // What IAM holds, read with the SDK.
    const iam = iamClient(emulator);
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'Ops' }));
    expect(JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!))).toEqual(
      buildMfaTrustPolicy(account),
    );
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'Ops', MaxItems: 10 }));
    expect(attached.AttachedPolicies?.map((policy) => policy.PolicyName)).toEqual(['ReadOnlyAccess']);
    expect(await groupPolicy(emulator, 'RoleUsers', 'AssumeRole-Ops')).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AllowAssumeRoleWithMfa', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn },
      ],
    });

    // Real requests: the user's long-term key may not assume it; the MFA session may, and the role
    // session lists buckets with ReadOnlyAccess.
    const csv = readConsoleCsv(home.path('keys/role-user_credentials.csv'));
    const longTerm = { accessKeyId: csv.accessKeyId, secretAccessKey: csv.secretAccessKey };
    const assume = (keys: Keys) => {
      const sts = new STSClient({ endpoint: emulator.endpoint, region: emulator.region, credentials: keys });
      onTestFinished(() => sts.destroy());
      return sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'role-user' }));
    };
    await expect(assume(longTerm)).rejects.toMatchObject({ name: 'AccessDenied' });
    const { session } = await enrollAndStartSession(emulator, 'role-user', longTerm);
    const { Credentials } = await assume(session);
    const role = {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken!,
    };
    expect(await listBucketsStatus(emulator, role)).toBe(200);

    // A rerun changes nothing.
    const logged = emulator.requestLog.length;
    const second = await runAdmin(emulator, home, args);
    expect(second.stderr).toContain(
      'Group RoleUsers, its roles and its users are already set up; nothing to do.',
    );
    expect(second.status).toBe(0);
    const actions = emulator.requestLog.slice(logged).map((entry) => entry.action);
    expect(actions.filter((action) => mutating.test(action ?? ''))).toEqual([]);

    // A trust policy changed by hand is put back, with its diff shown first.
    const loose = {
      ...buildMfaTrustPolicy(account),
      Statement: [{ Effect: 'Allow', Principal: { AWS: account }, Action: 'sts:AssumeRole' }],
    };
    await iam.send(
      new UpdateAssumeRolePolicyCommand({ RoleName: 'Ops', PolicyDocument: JSON.stringify(loose) }),
    );
    const third = await runAdmin(emulator, home, args);
    expect(third.status).toBe(0);
    expect(third.stdout).toMatch(/role Ops\s+set trust policy\s+update/);
    expect(third.stdout).toContain('--- role Ops, trust policy (in IAM now)');
    expect(third.stdout).toMatch(/^\+ +"aws:MultiFactorAuthPresent": "true"$/m);
    const after = await iam.send(new GetRoleCommand({ RoleName: 'Ops' }));
    expect(JSON.parse(decodeURIComponent(after.Role!.AssumeRolePolicyDocument!))).toEqual(
      buildMfaTrustPolicy(account),
    );
  }, 120_000);

  it('--role names are checked, and --role-policy needs --role', async () => {
    const { emulator } = scenario;
    const home = adminHome(emulator);
    const bad = await runAdmin(emulator, home, [
      'admin',
      'setup',
      '--group',
      'G',
      '--role',
      'no spaces',
      '--yes',
    ]);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain('awsmfa: error: --role "no spaces" is not an IAM role name.');
    const lonely = await runAdmin(emulator, home, [
      'admin',
      'setup',
      '--group',
      'G',
      '--role-policy',
      'ReadOnlyAccess',
    ]);
    expect(lonely.status).toBe(2);
    expect(lonely.stderr).toContain('--role-policy needs --role.');
  });

  it('partial failure: reports what was done and what was not, and writes no CSV without a key', async () => {
    const { emulator } = scenario;
    const iam = iamClient(emulator);
    await iam.send(new CreateUserCommand({ UserName: 'two-keys' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'two-keys' }));
    await iam.send(new CreateAccessKeyCommand({ UserName: 'two-keys' }));
    const home = adminHome(emulator);
    const result = await runAdmin(emulator, home, [
      'admin',
      'setup',
      '--group',
      'Partial',
      '--user',
      'two-keys',
      '--user',
      'fresh',
      '--csv-out',
      home.path('keys'),
      '--yes',
    ]);
    expect(result.status).toBe(8);
    expect(result.stderr).toMatch(/^awsmfa: error: admin setup did not finish: 1 step\(s\) failed/m);
    expect(result.stderr).toMatch(/hint: delete an unused key/);
    expect(result.stdout).toMatch(/user two-keys\s+create access key\s+failed/);
    expect(result.stdout).toMatch(/user two-keys\s+add to group Partial\s+done/);
    expect(result.stdout).toMatch(/user fresh\s+create access key\s+done/);
    expect(() => statSync(home.path('keys/two-keys_credentials.csv'))).toThrow();
    expect(readConsoleCsv(home.path('keys/fresh_credentials.csv')).userName).toBe('fresh');
    expect(await accessKeyIds(iam, 'two-keys')).toHaveLength(2);
  }, 60_000);

  it('a CSV that cannot be written leaves no key behind', async () => {
    const { emulator } = scenario;
    const home = adminHome(emulator);
    // A file where the CSV folder should be: the key is created, the write fails, the key is deleted.
    writeFileSync(home.path('not-a-dir'), 'x');
    const result = await runAdmin(emulator, home, [
      'admin',
      'setup',
      '--group',
      'NoCsv',
      '--user',
      'no-csv',
      '--csv-out',
      home.path('not-a-dir'),
      '--yes',
    ]);
    expect(result.status).toBe(7);
    expect(result.stdout).toMatch(/user no-csv\s+create access key\s+failed/);
    expect(await accessKeyIds(iamClient(emulator), 'no-csv')).toEqual([]);
  }, 60_000);

  it('a managed policy that does not exist is named; the rest of the setup is done', async () => {
    const { emulator } = scenario;
    const home = adminHome(emulator);
    const result = await runAdmin(emulator, home, [
      'admin',
      'setup',
      '--group',
      'BadManaged',
      '--managed-policy',
      'NoSuchPolicy',
      '--user',
      'bad-managed',
      '--csv-out',
      home.path('keys'),
      '--yes',
    ]);
    expect(result.status).toBe(17);
    expect(result.stdout).toMatch(
      /group BadManaged\s+attach NoSuchPolicy\s+failed\s+Policy arn:aws:iam::aws:policy\/NoSuchPolicy does not exist\./,
    );
    expect(result.stdout).toMatch(/user bad-managed\s+create access key\s+done/);
  }, 60_000);

  it('without a terminal and without --yes it changes nothing and says why; --dry-run only shows', async () => {
    const { emulator } = scenario;
    const home = adminHome(emulator);
    const logged = emulator.requestLog.length;
    const refused = await runAdmin(emulator, home, [
      'admin',
      'setup',
      '--group',
      'Refused',
      '--user',
      'refused',
      '--csv-out',
      home.path('keys'),
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      'Nothing applied: there is no terminal to confirm the change on, and no --yes.',
    );
    expect(refused.stdout).toMatch(/group Refused\s+create group\s+create/);
    const dry = await runAdmin(emulator, home, [
      'admin',
      'setup',
      '--group',
      'Refused',
      '--user',
      'refused',
      '--dry-run',
    ]);
    expect(dry.status).toBe(0);
    expect(dry.stderr).toContain('Dry run: nothing applied.');
    const actions = emulator.requestLog.slice(logged).map((entry) => entry.action);
    expect(actions.filter((action) => mutating.test(action ?? ''))).toEqual([]);
    await expect(
      iamClient(emulator).send(new ListGroupPoliciesCommand({ GroupName: 'Refused' })),
    ).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    });
  }, 60_000);
});
