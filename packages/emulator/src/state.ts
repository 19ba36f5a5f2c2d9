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

/** An IAM role: who may assume it (trust policy) and what its sessions may do (its policies). */
export interface RoleRecord {
  roleName: string;
  /** `AROA…`; a session's `aws:userid` is `<roleId>:<session name>`. */
  roleId: string;
  path: string;
  createDate: string;
  description?: string;
  /** Seconds, 3600–43200: the longest session AssumeRole grants (default 3600). */
  maxSessionDuration: number;
  /** The trust policy as the JSON text the caller sent. */
  assumeRolePolicyDocument: string;
  inlinePolicies: InlinePolicies;
  /** ARNs of attached managed policies. */
  attachedPolicies: string[];
  /** Last successful AssumeRole, for GetRole's RoleLastUsed. */
  lastUsed?: { date: string; region: string };
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

/** What all temporary (`ASIA…`) credentials record. */
interface TemporaryCredentialsRecord {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** The key that asked for these credentials (long-term or temporary). */
  sourceAccessKeyId: string;
  expiration: string;
  /** Whether MFA was used: drives `aws:MultiFactorAuthPresent`. */
  mfaAuthenticated: boolean;
  /** When the session was issued: `aws:TokenIssueTime`, and the base of `aws:MultiFactorAuthAge`. */
  issuedAt: string;
  /**
   * When the MFA code was checked, if earlier than `issuedAt`: a role assumed with an MFA session
   * keeps that session's authentication time for `aws:MultiFactorAuthAge`.
   */
  mfaAuthenticatedAt?: string;
}

/** Temporary credentials from GetSessionToken: an IAM user's own permissions. */
export interface SessionRecord extends TemporaryCredentialsRecord {
  userName: string;
  roleName?: undefined;
}

/** Temporary credentials from AssumeRole: the role's permissions. */
export interface RoleSessionRecord extends TemporaryCredentialsRecord {
  roleName: string;
  /** The role's id when assumed: a role deleted and created again does not take over its sessions. */
  roleId: string;
  roleSessionName: string;
  /** The IAM user at the start of the chain, whose MFA devices a chained AssumeRole may use. */
  sourceUserName?: string;
  userName?: undefined;
}

export interface BucketRecord {
  name: string;
  creationDate: string;
}

/** An account of the organization, as Organizations' ListAccounts describes it. */
export interface OrganizationAccountRecord {
  id: string;
  name: string;
  email: string;
  status: 'ACTIVE' | 'SUSPENDED';
  joinedMethod: 'CREATED' | 'INVITED';
  joinedTimestamp: string;
}

/**
 * An AWS Organization whose management account is the state it belongs to. Each member account
 * has an IAM of its own (`members`), reached by AssumeRole into one of its roles.
 */
export interface OrganizationRecord {
  /** `o-` and ten lower-case letters or digits. */
  id: string;
  /** Every account, the management account first, in ListAccounts' order. */
  accounts: OrganizationAccountRecord[];
  /** The member accounts' IAM by account id (the management account's is the outer state). */
  members: Record<string, State>;
}

export interface State {
  version: 1;
  accountId: string;
  admin: { userName: string; accessKeyId: string };
  users: Record<string, UserRecord>;
  groups: Record<string, GroupRecord>;
  roles: Record<string, RoleRecord>;
  policies: Record<string, ManagedPolicyRecord>;
  accessKeys: Record<string, AccessKeyRecord>;
  mfaDevices: Record<string, MfaDeviceRecord>;
  /** Temporary credentials by access key id: GetSessionToken and AssumeRole sessions. */
  sessions: Record<string, SessionRecord | RoleSessionRecord>;
  buckets: Record<string, BucketRecord>;
  /**
   * The credential report: a CSV snapshot taken at `startedTime`, ready (and dated) at
   * `generatedTime`. State files from before had no `content`: such a report counts as absent.
   */
  credentialReport?: { startedTime?: string; generatedTime: string; content?: string };
  /** Set in a management account: its organization and the member accounts' IAM. */
  organization?: OrganizationRecord;
}

/** ARNs of the account's IAM entities. */
export const arns = {
  user: (accountId: string, user: Pick<UserRecord, 'path' | 'userName'>) =>
    `arn:aws:iam::${accountId}:user${user.path}${user.userName}`,
  group: (accountId: string, group: Pick<GroupRecord, 'path' | 'groupName'>) =>
    `arn:aws:iam::${accountId}:group${group.path}${group.groupName}`,
  policy: (accountId: string, path: string, name: string) => `arn:aws:iam::${accountId}:policy${path}${name}`,
  mfa: (accountId: string, path: string, name: string) => `arn:aws:iam::${accountId}:mfa${path}${name}`,
  role: (accountId: string, role: Pick<RoleRecord, 'path' | 'roleName'>) =>
    `arn:aws:iam::${accountId}:role${role.path}${role.roleName}`,
  /** An account of an organization, as Organizations names it. */
  account: (managementAccountId: string, organizationId: string, accountId: string) =>
    `arn:aws:organizations::${managementAccountId}:account/${organizationId}/${accountId}`,
  /** A role session's ARN: no role path, as AWS writes it. */
  assumedRole: (accountId: string, roleName: string, sessionName: string) =>
    `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`,
};
