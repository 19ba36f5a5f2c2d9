import { GetGroupCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { listAll } from '../aws/listAll.js';
import { adminText } from '../messages/en/admin.js';
import { auditText } from '../messages/en/audit.js';
import { type AuditReport, type AuditUser, assessMfaExposure } from './adminAudit.js';
import { listAuditAccessKeys, listUserMfaSerials } from './auditUserFacts.js';
import { callIam, type IamClient } from './iamCall.js';
import { listUserGroups, loadUserPolicies } from './loadPolicies.js';

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
      callIam({ action: 'iam:GetGroup', target: adminText.group({ name: groupName }) }, () =>
        iam.send(new GetGroupCommand({ GroupName: groupName, Marker: marker })),
      ).then((r) => ({ items: r.Users ?? [], marker: r.Marker, truncated: r.IsTruncated })),
    );
    return named(users);
  }
  const users = await listAll((marker) =>
    callIam({ action: 'iam:ListUsers', target: auditText.theAccount() }, () =>
      iam.send(new ListUsersCommand({ Marker: marker })),
    ).then((r) => ({ items: r.Users ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  return named(users);
}

/**
 * The audit as awsmfa did it before the bulk reads: about eight IAM requests per user (ListUsers or
 * GetGroup, ListMFADevices, ListGroupsForUser twice, the user's and each group's policies,
 * ListAccessKeys, GetAccessKeyLastUsed per key). Kept as the reference the bulk `adminAudit` is
 * compared with in tests, and as the baseline of `pnpm bench`; always fresh, never reading the
 * credential report.
 */
export async function adminAuditOneByOne(
  iam: IamClient,
  options: { groupName?: string | undefined; now?: Date } = {},
): Promise<AuditReport> {
  const now = options.now ?? new Date();
  const users: AuditUser[] = [];
  for (const { userName, accountId } of await auditedUsers(iam, options.groupName)) {
    const mfaDevices = await listUserMfaSerials(iam, userName);
    const groups = await listUserGroups(iam, userName);
    const policies = await loadUserPolicies(iam, userName);
    users.push({
      userName,
      groups,
      mfaDevices,
      accessKeys: await listAuditAccessKeys(iam, userName, now),
      ...assessMfaExposure(policies, { accountId, userName }),
    });
  }
  return { users, exposed: users.filter((user) => user.canActWithoutMfa), credentialReportTime: undefined };
}
