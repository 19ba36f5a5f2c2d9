// Inline policies of users, groups and roles: Put/Get/List/Delete{User,Group,Role}Policy.
import type { ActionRequest, ActionTable } from '../action.js';
import { ServiceError } from '../serviceError.js';
import type { InlinePolicies } from '../state.js';
import {
  checkName,
  findGroup,
  findRole,
  findUser,
  groupResource,
  roleResource,
  userResource,
} from './entities.js';
import { paginate } from './paginate.js';
import { encodePolicyDocument, parsePolicyDocument, policySize } from './policyDocuments.js';

interface Owner {
  kind: 'user' | 'group' | 'role';
  /** The request parameter naming the owner. */
  param: 'UserName' | 'GroupName' | 'RoleName';
  /** IAM's quota on the summed size of the owner's inline policies. */
  quota: number;
  find(request: ActionRequest): { name: string; policies: InlinePolicies };
  resource(request: ActionRequest): string;
}

const userOwner: Owner = {
  kind: 'user',
  param: 'UserName',
  quota: 2048,
  find(r) {
    const user = findUser(r.runtime.state, r.params.required('UserName'));
    return { name: user.userName, policies: user.inlinePolicies };
  },
  resource: (r) => userResource(r, r.params.required('UserName')),
};

const groupOwner: Owner = {
  kind: 'group',
  param: 'GroupName',
  quota: 5120,
  find(r) {
    const group = findGroup(r.runtime.state, r.params.required('GroupName'));
    return { name: group.groupName, policies: group.inlinePolicies };
  },
  resource: (r) => groupResource(r, r.params.required('GroupName')),
};

const roleOwner: Owner = {
  kind: 'role',
  param: 'RoleName',
  quota: 10_240,
  find(r) {
    const role = findRole(r.runtime.state, r.params.required('RoleName'));
    return { name: role.roleName, policies: role.inlinePolicies };
  },
  resource: (r) => roleResource(r, r.params.required('RoleName')),
};

function findPolicy(owner: Owner, policies: InlinePolicies, policyName: string): string {
  const document = policies[policyName];
  if (document === undefined) {
    throw new ServiceError(
      'NoSuchEntity',
      `The ${owner.kind} policy with name ${policyName} cannot be found.`,
      404,
    );
  }
  return document;
}

function inlineActions(owner: Owner, prefix: 'User' | 'Group' | 'Role'): ActionTable {
  return {
    [`Put${prefix}Policy`]: {
      permission: `iam:Put${prefix}Policy`,
      resource: owner.resource,
      run(r) {
        const { name, policies } = owner.find(r);
        const policyName = checkName(r.params.required('PolicyName'), 'policyName', 128);
        const document = r.params.required('PolicyDocument');
        parsePolicyDocument(document);
        const others = Object.entries(policies).filter(([other]) => other !== policyName);
        const total = others.reduce((sum, [, text]) => sum + policySize(text), policySize(document));
        if (total > owner.quota) {
          throw new ServiceError(
            'LimitExceeded',
            `Maximum policy size of ${owner.quota} bytes exceeded for ${owner.kind} ${name}`,
            409,
          );
        }
        policies[policyName] = document;
        return undefined;
      },
    },
    [`Get${prefix}Policy`]: {
      permission: `iam:Get${prefix}Policy`,
      resource: owner.resource,
      run(r) {
        const { name, policies } = owner.find(r);
        const policyName = r.params.required('PolicyName');
        const document = findPolicy(owner, policies, policyName);
        return {
          [owner.param]: name,
          PolicyName: policyName,
          PolicyDocument: encodePolicyDocument(document),
        };
      },
    },
    [`List${prefix}Policies`]: {
      permission: `iam:List${prefix}Policies`,
      resource: owner.resource,
      run(r) {
        const { name, policies } = owner.find(r);
        const { items, ...page } = paginate(
          r,
          `List${prefix}Policies:${name}`,
          Object.keys(policies),
          (n) => n,
        );
        return { PolicyNames: items, ...page };
      },
    },
    [`Delete${prefix}Policy`]: {
      permission: `iam:Delete${prefix}Policy`,
      resource: owner.resource,
      run(r) {
        const { policies } = owner.find(r);
        const policyName = r.params.required('PolicyName');
        findPolicy(owner, policies, policyName);
        delete policies[policyName];
        return undefined;
      },
    },
  };
}

export const inlinePolicyActions: ActionTable = {
  ...inlineActions(userOwner, 'User'),
  ...inlineActions(groupOwner, 'Group'),
  ...inlineActions(roleOwner, 'Role'),
};
