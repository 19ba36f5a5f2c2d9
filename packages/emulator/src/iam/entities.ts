// Looking up IAM entities and writing them as AWS returns them.
import type { ActionRequest } from '../action.js';
import { ServiceError, validationError } from '../serviceError.js';
import { arns, type GroupRecord, type RoleRecord, type State, type UserRecord } from '../state.js';
import type { XmlObject } from '../xml.js';
import { encodePolicyDocument } from './policyDocuments.js';

/** The user called `name`, or AWS's `NoSuchEntity`. */
export function findUser(state: State, name: string): UserRecord {
  const user = state.users[name];
  if (!user) throw new ServiceError('NoSuchEntity', `The user with name ${name} cannot be found.`, 404);
  return user;
}

/** The group called `name`, or AWS's `NoSuchEntity`. */
export function findGroup(state: State, name: string): GroupRecord {
  const group = state.groups[name];
  if (!group) throw new ServiceError('NoSuchEntity', `The group with name ${name} cannot be found.`, 404);
  return group;
}

/** The role called `name`, or AWS's `NoSuchEntity`. */
export function findRole(state: State, name: string): RoleRecord {
  const role = state.roles[name];
  if (!role) throw new ServiceError('NoSuchEntity', `The role with name ${name} cannot be found.`, 404);
  return role;
}

/** The `UserName` parameter, defaulting to the caller as AWS does for GetUser, ListAccessKeys, … */
export function userNameOrCaller(request: ActionRequest): string {
  const named = request.params.get('UserName');
  if (named !== undefined) return named;
  const { caller } = request;
  if (caller.kind === 'user') return caller.user.userName;
  throw new ServiceError(
    'ValidationError',
    'Must specify userName when calling with non-User credentials',
    400,
  );
}

/** ARN of the named user for authorization; a user that does not exist yet gets path `/`. */
export function userResource(request: ActionRequest, name: string): string {
  const user = request.runtime.state.users[name];
  return arns.user(request.runtime.accountId, user ?? { path: '/', userName: name });
}

/** ARN of the named group for authorization. */
export function groupResource(request: ActionRequest, name: string): string {
  const group = request.runtime.state.groups[name];
  return arns.group(request.runtime.accountId, group ?? { path: '/', groupName: name });
}

/** ARN of the named role for authorization. */
export function roleResource(request: ActionRequest, name: string): string {
  const role = request.runtime.state.roles[name];
  return arns.role(request.runtime.accountId, role ?? { path: '/', roleName: name });
}

const namePattern = /^[\w+=,.@-]+$/;

/** Checks an IAM entity name (`[\w+=,.@-]+`, at most `max` characters) with AWS's ValidationError. */
export function checkName(value: string, member: string, max: number): string {
  if (value.length < 1)
    throw validationError(value, member, 'Member must have length greater than or equal to 1');
  if (value.length > max) {
    throw validationError(value, member, `Member must have length less than or equal to ${max}`);
  }
  if (!namePattern.test(value)) {
    throw validationError(value, member, 'Member must satisfy regular expression pattern: [\\w+=,.@-]+');
  }
  return value;
}

/** Checks an IAM path: `/` or `/…/`. */
export function checkPath(value: string | undefined): string {
  const path = value ?? '/';
  if (path !== '/' && !/^\/[\u0021-\u007E]+\/$/.test(path)) {
    throw validationError(
      path,
      'path',
      'Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)',
    );
  }
  return path;
}

/** A `User` element. */
export function userXml(accountId: string, user: UserRecord): XmlObject {
  return {
    Path: user.path,
    UserName: user.userName,
    UserId: user.userId,
    Arn: arns.user(accountId, user),
    CreateDate: new Date(user.createDate),
  };
}

/** A `Group` element. */
export function groupXml(accountId: string, group: GroupRecord): XmlObject {
  return {
    Path: group.path,
    GroupName: group.groupName,
    GroupId: group.groupId,
    Arn: arns.group(accountId, group),
    CreateDate: new Date(group.createDate),
  };
}

/** A `Role` element; GetRole adds `RoleLastUsed`. */
export function roleXml(accountId: string, role: RoleRecord, { lastUsed = false } = {}): XmlObject {
  return {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: arns.role(accountId, role),
    CreateDate: new Date(role.createDate),
    AssumeRolePolicyDocument: encodePolicyDocument(role.assumeRolePolicyDocument),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    RoleLastUsed: lastUsed
      ? role.lastUsed
        ? { LastUsedDate: new Date(role.lastUsed.date), Region: role.lastUsed.region }
        : {}
      : undefined,
  };
}
