// IAM groups: CreateGroup, GetGroup, ListGroups, DeleteGroup, AddUserToGroup, RemoveUserFromGroup.
import type { ActionTable } from '../action.js';
import { awsId } from '../ids.js';
import { ServiceError } from '../serviceError.js';
import { checkName, checkPath, findGroup, findUser, groupResource, groupXml, userXml } from './entities.js';
import { paginate } from './paginate.js';

const groupParam = (r: { params: { required(name: string): string } }) => r.params.required('GroupName');

export const groupActions: ActionTable = {
  CreateGroup: {
    permission: 'iam:CreateGroup',
    resource: (r) => groupResource(r, groupParam(r)),
    run({ runtime, params, now }) {
      const groupName = checkName(params.required('GroupName'), 'groupName', 128);
      const path = checkPath(params.get('Path'));
      if (runtime.state.groups[groupName]) {
        throw new ServiceError('EntityAlreadyExists', `Group with name ${groupName} already exists.`, 409);
      }
      const group = {
        groupName,
        groupId: awsId('AGPA'),
        path,
        createDate: now.toISOString(),
        members: [],
        inlinePolicies: {},
        attachedPolicies: [],
      };
      runtime.state.groups[groupName] = group;
      return { Group: groupXml(runtime.accountId, group) };
    },
  },

  GetGroup: {
    permission: 'iam:GetGroup',
    resource: (r) => groupResource(r, groupParam(r)),
    run(request) {
      const { runtime, params } = request;
      const group = findGroup(runtime.state, params.required('GroupName'));
      const users = group.members
        .map((name) => runtime.state.users[name])
        .filter((user) => user !== undefined);
      const { items, ...page } = paginate(
        request,
        `GetGroup:${group.groupName}`,
        users,
        (user) => user.userName,
      );
      return {
        Group: groupXml(runtime.accountId, group),
        Users: items.map((user) => userXml(runtime.accountId, user)),
        ...page,
      };
    },
  },

  ListGroups: {
    permission: 'iam:ListGroups',
    resource: (r) => `arn:aws:iam::${r.runtime.accountId}:group/`,
    run(request) {
      const { runtime, params } = request;
      const prefix = params.get('PathPrefix') ?? '/';
      const groups = Object.values(runtime.state.groups).filter((group) => group.path.startsWith(prefix));
      const { items, ...page } = paginate(
        request,
        `ListGroups:${prefix}`,
        groups,
        (group) => group.groupName,
      );
      return { Groups: items.map((group) => groupXml(runtime.accountId, group)), ...page };
    },
  },

  DeleteGroup: {
    permission: 'iam:DeleteGroup',
    resource: (r) => groupResource(r, groupParam(r)),
    run({ runtime, params }) {
      const group = findGroup(runtime.state, params.required('GroupName'));
      if (group.members.length > 0) {
        throw new ServiceError(
          'DeleteConflict',
          'Cannot delete entity, must remove users from group first.',
          409,
        );
      }
      if (Object.keys(group.inlinePolicies).length > 0 || group.attachedPolicies.length > 0) {
        throw new ServiceError('DeleteConflict', 'Cannot delete entity, must delete policies first.', 409);
      }
      delete runtime.state.groups[group.groupName];
      return undefined;
    },
  },

  AddUserToGroup: {
    permission: 'iam:AddUserToGroup',
    resource: (r) => groupResource(r, groupParam(r)),
    run({ runtime, params }) {
      const group = findGroup(runtime.state, params.required('GroupName'));
      const user = findUser(runtime.state, params.required('UserName'));
      if (!group.members.includes(user.userName)) group.members.push(user.userName);
      return undefined;
    },
  },

  RemoveUserFromGroup: {
    permission: 'iam:RemoveUserFromGroup',
    resource: (r) => groupResource(r, groupParam(r)),
    run({ runtime, params }) {
      const group = findGroup(runtime.state, params.required('GroupName'));
      const user = findUser(runtime.state, params.required('UserName'));
      if (!group.members.includes(user.userName)) {
        throw new ServiceError(
          'NoSuchEntity',
          `The user with name ${user.userName} cannot be found in group ${group.groupName}.`,
          404,
        );
      }
      group.members = group.members.filter((name) => name !== user.userName);
      return undefined;
    },
  },
};
