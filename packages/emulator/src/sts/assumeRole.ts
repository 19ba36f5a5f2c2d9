// STS AssumeRole: both sides must agree, as in AWS. The role's trust policy must trust the caller
// (with its conditions: MFA, MFA age, external id, source IP), and unless it names the caller
// directly, the caller's own identity policies must allow sts:AssumeRole on the role.
import { denialMessage, evaluatePolicies, evaluateTrustPolicy, type PolicyDocument } from '@awsmfa/core';
import type { ActionRequest, QueryAction, Runtime } from '../action.js';
import { callerPolicies, requestContext } from '../authorize.js';
import { type Caller, callerArn } from '../caller.js';
import { ServiceError, validationError } from '../serviceError.js';
import { arns, type RoleRecord } from '../state.js';
import { checkMfaCode } from './checkMfaCode.js';
import { issueSession } from './issueSession.js';
import { sessionDuration } from './sessionDuration.js';

/** AWS caps a role session obtained with temporary credentials ("role chaining") at one hour. */
const chainedMaxDuration = 3600;

function checkLength(value: string, member: string, min: number, max: number): string {
  if (value.length < min) {
    throw validationError(value, member, `Member must have length greater than or equal to ${min}`);
  }
  if (value.length > max) {
    throw validationError(value, member, `Member must have length less than or equal to ${max}`);
  }
  return value;
}

/** A name-like parameter: its length, then AWS's pattern (shown in the message as AWS writes it). */
function checkPattern(value: string, member: string, [min, max]: [number, number], pattern: string): string {
  checkLength(value, member, min, max);
  if (!new RegExp(`^${pattern}$`).test(value)) {
    throw validationError(value, member, `Member must satisfy regular expression pattern: ${pattern}`);
  }
  return value;
}

/**
 * The role `roleArn` names, when it exists (the ARN's path must match too), and the account
 * holding it: this one, or another account of the organization (the cross-account role).
 */
function findAssumableRole(
  r: ActionRequest,
  roleArn: string,
): { role: RoleRecord; account: Runtime } | undefined {
  const name = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  const account = name ? r.runtime.accounts.get(name[1]!) : undefined;
  if (!name || !account) return undefined;
  const role = account.state.roles[name[2]!];
  return role && arns.role(account.accountId, role) === roleArn ? { role, account } : undefined;
}

/** The ARNs a trust policy may name the caller by. */
function principalArns(accountId: string, caller: Caller): string[] {
  return caller.kind === 'user'
    ? [arns.user(accountId, caller.user)]
    : [arns.role(accountId, caller.role), callerArn(accountId, caller)];
}

/** The user whose MFA device may sign this AssumeRole: the caller, or the user its role chain began with. */
const mfaUserName = (caller: Caller) =>
  caller.kind === 'user' ? caller.user.userName : caller.session.sourceUserName;

export const assumeRole: QueryAction = {
  // No `permission`: the decision needs the role's trust policy as well, so the action makes it.
  run(r) {
    const { runtime, caller, now } = r;
    const { accountId } = runtime;
    const roleArn = checkLength(r.params.required('RoleArn'), 'roleArn', 20, 2048);
    if (!/^arn:[^:]+:[^:]*:[^:]*:[^:]*:.+$/.test(roleArn)) {
      throw new ServiceError('ValidationError', 'Request ARN is invalid', 400);
    }
    const sessionName = checkPattern(
      r.params.required('RoleSessionName'),
      'roleSessionName',
      [2, 64],
      '[\\w+=,.@-]*',
    );
    const externalId = r.params.get('ExternalId');
    if (externalId !== undefined) {
      checkPattern(externalId, 'externalId', [2, 1224], '[\\w+=,.@:\\/-]*');
    }
    const requested = r.params.integer('DurationSeconds');
    const duration = sessionDuration(r.params, { minimum: 900, maximum: 43_200, fallback: 3600 });
    // A code given here is MFA for this request, whatever the credentials that sign it.
    const mfaNow = checkMfaCode(r, mfaUserName(caller));

    const context: Record<string, string> = {
      ...requestContext(accountId, runtime.region, caller, r.sourceIp, now),
      'sts:RoleSessionName': sessionName,
      ...(externalId === undefined ? {} : { 'sts:ExternalId': externalId }),
      ...(mfaNow ? { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '0' } : {}),
    };
    const request = { action: 'sts:AssumeRole', resource: roleArn, context };
    const who = callerArn(accountId, caller);
    const refused = () =>
      new ServiceError(
        'AccessDenied',
        `User: ${who} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
        403,
      );
    const identity = evaluatePolicies(callerPolicies(runtime.state, caller), request);
    if (identity.decision === 'explicitDeny') {
      throw new ServiceError('AccessDenied', denialMessage(who, request.action, roleArn, identity), 403);
    }
    // A role that does not exist is refused like one that does not trust the caller: AWS does not
    // tell who may assume what.
    const found = findAssumableRole(r, roleArn);
    if (!found) throw refused();
    const { role, account } = found;
    const trust = evaluateTrustPolicy(
      role.roleName,
      JSON.parse(role.assumeRolePolicyDocument) as PolicyDocument,
      { accountId, arns: principalArns(accountId, caller) },
      request,
    );
    if (trust.decision !== 'allowed') throw refused();
    // Across accounts both sides must always allow it; a trust policy naming the caller suffices
    // only within its own account.
    const crossAccount = account.accountId !== accountId;
    if ((crossAccount || !trust.grantsDirectly) && identity.decision !== 'allowed') {
      throw new ServiceError('AccessDenied', denialMessage(who, request.action, roleArn, identity), 403);
    }

    if (caller.session && requested !== undefined && requested > chainedMaxDuration) {
      throw new ServiceError(
        'ValidationError',
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
        400,
      );
    }
    if (duration > role.maxSessionDuration) {
      throw new ServiceError(
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        400,
      );
    }

    const carried = !mfaNow && caller.session?.mfaAuthenticated === true ? caller.session : undefined;
    role.lastUsed = { date: now.toISOString(), region: runtime.region };
    return {
      // The session belongs to the role's account: its requests are that account's.
      Credentials: issueSession(account.state, now, duration, {
        roleName: role.roleName,
        roleId: role.roleId,
        roleSessionName: sessionName,
        ...(mfaUserName(caller) === undefined ? {} : { sourceUserName: mfaUserName(caller) }),
        sourceAccessKeyId: caller.accessKeyId,
        mfaAuthenticated: mfaNow || carried !== undefined,
        // The MFA of the session that signs this request keeps its authentication time.
        ...(carried ? { mfaAuthenticatedAt: carried.mfaAuthenticatedAt ?? carried.issuedAt } : {}),
      }),
      AssumedRoleUser: {
        AssumedRoleId: `${role.roleId}:${sessionName}`,
        Arn: arns.assumedRole(account.accountId, role.roleName, sessionName),
      },
    };
  },
};
