import { ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import { listAll } from '../aws/listAll.js';
import { AwsMfaError } from '../errors.js';
import { adminText } from '../messages/en/admin.js';
import { auditText } from '../messages/en/audit.js';
import { callerContext } from '../policy/callerContext.js';
import { cidrContains } from '../policy/cidr.js';
import { evaluatePolicies } from '../policy/evaluatePolicies.js';
import { findMfaDenyStatement, getTrustedCidrs } from '../policy/trustedIps.js';
import type { NamedPolicy } from '../policy/types.js';
import { auditAccessKey, listAuditAccessKeys, listUserMfaSerials } from './auditUserFacts.js';
import { callIam, type IamClient } from './iamCall.js';
import { mapConcurrently } from './mapConcurrently.js';
import { type AccountUser, readAccountAuthorization } from './readAccountAuthorization.js';
import { type CredentialReportProgress, readCredentialReport } from './readCredentialReport.js';

/** One access key as the audit reports it (key IDs are not secret; the secret is never read). */
export interface AuditAccessKey {
  /**
   * `AKIA…`; absent when the facts come from the credential report, which numbers a user's keys
   * 1 and 2 (older first) instead of naming them.
   */
  accessKeyId?: string;
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
  /**
   * When IAM generated the credential report the keys and MFA flags come from (ISO 8601): IAM
   * reuses a report for four hours. Undefined when nothing came from a report.
   */
  credentialReportTime: string | undefined;
}

/** What the audit is doing, for a progress line on stderr. */
export type AuditProgress =
  | { step: 'authorization-details'; users: number }
  | ({ step: 'credential-report' } & CredentialReportProgress)
  | { step: 'per-user'; done: number; total: number };

export interface AdminAuditOptions {
  /** Audit the members of this group; default every user. */
  groupName?: string | undefined;
  now?: Date;
  onProgress?: (progress: AuditProgress) => void;
  /** Waits between credential report polls; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
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

/** Serial numbers of the account's assigned virtual MFA devices, by user (1,000 a page). */
async function virtualMfaSerials(iam: IamClient): Promise<Map<string, string[]>> {
  const devices = await listAll((marker) =>
    callIam({ action: 'iam:ListVirtualMFADevices', target: auditText.theAccount() }, () =>
      iam.send(
        new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', MaxItems: 1000, Marker: marker }),
      ),
    ).then((r) => ({ items: r.VirtualMFADevices ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  const byUser = new Map<string, string[]>();
  for (const device of devices) {
    const userName = device.User?.UserName;
    if (!userName || !device.SerialNumber) continue;
    byUser.set(userName, [...(byUser.get(userName) ?? []), device.SerialNumber]);
  }
  return byUser;
}

// Per-user lookups run a few at a time: few are needed, and IAM throttles bursts.
const perUserConcurrency = 4;

/**
 * Audits the users of a group (or of the account): MFA devices, access keys with age and last use,
 * groups, the MFA policies in force, and whether each can act without MFA from outside the
 * trusted IPs (decided by the local evaluator over all of the user's identity policies).
 *
 * Built from IAM's bulk answers, so the number of requests grows with pages, not users:
 * GetAccountAuthorizationDetails (groups and policies), the credential report (keys, MFA flag),
 * ListVirtualMFADevices (serials). Per-user calls only fill what those lack: users created after
 * the report (their keys and devices), and users whose MFA device is not virtual (its serial).
 *
 * @example const report = await adminAudit(iam, { groupName: 'MyUsers' }); report.exposed.length // 0
 */
export async function adminAudit(iam: IamClient, options: AdminAuditOptions = {}): Promise<AuditReport> {
  const now = options.now ?? new Date();
  const { groupName, onProgress } = options;
  // The three bulk reads are independent: IAM builds the report while the pages are read.
  const [account, report, virtual] = await Promise.all([
    readAccountAuthorization(iam, {
      onPage: (users) => onProgress?.({ step: 'authorization-details', users }),
    }),
    readCredentialReport(iam, {
      onProgress: (progress) => onProgress?.({ step: 'credential-report', ...progress }),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    }),
    virtualMfaSerials(iam),
  ]);
  if (groupName !== undefined && !account.groupNames.has(groupName)) {
    throw new AwsMfaError(
      'NOT_FOUND',
      adminText.doesNotExist({ target: adminText.group({ name: groupName }) }),
      {
        hint: adminText.doesNotExistHint(),
      },
    );
  }
  const audited =
    groupName === undefined ? account.users : account.users.filter((user) => user.groups.includes(groupName));
  // Users the report does not cover, or whose MFA device the virtual list does not show.
  const incomplete = audited.filter((user) => {
    const row = report.users.get(user.userName);
    return !row || (row.mfaActive && !virtual.has(user.userName));
  });
  const looked = new Map<string, { mfaDevices: string[]; accessKeys?: AuditAccessKey[] }>();
  let done = 0;
  await mapConcurrently(incomplete, perUserConcurrency, async (user) => {
    const inReport = report.users.has(user.userName);
    looked.set(user.userName, {
      mfaDevices: await listUserMfaSerials(iam, user.userName),
      ...(inReport ? {} : { accessKeys: await listAuditAccessKeys(iam, user.userName, now) }),
    });
    onProgress?.({ step: 'per-user', done: ++done, total: incomplete.length });
  });

  const users = audited.map((user: AccountUser): AuditUser => {
    const row = report.users.get(user.userName);
    const lookedUp = looked.get(user.userName);
    return {
      userName: user.userName,
      groups: user.groups,
      mfaDevices: lookedUp?.mfaDevices ?? virtual.get(user.userName) ?? [],
      accessKeys:
        lookedUp?.accessKeys ??
        (row?.accessKeys ?? []).map((key) =>
          auditAccessKey({
            accessKeyId: undefined,
            status: key.active ? 'Active' : 'Inactive',
            created: key.created,
            lastUsed: key.lastUsed,
            service: key.lastUsedService,
            now,
          }),
        ),
      ...assessMfaExposure(account.policiesOf(user), user),
    };
  });
  return {
    users,
    exposed: users.filter((user) => user.canActWithoutMfa),
    credentialReportTime: report.generatedTime.toISOString(),
  };
}
