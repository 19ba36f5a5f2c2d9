// IAM users: CreateUser, GetUser, ListUsers, DeleteUser, ListGroupsForUser.
import type { ActionTable } from '../action.js';
import { awsId } from '../ids.js';
import { ServiceError } from '../serviceError.js';
import { stateIndex } from '../stateIndex.js';
import {
  checkName,
  checkPath,
  findUser,
  groupXml,
  userNameOrCaller,
  userResource,
  userXml,
} from './entities.js';
import { paginate } from './paginate.js';

export const userActions: ActionTable = {
  CreateUser: {
    permission: 'iam:CreateUser',
    resource: (r) => userResource(r, r.params.required('UserName')),
    run({ runtime, params, now }) {
      const userName = checkName(params.required('UserName'), 'userName', 64);
      const path = checkPath(params.get('Path'));
      if (runtime.state.users[userName]) {
        throw new ServiceError('EntityAlreadyExists', `User with name ${userName} already exists.`, 409);
      }
      const user = {
        userName,
        userId: awsId('AIDA'),
        path,
        createDate: now.toISOString(),
        inlinePolicies: {},
        attachedPolicies: [],
      };
      runtime.state.users[userName] = user;
      return { User: userXml(runtime.accountId, user) };
    },
  },

  GetUser: {
    permission: 'iam:GetUser',
    resource: (r) => userResource(r, userNameOrCaller(r)),
    run(r) {
      return { User: userXml(r.runtime.accountId, findUser(r.runtime.state, userNameOrCaller(r))) };
    },
  },

  ListUsers: {
    permission: 'iam:ListUsers',
    resource: (r) => `arn:aws:iam::${r.runtime.accountId}:user/`,
    run(request) {
      const { runtime, params } = request;
      const prefix = params.get('PathPrefix') ?? '/';
      const users = Object.values(runtime.state.users).filter((user) => user.path.startsWith(prefix));
      const { items, ...page } = paginate(request, `ListUsers:${prefix}`, users, (user) => user.userName);
      return { Users: items.map((user) => userXml(runtime.accountId, user)), ...page };
    },
  },

  DeleteUser: {
    permission: 'iam:DeleteUser',
    resource: (r) => userResource(r, r.params.required('UserName')),
    run({ runtime, params }) {
      const { state } = runtime;
      const user = findUser(state, params.required('UserName'));
      const conflict = (what: string) =>
        new ServiceError('DeleteConflict', `Cannot delete entity, must ${what} first.`, 409);
      if (Object.values(state.accessKeys).some((key) => key.userName === user.userName)) {
        throw conflict('delete access keys');
      }
      if (Object.keys(user.inlinePolicies).length > 0 || user.attachedPolicies.length > 0) {
        throw conflict('delete policies');
      }
      if (Object.values(state.mfaDevices).some((device) => device.userName === user.userName)) {
        throw conflict('delete MFA device');
      }
      if (Object.values(state.groups).some((group) => group.members.includes(user.userName))) {
        throw conflict('remove users from group');
      }
      delete state.users[user.userName];
      // Sessions name their user only by name: left behind, they would sign in as a new user
      // created later under the same name.
      for (const [id, session] of Object.entries(state.sessions)) {
        if (session.userName === user.userName) delete state.sessions[id];
      }
      return undefined;
    },
  },

  ListGroupsForUser: {
    permission: 'iam:ListGroupsForUser',
    resource: (r) => userResource(r, r.params.required('UserName')),
    run(request) {
      const { runtime, params } = request;
      const user = findUser(runtime.state, params.required('UserName'));
      const groups = stateIndex(runtime.state).groupsOf(user.userName);
      const { items, ...page } = paginate(
        request,
        `ListGroupsForUser:${user.userName}`,
        groups,
        (group) => group.groupName,
      );
      return { Groups: items.map((group) => groupXml(runtime.accountId, group)), ...page };
    },
  },
};
