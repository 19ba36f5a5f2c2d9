// IAM roles: CreateRole, GetRole, ListRoles, DeleteRole, UpdateRole, UpdateAssumeRolePolicy.
// Their inline and attached policies live with the users' and groups' (inlinePolicies.ts,
// managedPolicies.ts); AssumeRole is in sts/assumeRole.ts.
import type { ActionRequest, ActionTable } from '../action.js';
import { awsId } from '../ids.js';
import type { QueryParams } from '../queryParams.js';
import { ServiceError, validationError } from '../serviceError.js';
import type { RoleRecord } from '../state.js';
import { checkName, checkPath, findRole, roleResource, roleXml } from './entities.js';
import { paginate } from './paginate.js';
import { parseTrustPolicyDocument } from './trustPolicyDocument.js';

/** A role session lasts at most this long unless the role says otherwise (seconds). */
const defaultMaxSessionDuration = 3600;

const roleParam = (r: ActionRequest) => roleResource(r, r.params.required('RoleName'));

function maxSessionDuration(params: QueryParams): number | undefined {
  const value = params.integer('MaxSessionDuration');
  if (value === undefined) return undefined;
  if (value < 3600) {
    throw validationError(
      String(value),
      'maxSessionDuration',
      'Member must have value greater than or equal to 3600',
    );
  }
  if (value > 43_200) {
    throw validationError(
      String(value),
      'maxSessionDuration',
      'Member must have value less than or equal to 43200',
    );
  }
  return value;
}

function description(params: QueryParams): string | undefined {
  const value = params.get('Description');
  if (value !== undefined && value.length > 1000) {
    throw validationError(value, 'description', 'Member must have length less than or equal to 1000');
  }
  return value;
}

export const roleActions: ActionTable = {
  CreateRole: {
    permission: 'iam:CreateRole',
    resource: roleParam,
    run({ runtime, params, now }) {
      const roleName = checkName(params.required('RoleName'), 'roleName', 64);
      const path = checkPath(params.get('Path'));
      const text = params.required('AssumeRolePolicyDocument');
      const about = description(params);
      const maxDuration = maxSessionDuration(params) ?? defaultMaxSessionDuration;
      // IAM compares role names case-insensitively.
      if (Object.keys(runtime.state.roles).some((name) => name.toLowerCase() === roleName.toLowerCase())) {
        throw new ServiceError('EntityAlreadyExists', `Role with name ${roleName} already exists.`, 409);
      }
      parseTrustPolicyDocument(runtime.state, runtime.accountId, text);
      const role: RoleRecord = {
        roleName,
        roleId: awsId('AROA'),
        path,
        createDate: now.toISOString(),
        ...(about === undefined ? {} : { description: about }),
        maxSessionDuration: maxDuration,
        assumeRolePolicyDocument: text,
        inlinePolicies: {},
        attachedPolicies: [],
      };
      runtime.state.roles[roleName] = role;
      return { Role: roleXml(runtime.accountId, role) };
    },
  },

  GetRole: {
    permission: 'iam:GetRole',
    resource: roleParam,
    run({ runtime, params }) {
      const role = findRole(runtime.state, params.required('RoleName'));
      return { Role: roleXml(runtime.accountId, role, { lastUsed: true }) };
    },
  },

  ListRoles: {
    permission: 'iam:ListRoles',
    resource: (r) => `arn:aws:iam::${r.runtime.accountId}:role/`,
    run(request) {
      const { runtime, params } = request;
      const prefix = params.get('PathPrefix') ?? '/';
      const roles = Object.values(runtime.state.roles).filter((role) => role.path.startsWith(prefix));
      const { items, ...page } = paginate(request, `ListRoles:${prefix}`, roles, (role) => role.roleName);
      return { Roles: items.map((role) => roleXml(runtime.accountId, role)), ...page };
    },
  },

  DeleteRole: {
    permission: 'iam:DeleteRole',
    resource: roleParam,
    run({ runtime, params }) {
      const { state } = runtime;
      const role = findRole(state, params.required('RoleName'));
      if (role.attachedPolicies.length > 0) {
        throw new ServiceError(
          'DeleteConflict',
          'Cannot delete entity, must detach all policies first.',
          409,
        );
      }
      if (Object.keys(role.inlinePolicies).length > 0) {
        throw new ServiceError('DeleteConflict', 'Cannot delete entity, must delete policies first.', 409);
      }
      delete state.roles[role.roleName];
      for (const [id, session] of Object.entries(state.sessions)) {
        if (session.roleName === role.roleName) delete state.sessions[id];
      }
      return undefined;
    },
  },

  UpdateRole: {
    permission: 'iam:UpdateRole',
    resource: roleParam,
    run({ runtime, params }) {
      const role = findRole(runtime.state, params.required('RoleName'));
      const about = description(params);
      const maxDuration = maxSessionDuration(params);
      if (about !== undefined) role.description = about;
      if (maxDuration !== undefined) role.maxSessionDuration = maxDuration;
      // UpdateRole has an (empty) result element, which the AWS CLI insists on.
      return {};
    },
  },

  UpdateAssumeRolePolicy: {
    permission: 'iam:UpdateAssumeRolePolicy',
    resource: roleParam,
    run({ runtime, params }) {
      const role = findRole(runtime.state, params.required('RoleName'));
      const text = params.required('PolicyDocument');
      parseTrustPolicyDocument(runtime.state, runtime.accountId, text);
      role.assumeRolePolicyDocument = text;
      return undefined;
    },
  },
};
