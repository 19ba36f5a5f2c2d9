// Managed policies: CreatePolicy, GetPolicy, GetPolicyVersion, ListPolicies, DeletePolicy,
// Attach/Detach{User,Group,Role}Policy, ListAttached{User,Group,Role}Policies, ListEntitiesForPolicy.
import type { ActionRequest, ActionTable } from '../action.js';
import { awsId } from '../ids.js';
import { ServiceError } from '../serviceError.js';
import { arns } from '../state.js';
import {
  checkName,
  checkPath,
  findGroup,
  findRole,
  findUser,
  groupResource,
  roleResource,
  userResource,
} from './entities.js';
import { paginate } from './paginate.js';
import { allPolicies, attachmentCount, findPolicy, policyXml } from './policyCatalog.js';
import { encodePolicyDocument, parsePolicyDocument, policySize } from './policyDocuments.js';

/** IAM's default quota of managed policies per user, group or role. */
const attachQuota = 10;

const policyResource = (r: ActionRequest) => r.params.required('PolicyArn');

interface Attachable {
  name: string;
  attachedPolicies: string[];
}

function attachActions(
  prefix: 'User' | 'Group' | 'Role',
  find: (r: ActionRequest) => Attachable,
  resource: (r: ActionRequest) => string,
): ActionTable {
  return {
    [`Attach${prefix}Policy`]: {
      permission: `iam:Attach${prefix}Policy`,
      resource,
      run(r) {
        const entity = find(r);
        const policy = findPolicy(r.runtime.state, r.params.required('PolicyArn'));
        if (entity.attachedPolicies.includes(policy.arn)) return undefined;
        if (entity.attachedPolicies.length >= attachQuota) {
          throw new ServiceError(
            'LimitExceeded',
            `Cannot exceed quota for PoliciesPer${prefix}: ${attachQuota}`,
            409,
          );
        }
        entity.attachedPolicies.push(policy.arn);
        return undefined;
      },
    },
    [`Detach${prefix}Policy`]: {
      permission: `iam:Detach${prefix}Policy`,
      resource,
      run(r) {
        const entity = find(r);
        const arn = r.params.required('PolicyArn');
        const index = entity.attachedPolicies.indexOf(arn);
        if (index < 0) throw new ServiceError('NoSuchEntity', `Policy ${arn} was not found.`, 404);
        entity.attachedPolicies.splice(index, 1);
        return undefined;
      },
    },
    [`ListAttached${prefix}Policies`]: {
      permission: `iam:ListAttached${prefix}Policies`,
      resource,
      run(r) {
        const entity = find(r);
        const attached = entity.attachedPolicies.map((arn) => findPolicy(r.runtime.state, arn));
        const { items, ...page } = paginate(
          r,
          `ListAttached${prefix}Policies:${entity.name}`,
          attached,
          (policy) => policy.arn,
        );
        return {
          AttachedPolicies: items.map((policy) => ({ PolicyName: policy.policyName, PolicyArn: policy.arn })),
          ...page,
        };
      },
    },
  };
}

const findUserEntity = (r: ActionRequest) => {
  const user = findUser(r.runtime.state, r.params.required('UserName'));
  return { name: user.userName, attachedPolicies: user.attachedPolicies };
};
const findGroupEntity = (r: ActionRequest) => {
  const group = findGroup(r.runtime.state, r.params.required('GroupName'));
  return { name: group.groupName, attachedPolicies: group.attachedPolicies };
};
const findRoleEntity = (r: ActionRequest) => {
  const role = findRole(r.runtime.state, r.params.required('RoleName'));
  return { name: role.roleName, attachedPolicies: role.attachedPolicies };
};

