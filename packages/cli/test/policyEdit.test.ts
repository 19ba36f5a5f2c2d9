// `awsmfa policy print|apply|trusted-ip|simulate|check` end to end against the emulator: diffs
// before edits, edits that touch only the trusted-IP list, refusals that change nothing, and the
// failures an administrator meets (missing group, missing permission, quota, bad CIDR).
import { writeFileSync } from 'node:fs';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { buildMfaPolicy, type PolicyDocument, type PolicyStatement } from '@awsmfa/core';
import { describe, expect, it } from 'vitest';
import {
  adminHome,
  createPowerUserGroup,
  groupPolicy,
  iamClient,
  runAdmin,
} from './support/adminScenario.js';
import { runAwsmfa, testHome } from './support/awsmfa.js';
import { useEmulator } from './support/mfaScenario.js';

const scenario = useEmulator();

let groups = 0;

/** A fresh group with PowerUserAccess and, unless `policy` is null, an inline MyUsersPolicy. */
async function newGroup(
  policy: PolicyDocument | null = buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] }),
) {
  groups += 1;
  const groupName = `Edit${groups}`;
  const iam = iamClient(scenario.emulator);
  await createPowerUserGroup(iam, groupName);
  if (policy) {
    await iam.send(
      new PutGroupPolicyCommand({
        GroupName: groupName,
        PolicyName: 'MyUsersPolicy',
        PolicyDocument: JSON.stringify(policy),
      }),
    );
  }
  return groupName;
}

const statements = (document: PolicyDocument) => document.Statement as PolicyStatement[];

describe('awsmfa policy print', () => {
  it('prints the policy JSON on stdout: BoolIfExists, ViaAWSService, NotIpAddress with canonical CIDRs', async () => {
    const result = await runAwsmfa(['policy', 'print', '--trusted-ip', '203.0.113.9,2001:DB8::/32'], {
      env: testHome().env,
    });
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout) as PolicyDocument;
    expect(document).toEqual(buildMfaPolicy({ trustedCidrs: ['203.0.113.9/32', '2001:db8::/32'] }));
    const deny = statements(document).find((s) => s.Effect === 'Deny')!;
    expect(deny.Condition).toEqual({
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false', 'aws:ViaAWSService': 'false' },
      NotIpAddress: { 'aws:SourceIp': ['203.0.113.9/32', '2001:db8::/32'] },
    });
    expect(result.stderr).toMatch(/^\d+ of 5120 characters/);
  });

  it('--json wraps the document with its size', async () => {
    const result = await runAwsmfa(['policy', 'print', '--json'], { env: testHome().env });
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ policyName: 'MyUsersPolicy', trustedCidrs: [], quota: 5120 });
    expect(printed.document).toEqual(buildMfaPolicy({ trustedCidrs: [] }));
  });

  it.each([
    ['0.0.0.0/0', /matches every IPv4 address/],
    ['::/0', /matches every IPv6 address/],
    ['10.0.0.1/8', /has host bits set: it means all of 10\.0\.0\.0\/8/],
    ['10.0.0.256', /is not an IP address or CIDR/],
  ])('refuses %s (exit 3) and says why; --force accepts the first three', async (cidr, why) => {
    const refused = await runAwsmfa(['policy', 'print', '--trusted-ip', cidr], { env: testHome().env });
    expect(refused.status).toBe(3);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(why);
    const forced = await runAwsmfa(['policy', 'print', '--trusted-ip', cidr, '--force'], {
      env: testHome().env,
    });
    expect(forced.status).toBe(cidr === '10.0.0.256' ? 3 : 0);
  });

  it('a trusted list over the group quota is refused with the count; --aggregate merges it', async () => {
    // 600 adjacent /32s: far over 5,120 characters, one /23 + change after merging.
    const cidrs = Array.from({ length: 600 }, (_, i) => `10.1.${Math.floor(i / 256)}.${i % 256}/32`);
    const refused = await runAwsmfa(['policy', 'print', '--trusted-ip', cidrs.join(',')], {
      env: testHome().env,
    });
    expect(refused.status).toBe(30);
    expect(refused.stderr).toMatch(/are [\d,]+ characters \(IAM allows 5,120/);
    expect(refused.stderr).toMatch(/hint: merge CIDRs: merged .* into 10\.1\.0\.0\/23/);
    const merged = await runAwsmfa(['policy', 'print', '--aggregate', '--trusted-ip', cidrs.join(',')], {
      env: testHome().env,
    });
    expect(merged.status).toBe(0);
    const deny = statements(JSON.parse(merged.stdout)).find((s) => s.Effect === 'Deny')!;
    expect(deny.Condition?.NotIpAddress).toEqual({
      'aws:SourceIp': ['10.1.0.0/23', '10.1.2.0/26', '10.1.2.64/28', '10.1.2.80/29'],
    });
    expect(merged.stderr).toContain('note: merged');
  });
});

