import { buildMfaTrustPolicy } from '@awsmfa/core';
import { myUsersPolicyDocument } from './myUsersPolicy.js';
import type { Emulator } from './startEmulator.js';

/** A role for the scenario: trusted by the account, assumable only with MFA. */
export interface SeededRoleSpec {
  roleName: string;
  /** AWS managed policy attached to the role, e.g. `ReadOnlyAccess`. */
  managedPolicy: string;
  /** Longest session in seconds (3600–43200); default 3600. */
  maxSessionDuration?: number;
}

/**
 * The roles seeded by default: `ReadOnly` (ReadOnlyAccess, 1-hour sessions) and `Admin`
 * (AdministratorAccess, up to 12 hours), both requiring MFA in their trust policy.
 */
export const defaultSeededRoles: readonly SeededRoleSpec[] = [
  { roleName: 'ReadOnly', managedPolicy: 'ReadOnlyAccess' },
  { roleName: 'Admin', managedPolicy: 'AdministratorAccess', maxSessionDuration: 43_200 },
];

export interface SeedMfaScenarioOptions {
  /** Default `MyUsers`. */
  groupName?: string;
  /** Default `cli-user`. */
  userName?: string;
  /** Addresses exempt from the MFA requirement (`NotIpAddress aws:SourceIp`); default none. */
  trustedCidrs?: string[];
  /** AWS managed policy attached to the group; default `PowerUserAccess`. */
  managedPolicy?: 'PowerUserAccess';
  /** Roles to create unless they exist; default `defaultSeededRoles`, `[]` for none. */
  roles?: readonly SeededRoleSpec[];
}

/** The user the scenario created, with its long-term access key. */
export interface SeededUser {
  userName: string;
  groupName: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** ARNs of the scenario's roles by name, e.g. `roleArns.Admin`. */
  roleArns: Record<string, string>;
}

/**
 * Does the seed article's administrator part through real IAM calls with the admin key: group
 * `MyUsers` with PowerUserAccess and the inline policy "MyUsersPolicy", user `cli-user` in it, and
 * one access key for that user. Also the roles users assume with MFA (`ReadOnly`, `Admin`), which
 * the group may assume through PowerUserAccess; roles that exist already are kept.
 *
 * @example const user = await seedMfaScenario(emulator, { trustedCidrs: ['127.0.0.1/32'] })
 */
export async function seedMfaScenario(
  emulator: Emulator,
  options: SeedMfaScenarioOptions = {},
): Promise<SeededUser> {
  // Imported here so that starting an emulator does not load the IAM client.
  const iam = await import('@aws-sdk/client-iam');
  const groupName = options.groupName ?? 'MyUsers';
  const userName = options.userName ?? 'cli-user';
  const policyArn = `arn:aws:iam::aws:policy/${options.managedPolicy ?? 'PowerUserAccess'}`;
  const client = new iam.IAMClient({
    endpoint: emulator.endpoint,
    region: emulator.region,
    credentials: { accessKeyId: emulator.admin.accessKeyId, secretAccessKey: emulator.admin.secretAccessKey },
    // Sign as of the emulator's clock, which a test may have moved.
    systemClockOffset: emulator.now().getTime() - Date.now(),
  });
  try {
    await client.send(new iam.CreateGroupCommand({ GroupName: groupName }));
    await client.send(new iam.AttachGroupPolicyCommand({ GroupName: groupName, PolicyArn: policyArn }));
    await client.send(
      new iam.PutGroupPolicyCommand({
        GroupName: groupName,
        PolicyName: 'MyUsersPolicy',
        PolicyDocument: JSON.stringify(myUsersPolicyDocument(options.trustedCidrs), null, 4),
      }),
    );
    await client.send(new iam.CreateUserCommand({ UserName: userName }));
    await client.send(new iam.AddUserToGroupCommand({ GroupName: groupName, UserName: userName }));
    const { AccessKey } = await client.send(new iam.CreateAccessKeyCommand({ UserName: userName }));
    const roleArns: Record<string, string> = {};
    for (const role of options.roles ?? defaultSeededRoles) {
      const existing = await client
        .send(new iam.GetRoleCommand({ RoleName: role.roleName }))
        .catch((error: Error) =>
          error instanceof iam.NoSuchEntityException ? undefined : Promise.reject(error),
        );
      if (existing) {
        roleArns[role.roleName] = existing.Role!.Arn!;
        continue;
      }
      const created = await client.send(
        new iam.CreateRoleCommand({
          RoleName: role.roleName,
          AssumeRolePolicyDocument: JSON.stringify(buildMfaTrustPolicy(emulator.accountId), null, 2),
          MaxSessionDuration: role.maxSessionDuration,
          Description: `Assumable by account ${emulator.accountId} with MFA (awsmfa seed scenario)`,
        }),
      );
      await client.send(
        new iam.AttachRolePolicyCommand({
          RoleName: role.roleName,
          PolicyArn: `arn:aws:iam::aws:policy/${role.managedPolicy}`,
        }),
      );
      roleArns[role.roleName] = created.Role!.Arn!;
    }
    return {
      userName,
      groupName,
      accessKeyId: AccessKey!.AccessKeyId!,
      secretAccessKey: AccessKey!.SecretAccessKey!,
      roleArns,
    };
  } finally {
    client.destroy();
  }
}
