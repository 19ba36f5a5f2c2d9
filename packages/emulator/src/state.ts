// The emulator's whole world as plain JSON: what `--state FILE` persists. Dates are ISO strings.

/** Policy documents keyed by policy name, stored as the JSON text the caller sent. */
export type InlinePolicies = Record<string, string>;

export interface UserRecord {
  userName: string;
  userId: string;
  path: string;
  createDate: string;
  inlinePolicies: InlinePolicies;
  /** ARNs of attached managed policies. */
  attachedPolicies: string[];
}

export interface GroupRecord {
  groupName: string;
  groupId: string;
  path: string;
  createDate: string;
  members: string[];
  inlinePolicies: InlinePolicies;
  attachedPolicies: string[];
}

/** A customer managed policy (AWS managed ones are built in, see managedPolicies/). */
export interface ManagedPolicyRecord {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  description?: string;
  document: string;
  createDate: string;
  updateDate: string;
}

export interface AccessKeyRecord {
  accessKeyId: string;
  secretAccessKey: string;
  userName: string;
  status: 'Active' | 'Inactive';
  createDate: string;
  lastUsed?: { date: string; service: string; region: string };
}

export interface MfaDeviceRecord {
  serialNumber: string;
  /** Base32 TOTP seed. */
  seed: string;
  createDate: string;
  /** Set once the device is enabled for a user. */
  userName?: string;
  enableDate?: string;
  /** The last TOTP time step accepted: AWS refuses a code twice. */
  lastUsedStep?: number;
}

/** Temporary credentials from GetSessionToken. */
export interface SessionRecord {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  userName: string;
  sourceAccessKeyId: string;
  expiration: string;
  /** Whether an MFA code was given: drives `aws:MultiFactorAuthPresent`. */
  mfaAuthenticated: boolean;
  /** When the session was issued: `aws:TokenIssueTime`, and the base of `aws:MultiFactorAuthAge`. */
  issuedAt: string;
}

export interface BucketRecord {
  name: string;
  creationDate: string;
}

export interface State {
  version: 1;
  accountId: string;
  admin: { userName: string; accessKeyId: string };
  users: Record<string, UserRecord>;
  groups: Record<string, GroupRecord>;
  policies: Record<string, ManagedPolicyRecord>;
  accessKeys: Record<string, AccessKeyRecord>;
  mfaDevices: Record<string, MfaDeviceRecord>;
  sessions: Record<string, SessionRecord>;
  buckets: Record<string, BucketRecord>;
  credentialReport?: { generatedTime: string };
}

/** ARNs of the account's IAM entities. */
export const arns = {
  user: (accountId: string, user: Pick<UserRecord, 'path' | 'userName'>) =>
    `arn:aws:iam::${accountId}:user${user.path}${user.userName}`,
  group: (accountId: string, group: Pick<GroupRecord, 'path' | 'groupName'>) =>
    `arn:aws:iam::${accountId}:group${group.path}${group.groupName}`,
  policy: (accountId: string, path: string, name: string) => `arn:aws:iam::${accountId}:policy${path}${name}`,
  mfa: (accountId: string, path: string, name: string) => `arn:aws:iam::${accountId}:mfa${path}${name}`,
};
