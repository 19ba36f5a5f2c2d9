import { myUsersPolicyDocument } from './myUsersPolicy.js';
import type { Emulator } from './startEmulator.js';

export interface SeedMfaScenarioOptions {
  /** Default `MyUsers`. */
  groupName?: string;
  /** Default `cli-user`. */
  userName?: string;
  /** Addresses exempt from the MFA requirement (`NotIpAddress aws:SourceIp`); default none. */
  trustedCidrs?: string[];
  /** AWS managed policy attached to the group; default `PowerUserAccess`. */
  managedPolicy?: 'PowerUserAccess';
}

/** The user the scenario created, with its long-term access key. */
export interface SeededUser {
  userName: string;
  groupName: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Does the seed article's administrator part through real IAM calls with the admin key: group
 * `MyUsers` with PowerUserAccess and the inline policy "MyUsersPolicy", user `cli-user` in it, and
 * one access key for that user.
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
    return {
      userName,
      groupName,
      accessKeyId: AccessKey!.AccessKeyId!,
      secretAccessKey: AccessKey!.SecretAccessKey!,
    };
  } finally {
    client.destroy();
  }
}