describe('awsmfa policy apply', () => {
  it('shows the diff, and applies only with --yes; --dry-run and no-terminal apply nothing', async () => {
    const { emulator } = scenario;
    const groupName = await newGroup(null);
    const home = adminHome(emulator);
    const args = ['policy', 'apply', '--group', groupName, '--trusted-ip', '198.51.100.0/24'];

    const dry = await runAdmin(emulator, home, [...args, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain(`--- group ${groupName}, inline policy MyUsersPolicy (does not exist yet)`);
    expect(dry.stdout).toMatch(/^\+ {12}"198\.51\.100\.0\/24"$/m);
    expect(dry.stderr).toContain('Dry run: nothing applied.');

    const refused = await runAdmin(emulator, home, args);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain('+++ ');
    expect(refused.stderr).toContain(
      'Nothing applied: there is no terminal to confirm the change on, and no --yes.',
    );
    expect(refused.stderr).toContain('hint: review the diff above, then rerun with --yes');
    await expect(groupPolicy(emulator, groupName)).rejects.toMatchObject({ name: 'NoSuchEntityException' });

    const applied = await runAdmin(emulator, home, [...args, '--yes']);
    expect(applied.status).toBe(0);
    expect(applied.stderr).toContain(`Applied inline policy MyUsersPolicy to group ${groupName}.`);
    expect(await groupPolicy(emulator, groupName)).toEqual(
      buildMfaPolicy({ trustedCidrs: ['198.51.100.0/24'] }),
    );

    const again = await runAdmin(emulator, home, [...args, '--yes']);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('is already as wanted; nothing to apply');
  });

  it('a group that does not exist: one line naming it (exit 17)', async () => {
    const home = adminHome(scenario.emulator);
    for (const args of [
      ['policy', 'apply', '--group', 'NoSuchGroup', '--yes'],
      ['policy', 'trusted-ip', 'add', '--group', 'NoSuchGroup', '192.0.2.1', '--yes'],
      ['policy', 'trusted-ip', 'list', '--group', 'NoSuchGroup'],
      ['policy', 'simulate', '--group', 'NoSuchGroup', '--action', 's3:ListAllMyBuckets'],
      ['policy', 'check', '--group', 'NoSuchGroup'],
    ]) {
      const result = await runAdmin(scenario.emulator, home, args);
      expect(result.status, args.join(' ')).toBe(17);
      expect(result.stderr).toMatch(/^awsmfa: error: Group NoSuchGroup does not exist\.$/m);
      expect(result.stdout).toBe('');
    }
    const user = await runAdmin(scenario.emulator, home, [
      'policy',
      'simulate',
      '--user',
      'nobody',
      '--action',
      's3:ListAllMyBuckets',
    ]);
    expect(user.status).toBe(17);
    expect(user.stderr).toMatch(/^awsmfa: error: User nobody does not exist\.$/m);
  });

  it('missing admin permissions: names the IAM action denied and the policy that grants it (exit 16)', async () => {
    const { emulator } = scenario;
    const groupName = await newGroup();
    const iam = iamClient(emulator);
    await iam.send(new CreateUserCommand({ UserName: 'read-only-admin' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'read-only-admin',
        PolicyName: 'ReadIam',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }],
        }),
      }),
    );
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'read-only-admin' }));
    const home = testHome({
      '.aws/credentials': `[ro]\naws_access_key_id = ${AccessKey!.AccessKeyId}\naws_secret_access_key = ${AccessKey!.SecretAccessKey}\n`,
    });
    const result = await runAwsmfa(
      [
        'policy',
        'trusted-ip',
        'add',
        '--group',
        groupName,
        '192.0.2.10',
        '--yes',
        '--profile',
        'ro',
        '--endpoint-url',
        emulator.endpoint,
      ],
      { env: home.env },
    );
    expect(result.stderr).toMatch(
      new RegExp(`^awsmfa: error: IAM denied iam:PutGroupPolicy on group ${groupName}\\.$`, 'm'),
    );
    expect(result.stderr).toMatch(/hint: attach IAMFullAccess \(or a policy allowing iam:PutGroupPolicy\)/);
    expect(result.status).toBe(16);
    expect(await groupPolicy(emulator, groupName)).toEqual(
      buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] }),
    );

    const simulate = await runAwsmfa(
      [
        'policy',
        'simulate',
        '--group',
        groupName,
        '--action',
        's3:ListAllMyBuckets',
        '--remote',
        '--profile',
        'ro',
        '--endpoint-url',
        emulator.endpoint,
      ],
      { env: home.env },
    );
    expect(simulate.status).toBe(16);
    expect(simulate.stderr).toMatch(
      /IAM denied iam:SimulatePrincipalPolicy on group .*\n.*hint: attach IAMReadOnlyAccess/,
    );
  });
});

