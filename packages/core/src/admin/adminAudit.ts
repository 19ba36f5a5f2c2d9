import {
  GetAccessKeyLastUsedCommand,
  GetGroupCommand,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { listAll } from '../aws/listAll.js';
import { callerContext } from '../policy/callerContext.js';
import { cidrContains } from '../policy/cidr.js';
import { evaluatePolicies } from '../policy/evaluatePolicies.js';
import { findMfaDenyStatement, getTrustedCidrs } from '../policy/trustedIps.js';
import type { NamedPolicy } from '../policy/types.js';
import { callIam, type IamClient } from './iamCall.js';
import { listUserGroups, loadUserPolicies } from './loadPolicies.js';

/** One access key as the audit reports it (key IDs are not secret; the secret is never read). */
export interface AuditAccessKey {
  accessKeyId: string;
  status: string;
  createDate: string | undefined;
  ageDays: number | undefined;
  lastUsedDate: string | undefined;
  lastUsedService: string | undefined;
}

/** Where a user's MFA policy comes from and the trusted IPs it lets in without MFA. */
export interface AuditMfaPolicy {
  policy: string;
  trustedCidrs: string[];
}

/** What the audit found for one user. */
export interface AuditUser {
  userName: string;
  groups: string[];
  /** Serial numbers of the user's enabled MFA devices. */
  mfaDevices: string[];
  accessKeys: AuditAccessKey[];
  /** The MFA deny policies in force for the user (none means nothing requires MFA). */
  mfaPolicies: AuditMfaPolicy[];
  /** An address outside every trusted CIDR, used to probe; undefined when the trusted list covers all. */
  probeIp: string | undefined;
  /** True when a long-term key without MFA from `probeIp` is allowed an action that needs MFA. */
  canActWithoutMfa: boolean;
  /** The evaluator's sentence for the first such action, or for the denial. */
  explanation: string;
}

export interface AuditReport {
  users: AuditUser[];
  /** Users who can act without MFA from outside the trusted IPs. */
  exposed: AuditUser[];
}

// Actions the MFA policy must deny without MFA from an untrusted address (PowerUserAccess allows them).
const probeActions = ['s3:ListAllMyBuckets', 'ec2:DescribeInstances'];

// Documentation and well-known addresses; the first one outside the trusted list is the probe.
const probeCandidates = ['203.0.113.77', '198.51.100.77', '192.0.2.77', '8.8.8.8', '2001:db8::77'];

/** The first probe address outside every CIDR, or undefined when the CIDRs cover them all. */
export function untrustedProbeIp(trustedCidrs: readonly string[]): string | undefined {
  return probeCandidates.find(
    (ip) =>
      !trustedCidrs.some((cidr) => {
        try {
          return cidrContains(cidr, ip);
        } catch {
          return false;
        }
      }),
  );
}

/** The MFA deny policies among `policies`, with their trusted IPs. */
export function mfaPoliciesOf(policies: readonly NamedPolicy[]): AuditMfaPolicy[] {
  return policies.flatMap((policy) => {
    if (!findMfaDenyStatement(policy.document)) return [];
    const where =
      policy.source.kind === 'group-inline'
        ? `group ${policy.source.groupName} inline ${policy.name}`
        : policy.source.kind === 'user-inline'
          ? `user ${policy.source.userName} inline ${policy.name}`
          : policy.name;
    return [{ policy: where, trustedCidrs: getTrustedCidrs(policy.document) }];
  });
}

/**
 * Decides, with the local evaluator, whether a user's long-term key (no MFA) from an address
 * outside the trusted IPs is allowed an action that should need MFA.
 */
export function assessMfaExposure(
  policies: readonly NamedPolicy[],
  user: { accountId: string; userName: string },
): Pick<AuditUser, 'mfaPolicies' | 'probeIp' | 'canActWithoutMfa' | 'explanation'> {
  const mfaPolicies = mfaPoliciesOf(policies);
  const probeIp = untrustedProbeIp(mfaPolicies.flatMap((policy) => policy.trustedCidrs));
  if (probeIp === undefined) {
    return {
      mfaPolicies,
      probeIp,
      canActWithoutMfa: true,
      explanation: 'The trusted IPs cover every address probed, so MFA is never required.',
    };
  }
  const context = callerContext({ accountId: user.accountId, userName: user.userName, sourceIp: probeIp });
  let last = '';
  for (const action of probeActions) {
    const result = evaluatePolicies(policies, { action, resource: '*', context });
    if (result.decision === 'allowed') {
      return { mfaPolicies, probeIp, canActWithoutMfa: true, explanation: result.explanation };
    }
    last = result.explanation;
  }
  return { mfaPolicies, probeIp, canActWithoutMfa: false, explanation: last };
}

async function auditedUsers(
  iam: IamClient,
  groupName: string | undefined,
): Promise<Array<{ userName: string; accountId: string }>> {
  const named = (users: Array<{ UserName?: string | undefined; Arn?: string | undefined }>) =>
    users.flatMap((user) =>
      user.UserName
        ? [{ userName: user.UserName, accountId: user.Arn?.split(':')[4] || '000000000000' }]
        : [],
    );
  if (groupName !== undefined) {
    const users = await listAll((marker) =>
      callIam({ action: 'iam:GetGroup', target: `group ${groupName}` }, () =>
        iam.send(new GetGroupCommand({ GroupName: groupName, Marker: marker })),
      ).then((r) => ({ items: r.Users ?? [], marker: r.Marker, truncated: r.IsTruncated })),
    );
    return named(users);
  }
  const users = await listAll((marker) =>
    callIam({ action: 'iam:ListUsers', target: 'the account' }, () =>
      iam.send(new ListUsersCommand({ Marker: marker })),
    ).then((r) => ({ items: r.Users ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  return named(users);
}

async function auditAccessKeys(iam: IamClient, userName: string, now: Date): Promise<AuditAccessKey[]> {
  const target = `user ${userName}`;
  const keys = await listAll((marker) =>
    callIam({ action: 'iam:ListAccessKeys', target }, () =>
      iam.send(new ListAccessKeysCommand({ UserName: userName, Marker: marker })),
    ).then((r) => ({ items: r.AccessKeyMetadata ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  const audited: AuditAccessKey[] = [];
  for (const key of keys) {
    if (!key.AccessKeyId) continue;
    const accessKeyId = key.AccessKeyId;
    const lastUsed = await callIam({ action: 'iam:GetAccessKeyLastUsed', target }, () =>
      iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId })),
    );
    const created = key.CreateDate ? new Date(key.CreateDate) : undefined;
    const used = lastUsed.AccessKeyLastUsed?.LastUsedDate;
    const service = lastUsed.AccessKeyLastUsed?.ServiceName;
    audited.push({
      accessKeyId,
      status: key.Status ?? 'Unknown',
      createDate: created?.toISOString(),
      ageDays: created ? Math.floor((now.getTime() - created.getTime()) / 86_400_000) : undefined,
      lastUsedDate: used ? new Date(used).toISOString() : undefined,
      lastUsedService: service && service !== 'N/A' ? service : undefined,
    });
  }
  return audited;
}

/**
 * Audits the users of a group (or of the account): MFA devices, access keys with age and last use,
 * groups, the MFA policies in force, and whether each can act without MFA from outside the
 * trusted IPs (decided by the local evaluator over all of the user's identity policies).
 *
 * @example const report = await adminAudit(iam, { groupName: 'MyUsers' }); report.exposed.length // 0
 */
export async function adminAudit(
  iam: IamClient,
  options: { groupName?: string | undefined; now?: Date } = {},
): Promise<AuditReport> {
  const now = options.now ?? new Date();
  const users: AuditUser[] = [];
  for (const { userName, accountId } of await auditedUsers(iam, options.groupName)) {
    const devices = await listAll((marker) =>
      callIam({ action: 'iam:ListMFADevices', target: `user ${userName}` }, () =>
        iam.send(new ListMFADevicesCommand({ UserName: userName, Marker: marker })),
      ).then((r) => ({ items: r.MFADevices ?? [], marker: r.Marker, truncated: r.IsTruncated })),
    );
    const groups = await listUserGroups(iam, userName);
    const policies = await loadUserPolicies(iam, userName);
    users.push({
      userName,
      groups,
      mfaDevices: devices.flatMap((device) => (device.SerialNumber ? [device.SerialNumber] : [])),
      accessKeys: await auditAccessKeys(iam, userName, now),
      ...assessMfaExposure(policies, { accountId, userName }),
    });
  }
  return { users, exposed: users.filter((user) => user.canActWithoutMfa) };
}
