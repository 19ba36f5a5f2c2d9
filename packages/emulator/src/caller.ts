// Who a request comes from: an IAM user (long-term key or GetSessionToken session) or a role
// session (AssumeRole). What a caller may do follows from which of the two it is.
import {
  arns,
  type RoleRecord,
  type RoleSessionRecord,
  type SessionRecord,
  type State,
  type UserRecord,
} from './state.js';

/** An IAM user, signing with a long-term key or with GetSessionToken credentials (`ASIA…`). */
export interface UserCaller {
  kind: 'user';
  user: UserRecord;
  accessKeyId: string;
  /** Present when the request was signed with GetSessionToken credentials. */
  session?: SessionRecord;
}

/** A role session, signing with AssumeRole credentials: the role's policies apply. */
export interface RoleCaller {
  kind: 'role';
  role: RoleRecord;
  accessKeyId: string;
  session: RoleSessionRecord;
}

/** The authenticated principal of a request. */
export type Caller = UserCaller | RoleCaller;

/**
 * The principal behind `accessKeyId` (with its temporary credentials `session`, if any);
 * `undefined` when its user or role no longer exists.
 */
export function callerOf(
  state: State,
  accessKeyId: string,
  session: SessionRecord | RoleSessionRecord | undefined,
): Caller | undefined {
  if (session?.roleName !== undefined) {
    const role = state.roles[session.roleName];
    // A role deleted and created again under the same name is a new role with a new id.
    if (!role || role.roleId !== session.roleId) return undefined;
    return { kind: 'role', role, accessKeyId, session };
  }
  const userName = session ? session.userName : state.accessKeys[accessKeyId]?.userName;
  const user = userName === undefined ? undefined : state.users[userName];
  if (!user) return undefined;
  return session ? { kind: 'user', user, accessKeyId, session } : { kind: 'user', user, accessKeyId };
}

/** The caller's ARN as AWS names it: `…:user/path/name` or `arn:aws:sts::…:assumed-role/Role/session`. */
export function callerArn(accountId: string, caller: Caller): string {
  return caller.kind === 'user'
    ? arns.user(accountId, caller.user)
    : arns.assumedRole(accountId, caller.role.roleName, caller.session.roleSessionName);
}

/** GetCallerIdentity's `UserId`: `AIDA…`, or `AROA…:session` for a role session. */
export function callerUserId(caller: Caller): string {
  return caller.kind === 'user'
    ? caller.user.userId
    : `${caller.role.roleId}:${caller.session.roleSessionName}`;
}