describe('awsmfa policy trusted-ip', () => {
  it("changes only the aws:SourceIp list, keeping the admin's own statements, keys and order", async () => {
    const { emulator } = scenario;
    // The seed article's own policy, 4-space indented, plus a statement the admin added by hand.
    const custom = buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] });
    statements(custom).push({
      Sid: 'AdminAddedReadBilling',
      Effect: 'Allow',
      Action: 'aws-portal:ViewBilling',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
    });
    const groupName = await newGroup(custom);
    const home = adminHome(emulator);

    const listed = await runAdmin(emulator, home, ['policy', 'trusted-ip', 'list', '--group', groupName]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toBe('203.0.113.0/24\n');

    const added = await runAdmin(emulator, home, [
      'policy',
      'trusted-ip',
      'add',
      '--group',
      groupName,
      '2001:db8::/32',
      '198.51.100.7',
      '203.0.113.0/24',
      '--yes',
    ]);
    expect(added.status).toBe(0);
    expect(added.stderr).toContain('note: 203.0.113.0/24 is already trusted');
    // The diff holds only the two added lines and the comma the JSON needs.
    const changed = added.stdout.split('\n').filter((line) => /^[-+] /.test(line));
    expect(changed).toEqual([
      '-            "203.0.113.0/24"',
      '+            "203.0.113.0/24",',
      '+            "2001:db8::/32",',
      '+            "198.51.100.7/32"',
    ]);
    const expected = structuredClone(custom);
    const deny = statements(expected).find((s) => s.Sid === 'BlockMostAccessUnlessSignedInWithMFA')!;
    deny.Condition!.NotIpAddress = { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32', '198.51.100.7/32'] };
    expect(await groupPolicy(emulator, groupName)).toEqual(expected);

    const json = await runAdmin(emulator, home, [
      'policy',
      'trusted-ip',
      'list',
      '--group',
      groupName,
      '--json',
    ]);
    expect(JSON.parse(json.stdout)).toEqual(['203.0.113.0/24', '2001:db8::/32', '198.51.100.7/32']);

    // Removing every address drops NotIpAddress: MFA everywhere, the rest untouched.
    const removed = await runAdmin(emulator, home, [
      'policy',
      'trusted-ip',
      'remove',
      '--group',
      groupName,
      '203.0.113.0/24',
      '2001:db8::/32',
      '198.51.100.7',
      '--yes',
    ]);
    expect(removed.status).toBe(0);
    delete deny.Condition!.NotIpAddress;
    expect(await groupPolicy(emulator, groupName)).toEqual(expected);
    const none = await runAdmin(emulator, home, ['policy', 'trusted-ip', 'list', '--group', groupName]);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('No trusted IPs: MFA is required from every address.');
  });

  it('refuses a policy without the MFA deny statement and touches nothing (exit 30)', async () => {
    const { emulator } = scenario;
    const plain: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
    };
    const groupName = await newGroup(plain);
    const home = adminHome(emulator);
    const logged = emulator.requestLog.length;
    const result = await runAdmin(emulator, home, [
      'policy',
      'trusted-ip',
      'add',
      '--group',
      groupName,
      '192.0.2.0/24',
      '--yes',
    ]);
    expect(result.status).toBe(30);
    expect(result.stderr).toMatch(/has no statement that denies access without MFA .*nothing was changed/);
    expect(emulator.requestLog.slice(logged).some((entry) => entry.action === 'PutGroupPolicy')).toBe(false);
    expect(await groupPolicy(emulator, groupName)).toEqual(plain);
  });

  it('a group without the inline policy: says so (exit 17)', async () => {
    const groupName = await newGroup(null);
    const result = await runAdmin(scenario.emulator, adminHome(scenario.emulator), [
      'policy',
      'trusted-ip',
      'list',
      '--group',
      groupName,
    ]);
    expect(result.status).toBe(17);
    expect(result.stderr).toContain(`Group ${groupName} has no inline policy MyUsersPolicy.`);
  });

  it('over the quota: refused before sending with the count; --aggregate merges and applies', async () => {
    const { emulator } = scenario;
    const groupName = await newGroup();
    const home = adminHome(emulator);
    const cidrs = Array.from({ length: 400 }, (_, i) => `10.9.${Math.floor(i / 256)}.${i % 256}`);
    const logged = emulator.requestLog.length;
    const refused = await runAdmin(emulator, home, [
      'policy',
      'trusted-ip',
      'add',
      '--group',
      groupName,
      ...cidrs,
      '--yes',
    ]);
    expect(refused.status).toBe(30);
    expect(refused.stderr).toMatch(/would be [\d,]+ characters; IAM allows 5,120/);
    expect(refused.stderr).toMatch(
      /hint: rerun with --aggregate to merge the trusted CIDRs: merged .* into 10\.9\.0\.0\/24/,
    );
    expect(emulator.requestLog.slice(logged).some((entry) => entry.action === 'PutGroupPolicy')).toBe(false);

    const merged = await runAdmin(emulator, home, [
      'policy',
      'trusted-ip',
      'add',
      '--group',
      groupName,
      ...cidrs,
      '--aggregate',
      '--yes',
    ]);
    expect(merged.status).toBe(0);
    const listed = await runAdmin(emulator, home, [
      'policy',
      'trusted-ip',
      'list',
      '--group',
      groupName,
      '--json',
    ]);
    expect(JSON.parse(listed.stdout)).toEqual([
      '10.9.0.0/24',
      '10.9.1.0/25',
      '10.9.1.128/28',
      '203.0.113.0/24',
    ]);
  });
});

