// Property: on generated accounts, the bulk audit (GetAccountAuthorizationDetails + the credential
// report + ListVirtualMFADevices) finds exactly what the one-request-per-fact audit awsmfa had
// before finds — the same users, groups, MFA devices, keys (ages, status, last use) and, above
// all, the same decision and explanation of "can act without MFA from outside the trusted IPs".
// `adminAuditOneByOne` is that earlier audit, kept in core as the reference (and bench baseline).
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GenerateCredentialReportCommand,
  IAMClient,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import {
  type AuditReport,
  adminAudit,
  adminAuditOneByOne,
  buildMfaPolicy,
  type PolicyDocument,
} from '@awsmfa/core';
import { startEmulator } from '@awsmfa/emulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totpCode } from './support/virtualMfaDevice.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const mfaPolicies = {
  none: undefined,
  seed: (): PolicyDocument => buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] }),
  seedIpv6: (): PolicyDocument => buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24', '2001:db8::/32'] }),
  noTrustedIps: (): PolicyDocument => buildMfaPolicy({ trustedCidrs: [] }),
  // The classic mistake: plain Bool never denies long-term keys, which carry no MFA key at all.
  plainBool: (): PolicyDocument => {
    const document = buildMfaPolicy({ trustedCidrs: ['198.51.100.0/24'] });
    for (const statement of document.Statement as Array<{
      Effect: string;
      Condition?: Record<string, unknown>;
    }>) {
      if (statement.Effect === 'Deny' && statement.Condition) {
        statement.Condition = { Bool: { 'aws:MultiFactorAuthPresent': 'false' }, ...statement.Condition };
        delete statement.Condition.BoolIfExists;
      }
    }
    return document;
  },
  trustsEverything: (): PolicyDocument =>
    buildMfaPolicy({ trustedCidrs: ['0.0.0.0/0', '::/0'], force: true }),
} as const;

const allowS3 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }],
});
const denyEc2 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }],
});

const group = fc.record({
  mfaPolicy: fc.constantFrom(...(Object.keys(mfaPolicies) as Array<keyof typeof mfaPolicies>)),
  powerUser: fc.boolean(),
  readOnly: fc.boolean(),
  localPolicy: fc.boolean(),
});
const user = fc.record({
  groups: fc.subarray([0, 1, 2]),
  inline: fc.constantFrom(undefined, allowS3, denyEc2),
  attachedPowerUser: fc.boolean(),
  keys: fc.integer({ min: 0, max: 2 }),
  firstKeyInactive: fc.boolean(),
  mfa: fc.boolean(),
  // Created after the credential report: the bulk audit must look them up one by one.
  late: fc.boolean(),
});
const account = fc.record({
  groups: fc.array(group, { minLength: 3, maxLength: 3 }),
  users: fc.array(user, { minLength: 1, maxLength: 8 }),
  pageSize: fc.integer({ min: 1, max: 3 }),
});

type Account = typeof account extends fc.Arbitrary<infer T> ? T : never;

