// Access keys: CreateAccessKey, ListAccessKeys, UpdateAccessKey, DeleteAccessKey, GetAccessKeyLastUsed.
import type { ActionRequest, ActionTable } from '../action.js';
import { awsId, secretAccessKey } from '../ids.js';
import { ServiceError } from '../serviceError.js';
import type { AccessKeyRecord } from '../state.js';
import { stateIndex } from '../stateIndex.js';
import { findUser, userNameOrCaller, userResource } from './entities.js';
import { paginate } from './paginate.js';

/** IAM allows two access keys per user. */
const keysPerUser = 2;

const callerOrNamedUser = (r: ActionRequest) => userResource(r, userNameOrCaller(r));

/** The key `AccessKeyId` of the request's user, or AWS's `NoSuchEntity`. */
function findKey(r: ActionRequest): AccessKeyRecord {
  const user = findUser(r.runtime.state, userNameOrCaller(r));
  const id = r.params.required('AccessKeyId');
  const key = r.runtime.state.accessKeys[id];
  if (!key || key.userName !== user.userName) {
    throw new ServiceError('NoSuchEntity', `The Access Key with id ${id} cannot be found.`, 404);
  }
  return key;
}

export const accessKeyActions: ActionTable = {
  CreateAccessKey: {
    permission: 'iam:CreateAccessKey',
    resource: callerOrNamedUser,
    run(r) {
      const { state } = r.runtime;
      const user = findUser(state, userNameOrCaller(r));
      const owned = Object.values(state.accessKeys).filter((key) => key.userName === user.userName);
      if (owned.length >= keysPerUser) {
        throw new ServiceError(
          'LimitExceeded',
          `Cannot exceed quota for AccessKeysPerUser: ${keysPerUser}`,
          409,
        );
      }
      const key: AccessKeyRecord = {
        accessKeyId: awsId('AKIA'),
        secretAccessKey: secretAccessKey(),
        userName: user.userName,
        status: 'Active',
        createDate: r.now.toISOString(),
      };
      state.accessKeys[key.accessKeyId] = key;
      return {
        AccessKey: {
          UserName: key.userName,
          AccessKeyId: key.accessKeyId,
          Status: key.status,
          SecretAccessKey: key.secretAccessKey,
          CreateDate: new Date(key.createDate),
        },
      };
    },
  },

  ListAccessKeys: {
    permission: 'iam:ListAccessKeys',
    resource: callerOrNamedUser,
    run(r) {
      const user = findUser(r.runtime.state, userNameOrCaller(r));
      const keys = stateIndex(r.runtime.state).accessKeysOf(user.userName);
      const { items, ...page } = paginate(
        r,
        `ListAccessKeys:${user.userName}`,
        keys,
        (key) => `${key.createDate}:${key.accessKeyId}`,
      );
      return {
        AccessKeyMetadata: items.map((key) => ({
          UserName: key.userName,
          AccessKeyId: key.accessKeyId,
          Status: key.status,
          CreateDate: new Date(key.createDate),
        })),
        ...page,
      };
    },
  },

  UpdateAccessKey: {
    permission: 'iam:UpdateAccessKey',
    resource: callerOrNamedUser,
    run(r) {
      const key = findKey(r);
      const status = r.params.required('Status');
      if (status !== 'Active' && status !== 'Inactive') {
        throw new ServiceError(
          'ValidationError',
          `1 validation error detected: Value '${status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]`,
          400,
        );
      }
      key.status = status;
      return undefined;
    },
  },

  DeleteAccessKey: {
    permission: 'iam:DeleteAccessKey',
    resource: callerOrNamedUser,
    run(r) {
      const key = findKey(r);
      delete r.runtime.state.accessKeys[key.accessKeyId];
      return undefined;
    },
  },

  GetAccessKeyLastUsed: {
    permission: 'iam:GetAccessKeyLastUsed',
    resource: (r) => {
      const key = r.runtime.state.accessKeys[r.params.required('AccessKeyId')];
      return key ? userResource(r, key.userName) : '*';
    },
    run(r) {
      const id = r.params.required('AccessKeyId');
      const key = r.runtime.state.accessKeys[id];
      if (!key) throw new ServiceError('NoSuchEntity', `The Access Key with id ${id} cannot be found.`, 404);
      return {
        UserName: key.userName,
        AccessKeyLastUsed: key.lastUsed
          ? {
              LastUsedDate: new Date(key.lastUsed.date),
              ServiceName: key.lastUsed.service,
              Region: key.lastUsed.region,
            }
          : { ServiceName: 'N/A', Region: 'N/A' },
      };
    },
  },
};