describe('awsmfa policy simulate and check', () => {
  it('simulate explains which statement decided; --remote asks IAM with ContextEntries and agrees', async () => {
    const { emulator } = scenario;
    const groupName = await newGroup();
    const home = adminHome(emulator);
    const untrusted = await runAdmin(emulator, home, [
      'policy',
      'simulate',
      '--group',
      groupName,
      '--action',
      's3:ListAllMyBuckets',
      '--action',
      'sts:GetSessionToken',
      '--source-ip',
      '192.0.2.9',
      '--remote',
    ]);
    expect(untrusted.status).toBe(0);
    expect(untrusted.stdout).toMatch(
      /^s3:ListAllMyBuckets\s+arn:aws:s3:::\*\s+explicitDeny\s+explicitDeny\s+Denied explicitly by statement BlockMostAccessUnlessSignedInWithMFA of group .* inline policy MyUsersPolicy/m,
    );
    expect(untrusted.stdout).toMatch(/^sts:GetSessionToken\s+\*\s+allowed\s+allowed\s+Allowed by statement/m);
    expect(untrusted.stderr).toContain('Request: long-term key, no MFA');

    const trusted = await runAdmin(emulator, home, [
      'policy',
      'simulate',
      '--group',
      groupName,
      '--action',
      's3:ListAllMyBuckets',
      '--source-ip',
      '203.0.113.9',
      '--remote',
      '--json',
    ]);
    expect(trusted.status).toBe(0);
    const [row] = JSON.parse(trusted.stdout);
    expect(row).toMatchObject({ decision: 'allowed', remote: { decision: 'allowed' } });
    expect(row.context['aws:SourceIp']).toBe('203.0.113.9');

    const mfa = await runAdmin(emulator, home, [
      'policy',
      'simulate',
      '--group',
      groupName,
      '--action',
      'iam:DeactivateMFADevice',
      '--mfa',
      '--source-ip',
      '192.0.2.9',
      '--remote',
    ]);
    expect(mfa.status).toBe(0);
    expect(mfa.stdout).toMatch(
      /iam:DeactivateMFADevice\s+arn:aws:iam::\d+:user\/cli-user\s+allowed\s+allowed\s+Allowed by statement AllowDeactivateOwnMFAOnlyWithMFA/,
    );
  });

  it('simulate --file works offline on a document, and --remote uses SimulateCustomPolicy', async () => {
    const home = testHome();
    const file = home.path('policy.json');
    writeFileSync(file, JSON.stringify(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] })));
    const offline = await runAwsmfa(
      ['policy', 'simulate', '--file', file, '--action', 'iam:EnableMFADevice'],
      { env: home.env },
    );
    expect(offline.status).toBe(0);
    expect(offline.stdout).toMatch(
      /iam:EnableMFADevice\s+arn:aws:iam::123456789012:user\/cli-user\s+allowed\s+Allowed by statement AllowManageOwnUserMFA of policy policy\.json/,
    );
    const remote = await runAdmin(scenario.emulator, adminHome(scenario.emulator), [
      'policy',
      'simulate',
      '--file',
      file,
      '--action',
      's3:ListAllMyBuckets',
      '--source-ip',
      '192.0.2.1',
      '--remote',
      '--json',
    ]);
    expect(remote.status).toBe(0);
    // The file alone allows nothing for S3: implicitly denied, by both evaluators.
    expect(JSON.parse(remote.stdout)[0]).toMatchObject({
      decision: 'implicitDeny',
      remote: { decision: 'implicitDeny' },
    });
  });

  it('check fails (exit 31) on the classic mistake: Bool instead of BoolIfExists lets long-term keys in', async () => {
    const { emulator } = scenario;
    const broken = buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] });
    const deny = statements(broken).find((s) => s.Effect === 'Deny')!;
    deny.Condition = {
      Bool: { 'aws:MultiFactorAuthPresent': 'false' },
      NotIpAddress: deny.Condition!.NotIpAddress!,
    };
    const groupName = await newGroup(broken);
    const result = await runAdmin(emulator, adminHome(emulator), [
      'policy',
      'check',
      '--group',
      groupName,
      '--remote',
    ]);
    expect(result.status).toBe(31);
    expect(result.stdout).toMatch(
      /^s3:ListAllMyBuckets\s+no\s+untrusted 198\.51\.100\.77\s+explicitDeny\s+allowed\s+allowed\s+FAIL/m,
    );
    expect(result.stderr).toMatch(
      /^awsmfa: error: \d+ of 28 outcomes for group Edit\d+ differ from the intended ones: s3:ListAllMyBuckets without MFA from untrusted IP/m,
    );

    const good = await newGroup();
    const ok = await runAdmin(emulator, adminHome(emulator), [
      'policy',
      'check',
      '--group',
      good,
      '--remote',
    ]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).not.toContain('FAIL');
    expect(ok.stdout.trim().split('\n')).toHaveLength(30);
  });
});
