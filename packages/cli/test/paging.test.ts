// Every IAM paging loop of awsmfa crossed at once: the emulator serves one item a page
// (useEmulator's testPageSize) and one user holds two of everything a listing returns — groups,
// inline and attached policies (own and groups'), access keys, MFA devices. A loop that stopped
// at the first page would drop the second item from what the command prints.
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
  IAMClient,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { buildMfaPolicy } from '@awsmfa/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminHome, type Keys, runAdmin } from './support/adminScenario.js';
import { runAwsmfa, testHome } from './support/awsmfa.js';
import { testPageSize, useEmulator } from './support/mfaScenario.js';
import { totpCode } from './support/virtualMfaDevice.js';

const scenario = useEmulator();

const readS3 = (sid: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: sid, Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }],
  });

async function localPolicy(iam: IAMClient, name: string): Promise<string> {
  const { Policy } = await iam.send(
    new CreatePolicyCommand({ PolicyName: name, PolicyDocument: readS3(name) }),
  );
  return Policy!.Arn!;
}

describe(`every paging loop of awsmfa, at ${testPageSize} item a page`, () => {
  let keys: Keys;
  const serials: string[] = [];
  beforeAll(async () => {
    const { emulator } = scenario;
    const iam = new IAMClient({
      endpoint: emulator.endpoint,
      region: emulator.region,
      credentials: emulator.admin,
    });
    const mfa = JSON.stringify(buildMfaPolicy({ trustedCidrs: ['203.0.113.0/24'] }));
    for (const group of ['PagedA', 'PagedB']) {
      await iam.send(new CreateGroupCommand({ GroupName: group }));
      await iam.send(
        new PutGroupPolicyCommand({ GroupName: group, PolicyName: 'MyUsersPolicy', PolicyDocument: mfa }),
      );
      await iam.send(
        new PutGroupPolicyCommand({
          GroupName: group,
          PolicyName: 'ReadS3',
          PolicyDocument: readS3('ReadS3'),
        }),
      );
      await iam.send(
        new AttachGroupPolicyCommand({
          GroupName: group,
          PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess',
        }),
      );
      await iam.send(
        new AttachGroupPolicyCommand({
          GroupName: group,
          PolicyArn: await localPolicy(iam, `${group}Extra`),
        }),
      );
    }
    for (const user of ['paged', 'paged-2']) {
      await iam.send(new CreateUserCommand({ UserName: user }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'PagedA', UserName: user }));
    }
    await iam.send(new AddUserToGroupCommand({ GroupName: 'PagedB', UserName: 'paged' }));
    for (const name of ['Own1', 'Own2']) {
      await iam.send(
        new PutUserPolicyCommand({ UserName: 'paged', PolicyName: name, PolicyDocument: readS3(name) }),
      );
      await iam.send(
        new AttachUserPolicyCommand({ UserName: 'paged', PolicyArn: await localPolicy(iam, `paged${name}`) }),
      );
    }
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'paged' }));
    keys = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
    await iam.send(new CreateAccessKeyCommand({ UserName: 'paged' }));
    // Two enabled devices (IAM allows eight a user), created by the admin.
    for (const device of ['paged', 'paged-spare']) {
      const created = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: device }));
      const serial = created.VirtualMFADevice!.SerialNumber!;
      const seed = Buffer.from(created.VirtualMFADevice!.Base32StringSeed!).toString('ascii');
      const now = Date.now();
      await iam.send(
        new EnableMFADeviceCommand({
          UserName: 'paged',
          SerialNumber: serial,
          // One clock reading for both: two could straddle a 30-s step.
          AuthenticationCode1: totpCode(seed, -2, now),
          AuthenticationCode2: totpCode(seed, -1, now),
        }),
      );
      serials.push(serial);
    }
    iam.destroy();
  }, 60_000);

  it('admin audit lists both groups, keys, devices and MFA policies of the user', async () => {
    const home = adminHome(scenario.emulator);
    const result = await runAdmin(scenario.emulator, home, ['admin', 'audit', '--group', 'PagedA', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const users = JSON.parse(result.stdout) as Array<{
      userName: string;
      groups: string[];
      mfaDevices: string[];
      accessKeys: unknown[];
      mfaPolicies: Array<{ policy: string }>;
    }>;
    expect(users.map((user) => user.userName)).toEqual(['paged', 'paged-2']);
    const paged = users[0]!;
    expect(paged.groups).toEqual(['PagedA', 'PagedB']);
    expect(paged.accessKeys).toHaveLength(2);
    expect(paged.mfaDevices).toHaveLength(2);
    expect(paged.mfaPolicies.map((policy) => policy.policy)).toEqual([
      'group PagedA inline MyUsersPolicy',
      'group PagedB inline MyUsersPolicy',
    ]);
  }, 60_000);

  it('device status lists both of the user’s devices', async () => {
    const home = testHome({
      '.aws/credentials': `[paged]\naws_access_key_id = ${keys.accessKeyId}\naws_secret_access_key = ${keys.secretAccessKey}\n`,
      '.aws/config': `[profile paged]\nregion = us-east-1\nmfa_serial = ${serials[0]}\n`,
    });
    const result = await runAwsmfa(
      ['device', 'status', '--profile', 'paged', '--endpoint-url', scenario.emulator.endpoint],
      { env: home.env, timeoutMs: 30_000 },
    );
    for (const serial of serials) expect(result.stdout).toContain(`${serial}  enabled`);
  }, 60_000);

  it("policy check --remote reads every page of IAM's simulator answers", async () => {
    const home = adminHome(scenario.emulator);
    const result = await runAdmin(scenario.emulator, home, [
      'policy',
      'check',
      '--group',
      'PagedA',
      '--remote',
      '--json',
    ]);
    expect(result.status).toBe(0);
    const rows = (JSON.parse(result.stdout) as { rows: Array<{ remote?: string }> }).rows;
    expect(rows.length).toBeGreaterThan(testPageSize);
    expect(rows.every((row) => row.remote !== undefined)).toBe(true);
  }, 60_000);

  it('admin setup sees both attached policies of an existing group and keeps them', async () => {
    const home = adminHome(scenario.emulator);
    const result = await runAdmin(scenario.emulator, home, [
      'admin',
      'setup',
      '--group',
      'PagedB',
      '--managed-policy',
      'PowerUserAccess',
      '--managed-policy',
      'arn:aws:iam::123456789012:policy/PagedBExtra',
      '--trusted-ip',
      '203.0.113.0/24',
      '--dry-run',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/attach PowerUserAccess\s+keep/);
    expect(result.stdout).toMatch(/attach PagedBExtra\s+keep/);
  }, 60_000);
});
