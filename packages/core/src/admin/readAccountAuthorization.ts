import {
  GetAccountAuthorizationDetailsCommand,
  type GetAccountAuthorizationDetailsCommandOutput,
  type GroupDetail,
  type ManagedPolicyDetail,
  type UserDetail,
} from '@aws-sdk/client-iam';
import { listAll } from '../aws/listAll.js';
import { adminText } from '../messages/en/admin.js';
import { auditText } from '../messages/en/audit.js';
import type { NamedPolicy, PolicyDocument } from '../policy/types.js';
import { callIam, type IamClient } from './iamCall.js';
import { loadGroupPolicies, loadManagedPolicy, parsePolicyDocument } from './loadPolicies.js';

/** An IAM user as GetAccountAuthorizationDetails describes them. */
export interface AccountUser {
  userName: string;
  arn: string;
  accountId: string;
  /** The user's groups, in IAM's order. */
  groups: string[];
}

/** Every user of the account and, for each, the identity policies in force. */
export interface AccountAuthorization {
  users: AccountUser[];
  groupNames: ReadonlySet<string>;
  /**
   * The user's identity policies in loadUserPolicies' order: own inline, own attached, then each
   * group's inline and attached. Documents are parsed once per policy, not once per user.
   */
  policiesOf(user: AccountUser): NamedPolicy[];
}

type Page = Pick<
  GetAccountAuthorizationDetailsCommandOutput,
  'UserDetailList' | 'GroupDetailList' | 'Policies'
>;

/** The default version's document of a managed policy from its PolicyVersionList. */
function defaultDocument(policy: ManagedPolicyDetail): string | undefined {
  const versions = policy.PolicyVersionList ?? [];
  return (versions.find((version) => version.IsDefaultVersion) ?? versions[0])?.Document;
}

/**
 * Reads the account with GetAccountAuthorizationDetails (users, groups, customer and AWS managed
 * policies; 1,000 entities a page) and resolves each user's policies locally. Groups or policies
 * a page refers to but does not describe (changed between pages) are read one by one.
 *
 * @example const account = await readAccountAuthorization(iam); account.policiesOf(account.users[0])
 */
export async function readAccountAuthorization(
  iam: IamClient,
  options: { onPage?: (usersSoFar: number) => void } = {},
): Promise<AccountAuthorization> {
  const userDetails: UserDetail[] = [];
  const groupDetails = new Map<string, GroupDetail>();
  const managedText = new Map<string, string>();
  await listAll((marker) =>
    callIam({ action: 'iam:GetAccountAuthorizationDetails', target: auditText.theAccount() }, () =>
      iam.send(
        new GetAccountAuthorizationDetailsCommand({
          Filter: ['User', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'],
          MaxItems: 1000,
          Marker: marker,
        }),
      ),
    ).then((page: Page & { Marker?: string; IsTruncated?: boolean }) => {
      for (const user of page.UserDetailList ?? []) userDetails.push(user);
      for (const group of page.GroupDetailList ?? [])
        if (group.GroupName) groupDetails.set(group.GroupName, group);
      for (const policy of page.Policies ?? []) {
        const text = defaultDocument(policy);
        if (policy.Arn && text !== undefined) managedText.set(policy.Arn, text);
      }
      options.onPage?.(userDetails.length);
      return { items: [], marker: page.Marker, truncated: page.IsTruncated };
    }),
  );

  const managed = new Map<string, PolicyDocument>();
  const managedDocument = (arn: string): PolicyDocument | undefined => {
    let document = managed.get(arn);
    if (document === undefined) {
      const text = managedText.get(arn);
      if (text === undefined) return undefined;
      document = parsePolicyDocument(
        text,
        adminText.managedPolicy({ name: arn.slice(arn.lastIndexOf('/') + 1) }),
      );
      managed.set(arn, document);
    }
    return document;
  };
  // Described elsewhere in the account: read the few missing ones directly.
  const missingGroups = new Map<string, NamedPolicy[]>();
  const missingManaged = new Map<string, PolicyDocument>();
  for (const user of userDetails) {
    for (const group of user.GroupList ?? []) {
      if (!groupDetails.has(group) && !missingGroups.has(group)) {
        missingGroups.set(group, await loadGroupPolicies(iam, group));
      }
    }
  }
  const attachedArns = [...userDetails, ...groupDetails.values()].flatMap((entity) =>
    (entity.AttachedManagedPolicies ?? []).flatMap((policy) => (policy.PolicyArn ? [policy.PolicyArn] : [])),
  );
  for (const arn of new Set(attachedArns)) {
    if (!managedText.has(arn))
      missingManaged.set(arn, (await loadManagedPolicy(iam, arn, 'the account')).document);
  }

  const managedPolicy = (arn: string, attachedTo: string): NamedPolicy => ({
    name: arn.slice(arn.lastIndexOf('/') + 1),
    source: { kind: 'managed', arn, attachedTo },
    document: managedDocument(arn) ?? missingManaged.get(arn)!,
  });
  const groupPolicyCache = new Map<string, NamedPolicy[]>();
  const groupPolicies = (groupName: string): NamedPolicy[] => {
    const cached = groupPolicyCache.get(groupName) ?? missingGroups.get(groupName);
    if (cached) return cached;
    const group = groupDetails.get(groupName)!;
    const policies: NamedPolicy[] = [
      ...(group.GroupPolicyList ?? []).map((policy) => ({
        name: policy.PolicyName ?? '',
        source: { kind: 'group-inline' as const, groupName },
        document: parsePolicyDocument(
          policy.PolicyDocument ?? '',
          adminText.inlinePolicyOfGroup({ name: policy.PolicyName ?? '', group: groupName }),
        ),
      })),
      ...(group.AttachedManagedPolicies ?? []).flatMap((policy) =>
        policy.PolicyArn ? [managedPolicy(policy.PolicyArn, `group ${groupName}`)] : [],
      ),
    ];
    groupPolicyCache.set(groupName, policies);
    return policies;
  };
  const details = new Map(userDetails.map((user) => [user.UserName ?? '', user]));
  const users = userDetails.flatMap((user): AccountUser[] =>
    user.UserName
      ? [
          {
            userName: user.UserName,
            arn: user.Arn ?? '',
            accountId: user.Arn?.split(':')[4] || '000000000000',
            groups: user.GroupList ?? [],
          },
        ]
      : [],
  );
  return {
    users,
    groupNames: new Set([...groupDetails.keys(), ...missingGroups.keys()]),
    policiesOf(user) {
      const detail = details.get(user.userName);
      const own: NamedPolicy[] = [
        ...(detail?.UserPolicyList ?? []).map((policy) => ({
          name: policy.PolicyName ?? '',
          source: { kind: 'user-inline' as const, userName: user.userName },
          document: parsePolicyDocument(
            policy.PolicyDocument ?? '',
            adminText.inlinePolicyOfUser({ name: policy.PolicyName ?? '', user: user.userName }),
          ),
        })),
        ...(detail?.AttachedManagedPolicies ?? []).flatMap((policy) =>
          policy.PolicyArn ? [managedPolicy(policy.PolicyArn, `user ${user.userName}`)] : [],
        ),
      ];
      return [...own, ...user.groups.flatMap(groupPolicies)];
    },
  };
}