export const managedPolicyActions: ActionTable = {
  CreatePolicy: {
    permission: 'iam:CreatePolicy',
    resource: (r) =>
      arns.policy(r.runtime.accountId, r.params.get('Path') ?? '/', r.params.required('PolicyName')),
    run({ runtime, params, now }) {
      const policyName = checkName(params.required('PolicyName'), 'policyName', 128);
      const path = checkPath(params.get('Path'));
      const document = params.required('PolicyDocument');
      parsePolicyDocument(document);
      if (policySize(document) > 6144) {
        throw new ServiceError('LimitExceeded', 'Cannot exceed quota for PolicySize: 6144', 409);
      }
      const arn = arns.policy(runtime.accountId, path, policyName);
      if (Object.values(runtime.state.policies).some((p) => p.policyName === policyName)) {
        throw new ServiceError(
          'EntityAlreadyExists',
          `A policy called ${policyName} already exists. Duplicate names are not allowed.`,
          409,
        );
      }
      const created = now.toISOString();
      runtime.state.policies[arn] = {
        policyName,
        policyId: awsId('ANPA'),
        arn,
        path,
        description: params.get('Description'),
        document,
        createDate: created,
        updateDate: created,
      };
      return { Policy: policyXml(runtime.state, findPolicy(runtime.state, arn)) };
    },
  },

  GetPolicy: {
    permission: 'iam:GetPolicy',
    resource: policyResource,
    run({ runtime, params }) {
      return { Policy: policyXml(runtime.state, findPolicy(runtime.state, params.required('PolicyArn'))) };
    },
  },

  GetPolicyVersion: {
    permission: 'iam:GetPolicyVersion',
    resource: policyResource,
    run({ runtime, params }) {
      const policy = findPolicy(runtime.state, params.required('PolicyArn'));
      const versionId = params.required('VersionId');
      if (versionId !== policy.versionId) {
        throw new ServiceError(
          'NoSuchEntity',
          `Policy ${policy.arn} version ${versionId} does not exist or is not attachable.`,
          404,
        );
      }
      return {
        PolicyVersion: {
          Document: encodePolicyDocument(policy.text),
          VersionId: policy.versionId,
          IsDefaultVersion: true,
          CreateDate: new Date(policy.updateDate),
        },
      };
    },
  },

  ListPolicies: {
    permission: 'iam:ListPolicies',
    resource: () => '*',
    run(request) {
      const { runtime, params } = request;
      const scope = params.get('Scope') ?? 'All';
      const onlyAttached = params.get('OnlyAttached') === 'true';
      const prefix = params.get('PathPrefix') ?? '/';
      const policies = allPolicies(runtime.state).filter(
        (policy) =>
          (scope === 'All' || (scope === 'AWS') === policy.awsManaged) &&
          (!onlyAttached || attachmentCount(runtime.state, policy.arn) > 0) &&
          policy.path.startsWith(prefix),
      );
      const { items, ...page } = paginate(
        request,
        `ListPolicies:${scope}:${onlyAttached}:${prefix}`,
        policies,
        (policy) => policy.arn,
      );
      return { Policies: items.map((policy) => policyXml(runtime.state, policy)), ...page };
    },
  },

  DeletePolicy: {
    permission: 'iam:DeletePolicy',
    resource: policyResource,
    run({ runtime, params }) {
      const policy = findPolicy(runtime.state, params.required('PolicyArn'));
      if (policy.awsManaged)
        throw new ServiceError('InvalidInput', 'Cannot delete AWS managed policies.', 400);
      if (attachmentCount(runtime.state, policy.arn) > 0) {
        throw new ServiceError('DeleteConflict', 'Cannot delete a policy attached to entities.', 409);
      }
      delete runtime.state.policies[policy.arn];
      return undefined;
    },
  },

  ListEntitiesForPolicy: {
    permission: 'iam:ListEntitiesForPolicy',
    resource: policyResource,
    run(request) {
      const { runtime, params } = request;
      const arn = findPolicy(runtime.state, params.required('PolicyArn')).arn;
      // One MaxItems across the three lists, groups first: keys `1:group`, `2:user`, `3:role` keep that order.
      const entities = [
        ...Object.values(runtime.state.groups)
          .filter((group) => group.attachedPolicies.includes(arn))
          .map((group) => ({ key: `1:${group.groupName}`, group, user: undefined, role: undefined })),
        ...Object.values(runtime.state.users)
          .filter((user) => user.attachedPolicies.includes(arn))
          .map((user) => ({ key: `2:${user.userName}`, group: undefined, user, role: undefined })),
        ...Object.values(runtime.state.roles)
          .filter((role) => role.attachedPolicies.includes(arn))
          .map((role) => ({ key: `3:${role.roleName}`, group: undefined, user: undefined, role })),
      ];
      const { items, ...page } = paginate(request, `ListEntitiesForPolicy:${arn}`, entities, (e) => e.key);
      return {
        PolicyGroups: items.flatMap(({ group }) =>
          group ? [{ GroupName: group.groupName, GroupId: group.groupId }] : [],
        ),
        PolicyUsers: items.flatMap(({ user }) =>
          user ? [{ UserName: user.userName, UserId: user.userId }] : [],
        ),
        PolicyRoles: items.flatMap(({ role }) =>
          role ? [{ RoleName: role.roleName, RoleId: role.roleId }] : [],
        ),
        ...page,
      };
    },
  },

  ...attachActions('User', findUserEntity, (r) => userResource(r, r.params.required('UserName'))),
  ...attachActions('Group', findGroupEntity, (r) => groupResource(r, r.params.required('GroupName'))),
  ...attachActions('Role', findRoleEntity, (r) => roleResource(r, r.params.required('RoleName'))),
};
