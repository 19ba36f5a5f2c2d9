// GetAccountAuthorizationDetails: every user, group and managed policy in force with its documents
// (URL-encoded, as IAM sends them), filtered by entity type and paged with one MaxItems budget
// across the lists, in IAM's order: users, groups, roles, policies.
import type { ActionTable } from '../action.js';
import { validationError } from '../serviceError.js';
import {
  arns,
  type GroupRecord,
  type InlinePolicies,
  type RoleRecord,
  type State,
  type UserRecord,
} from '../state.js';
import type { XmlObject } from '../xml.js';
import { roleXml } from './entities.js';
import { paginate } from './paginate.js';
import { allPolicies, type ManagedPolicy } from './policyCatalog.js';
import { encodePolicyDocument } from './policyDocuments.js';

const entityTypes = ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] as const;
type EntityType = (typeof entityTypes)[number];

type Entity =
  | { key: string; user: UserRecord }
  | { key: string; group: GroupRecord }
  | { key: string; role: RoleRecord }
  | { key: string; policy: ManagedPolicy };

/** The `Filter` list, checked against IAM's enum; all types when absent. */
function filterOf(values: string[]): ReadonlySet<EntityType> {
  if (values.length === 0) return new Set(entityTypes);
  const bad = values.find((value) => !(entityTypes as readonly string[]).includes(value));
  if (bad !== undefined) {
    throw validationError(
      `[${values.join(', ')}]`,
      'filter',
      `Member must satisfy constraint: [Member must satisfy enum value set: [${entityTypes.join(', ')}]]`,
    );
  }
  return new Set(values as EntityType[]);
}

/** How many users and groups each managed policy is attached to, counted once for the request. */
function attachmentCounts(state: State): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entity of [
    ...Object.values(state.users),
    ...Object.values(state.groups),
    ...Object.values(state.roles),
  ]) {
    for (const arn of entity.attachedPolicies) counts.set(arn, (counts.get(arn) ?? 0) + 1);
  }
  return counts;
}

const inlineList = (policies: InlinePolicies) =>
  Object.entries(policies)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, text]) => ({ PolicyName: name, PolicyDocument: encodePolicyDocument(text) }));

/** Attached policies in ARN order, as ListAttached{User,Group}Policies serves them. */
function attachedList(attached: readonly string[]): XmlObject[] {
  return [...attached].sort().map((arn) => ({
    PolicyName: arn.slice(arn.lastIndexOf('/') + 1),
    PolicyArn: arn,
  }));
}

export const authorizationDetailsActions: ActionTable = {
  GetAccountAuthorizationDetails: {
    permission: 'iam:GetAccountAuthorizationDetails',
    run(request) {
      const { state, accountId } = request.runtime;
      const wanted = filterOf(request.params.list('Filter'));
      const counts = attachmentCounts(state);
      // Keys `1:` users, `2:` groups, `3:` roles, `4:` policies keep IAM's order inside one paged list.
      const entities: Entity[] = [];
      if (wanted.has('User')) {
        for (const user of Object.values(state.users)) entities.push({ key: `1:${user.userName}`, user });
      }
      if (wanted.has('Group')) {
        for (const group of Object.values(state.groups))
          entities.push({ key: `2:${group.groupName}`, group });
      }
      if (wanted.has('Role')) {
        for (const role of Object.values(state.roles)) entities.push({ key: `3:${role.roleName}`, role });
      }
      for (const policy of allPolicies(state)) {
        // IAM lists the AWS managed policies the account uses, not all of AWS's.
        const listed = policy.awsManaged
          ? wanted.has('AWSManagedPolicy') && (counts.get(policy.arn) ?? 0) > 0
          : wanted.has('LocalManagedPolicy');
        if (listed) entities.push({ key: `4:${policy.arn}`, policy });
      }
      const { items, ...page } = paginate(
        request,
        `GetAccountAuthorizationDetails:${[...wanted].sort().join(',')}`,
        entities,
        (entity) => entity.key,
      );
      // Each member's groups, found once for the page rather than once per user.
      const groupsOf = new Map<string, string[]>();
      if (items.some((entity) => 'user' in entity)) {
        const sorted = Object.values(state.groups).sort((a, b) => (a.groupName < b.groupName ? -1 : 1));
        for (const group of sorted) {
          for (const member of group.members) {
            const names = groupsOf.get(member);
            if (names) names.push(group.groupName);
            else groupsOf.set(member, [group.groupName]);
          }
        }
      }
      const users: XmlObject[] = [];
      const groups: XmlObject[] = [];
      const roles: XmlObject[] = [];
      const policies: XmlObject[] = [];
      for (const entity of items) {
        if ('user' in entity) {
          const { user } = entity;
          users.push({
            Path: user.path,
            UserName: user.userName,
            UserId: user.userId,
            Arn: arns.user(accountId, user),
            CreateDate: new Date(user.createDate),
            UserPolicyList: inlineList(user.inlinePolicies),
            GroupList: groupsOf.get(user.userName) ?? [],
            AttachedManagedPolicies: attachedList(user.attachedPolicies),
            Tags: [],
          });
        } else if ('group' in entity) {
          const { group } = entity;
          groups.push({
            Path: group.path,
            GroupName: group.groupName,
            GroupId: group.groupId,
            Arn: arns.group(accountId, group),
            CreateDate: new Date(group.createDate),
            GroupPolicyList: inlineList(group.inlinePolicies),
            AttachedManagedPolicies: attachedList(group.attachedPolicies),
          });
        } else if ('role' in entity) {
          const { role } = entity;
          // RoleDetail has no Description or MaxSessionDuration, unlike GetRole's Role.
          const {
            Description: _about,
            MaxSessionDuration: _max,
            ...detail
          } = roleXml(accountId, role, {
            lastUsed: true,
          });
          roles.push({
            ...detail,
            InstanceProfileList: [],
            RolePolicyList: inlineList(role.inlinePolicies),
            AttachedManagedPolicies: attachedList(role.attachedPolicies),
            Tags: [],
          });
        } else {
          const { policy } = entity;
          policies.push({
            PolicyName: policy.policyName,
            PolicyId: policy.policyId,
            Arn: policy.arn,
            Path: policy.path,
            DefaultVersionId: policy.versionId,
            AttachmentCount: counts.get(policy.arn) ?? 0,
            PermissionsBoundaryUsageCount: 0,
            IsAttachable: true,
            Description: policy.description,
            CreateDate: new Date(policy.createDate),
            UpdateDate: new Date(policy.updateDate),
            PolicyVersionList: [
              {
                Document: encodePolicyDocument(policy.text),
                VersionId: policy.versionId,
                IsDefaultVersion: true,
                CreateDate: new Date(policy.updateDate),
              },
            ],
          });
        }
      }
      return {
        UserDetailList: users,
        GroupDetailList: groups,
        RoleDetailList: roles,
        Policies: policies,
        ...page,
      };
    },
  },
};