async function seed(iam: IAMClient, generated: Account, step: 'early' | 'late'): Promise<void> {
  if (step === 'early') {
    for (const [i, g] of generated.groups.entries()) {
      const groupName = `G${i}`;
      await iam.send(new CreateGroupCommand({ GroupName: groupName }));
      const policy = mfaPolicies[g.mfaPolicy];
      if (policy) {
        await iam.send(
          new PutGroupPolicyCommand({
            GroupName: groupName,
            PolicyName: 'MyUsersPolicy',
            PolicyDocument: JSON.stringify(policy()),
          }),
        );
      }
      const attach = async (arn: string) =>
        iam.send(new AttachGroupPolicyCommand({ GroupName: groupName, PolicyArn: arn }));
      if (g.powerUser) await attach('arn:aws:iam::aws:policy/PowerUserAccess');
      if (g.readOnly) await attach('arn:aws:iam::aws:policy/ReadOnlyAccess');
      if (g.localPolicy) {
        const { Policy } = await iam.send(
          new CreatePolicyCommand({ PolicyName: `Local${i}`, PolicyDocument: allowS3 }),
        );
        await attach(Policy!.Arn!);
      }
    }
  }
  for (const [i, u] of generated.users.entries()) {
    if (u.late !== (step === 'late')) continue;
    const userName = `user-${i}`;
    await iam.send(new CreateUserCommand({ UserName: userName }));
    for (const g of u.groups)
      await iam.send(new AddUserToGroupCommand({ GroupName: `G${g}`, UserName: userName }));
    if (u.inline)
      await iam.send(
        new PutUserPolicyCommand({ UserName: userName, PolicyName: 'Own', PolicyDocument: u.inline }),
      );
    if (u.attachedPowerUser) {
      await iam.send(
        new AttachUserPolicyCommand({
          UserName: userName,
          PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess',
        }),
      );
    }
    for (let k = 0; k < u.keys; k++) {
      const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
      if (k === 0 && u.firstKeyInactive) {
        await iam.send(
          new UpdateAccessKeyCommand({
            UserName: userName,
            AccessKeyId: AccessKey!.AccessKeyId,
            Status: 'Inactive',
          }),
        );
      }
    }
    if (u.mfa) {
      const device = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: userName }));
      const secret = Buffer.from(device.VirtualMFADevice!.Base32StringSeed!).toString('ascii');
      await iam.send(
        new EnableMFADeviceCommand({
          UserName: userName,
          SerialNumber: device.VirtualMFADevice!.SerialNumber,
          AuthenticationCode1: totpCode(secret, -2),
          AuthenticationCode2: totpCode(secret, -1),
        }),
      );
    }
  }
}

/**
 * The audit without what only one side can know: key IDs (the credential report numbers keys),
 * and the last use of the administrator's own key, which every audit request moves.
 */
function comparable(report: AuditReport) {
  return report.users.map((audited) => ({
    ...audited,
    accessKeys: audited.accessKeys.map(({ accessKeyId: _id, ...key }) =>
      audited.userName === 'admin' ? { ...key, lastUsedDate: 'moves', lastUsedService: 'moves' } : key,
    ),
  }));
}

describe('bulk admin audit ≡ one-by-one admin audit', () => {
  it('on generated accounts: same users, facts and MFA decision', async () => {
    const seen = { exposed: 0, protected: 0, late: 0 };
    await fc.assert(
      fc.asyncProperty(account, async (generated) => {
        const emulator = await startEmulator({ defaultMaxItems: generated.pageSize });
        const iam = new IAMClient({
          endpoint: emulator.endpoint,
          region: emulator.region,
          credentials: emulator.admin,
        });
        try {
          await seed(iam, generated, 'early');
          await iam.send(new GenerateCredentialReportCommand({}));
          await seed(iam, generated, 'late');
          const now = new Date();
          const bulk = await adminAudit(iam, { now });
          const oneByOne = await adminAuditOneByOne(iam, { now });
          expect(comparable(bulk)).toEqual(comparable(oneByOne));
          const byGroup = await adminAudit(iam, { now, groupName: 'G1' });
          expect(comparable(byGroup)).toEqual(
            comparable(await adminAuditOneByOne(iam, { now, groupName: 'G1' })),
          );
          seen.exposed += bulk.exposed.length;
          seen.protected += bulk.users.length - bulk.exposed.length;
          seen.late += generated.users.filter((u) => u.late).length;
        } finally {
          iam.destroy();
          await emulator.stop();
        }
      }),
      { numRuns: 12, seed: 15_2026 },
    );
    // The generator reaches both outcomes and the one-by-one path, or the comparison proves little.
    expect(seen.exposed).toBeGreaterThan(0);
    expect(seen.protected).toBeGreaterThan(0);
    expect(seen.late).toBeGreaterThan(0);
  }, 120_000);
});
