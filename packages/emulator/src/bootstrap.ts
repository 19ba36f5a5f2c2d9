// A fresh account: one administrator with AdministratorAccess and an access key, so there is a
// way in (the sandbox prints this key).
import { awsId, secretAccessKey } from './ids.js';
import type { State } from './state.js';

/** Name of the bootstrap administrator. */
export const adminUserName = 'admin';

const administratorAccessArn = 'arn:aws:iam::aws:policy/AdministratorAccess';

/** A new account holding only the bootstrap administrator. */
export function bootstrapState(accountId: string, now: Date): State {
  const created = now.toISOString();
  const state: State = {
    version: 1,
    accountId,
    admin: { userName: adminUserName, accessKeyId: '' },
    users: {
      [adminUserName]: {
        userName: adminUserName,
        userId: awsId('AIDA'),
        path: '/',
        createDate: created,
        inlinePolicies: {},
        attachedPolicies: [administratorAccessArn],
      },
    },
    groups: {},
    roles: {},
    policies: {},
    accessKeys: {},
    mfaDevices: {},
    sessions: {},
    buckets: {},
  };
  ensureAdminKey(state, now);
  return state;
}

/** Gives the administrator a usable key again if a saved state lost it (e.g. the key was deleted). */
export function ensureAdminKey(state: State, now: Date): void {
  const key = state.accessKeys[state.admin.accessKeyId];
  if (key && key.status === 'Active' && state.users[key.userName]) return;
  if (!state.users[state.admin.userName]) {
    state.users[state.admin.userName] = {
      userName: state.admin.userName,
      userId: awsId('AIDA'),
      path: '/',
      createDate: now.toISOString(),
      inlinePolicies: {},
      attachedPolicies: [administratorAccessArn],
    };
  }
  const accessKeyId = awsId('AKIA');
  state.accessKeys[accessKeyId] = {
    accessKeyId,
    secretAccessKey: secretAccessKey(),
    userName: state.admin.userName,
    status: 'Active',
    createDate: now.toISOString(),
  };
  state.admin.accessKeyId = accessKeyId;
}
