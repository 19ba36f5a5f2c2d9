// Authorization: the caller's identity policies, the request's condition keys, and core's IAM
// evaluator. The evaluator lives in @awsmfa/core so `awsmfa policy simulate` runs the same code.
import {
  callerContext,
  type Decision,
  denialMessage,
  evaluatePolicies,
  type NamedPolicy,
  type PolicyDocument,
  type PolicySource,
  type RequestContext,
} from '@awsmfa/core';
import { type Caller, callerArn } from './caller.js';
import { lookupPolicy } from './iam/policyCatalog.js';
import { ServiceError } from './serviceError.js';
import {
  arns,
  type GroupRecord,
  type InlinePolicies,
  type RoleRecord,
  type State,
  type UserRecord,
} from './state.js';
import { stateIndex } from './stateIndex.js';

/** Every identity-based policy in force for `user`: its own, then those of its groups. */
export function identityPolicies(state: State, user: UserRecord): NamedPolicy[] {
  const policies = inlinePolicies(user.inlinePolicies, { kind: 'user-inline', userName: user.userName });
  policies.push(...managedPolicies(state, user.attachedPolicies, `user/${user.userName}`));
  for (const group of stateIndex(state).groupsOf(user.userName))
    policies.push(...groupPolicies(state, group));
  return policies;
}

/** The policies of one group: its inline policies, then its attached managed ones. */
export function groupPolicies(state: State, group: GroupRecord): NamedPolicy[] {
  return [
    ...inlinePolicies(group.inlinePolicies, { kind: 'group-inline', groupName: group.groupName }),
    ...managedPolicies(state, group.attachedPolicies, `group/${group.groupName}`),
  ];
}

/** The permissions policies of a role, which its sessions get: inline, then attached managed ones. */
export function rolePolicies(state: State, role: RoleRecord): NamedPolicy[] {
  return [
    ...inlinePolicies(role.inlinePolicies, { kind: 'role-inline', roleName: role.roleName }),
    ...managedPolicies(state, role.attachedPolicies, `role/${role.roleName}`),
  ];
}

/** The identity-based policies in force for a caller: its user's, or its role's. */
export function callerPolicies(state: State, caller: Caller): NamedPolicy[] {
  return caller.kind === 'user' ? identityPolicies(state, caller.user) : rolePolicies(state, caller.role);
}

function inlinePolicies(policies: InlinePolicies, source: PolicySource): NamedPolicy[] {
  return Object.entries(policies).map(([name, text]) => ({ name, source, document: parse(text) }));
}

function managedPolicies(state: State, attached: readonly string[], attachedTo: string): NamedPolicy[] {
  const policies: NamedPolicy[] = [];
  for (const arn of attached) {
    const policy = lookupPolicy(state, arn);
    if (policy) {
      policies.push({
        name: policy.policyName,
        source: { kind: 'managed', arn, attachedTo },
        document: policy.document,
      });
    }
  }
  return policies;
}

function parse(text: string): PolicyDocument {
  return JSON.parse(text) as PolicyDocument;
}

/** Facts about the principal: the `aws:` keys that depend on who calls, not on how. */
export function principalContext(accountId: string, user: UserRecord): Record<string, string> {
  return {
    'aws:username': user.userName,
    'aws:userid': user.userId,
    'aws:PrincipalArn': arns.user(accountId, user),
    'aws:PrincipalAccount': accountId,
    'aws:PrincipalType': 'User',
  };
}

/** The global condition keys AWS sets for a request by `caller` from `sourceIp` at `now`. */
export function requestContext(
  accountId: string,
  region: string,
  caller: Caller,
  sourceIp: string,
  now: Date,
): Record<string, string> {
  const { session } = caller;
  const facts = {
    accountId,
    sourceIp,
    // Long-term keys carry no aws:MultiFactorAuthPresent at all (hence BoolIfExists in MFA
    // policies); session credentials carry it, true or false.
    mfaPresent: session?.mfaAuthenticated,
    mfaAgeSeconds: session
      ? (now.getTime() - Date.parse(session.mfaAuthenticatedAt ?? session.issuedAt)) / 1000
      : undefined,
    tokenIssueTime: session ? new Date(session.issuedAt) : undefined,
    now,
    // The emulator speaks plain HTTP.
    secureTransport: false,
  };
  if (caller.kind === 'role') {
    const { role } = caller;
    return {
      ...callerContext({
        ...facts,
        role: {
          roleArn: arns.role(accountId, role),
          roleId: role.roleId,
          roleSessionName: caller.session.roleSessionName,
        },
      }),
      'aws:RequestedRegion': region,
    };
  }
  return {
    ...callerContext({ ...facts, userName: caller.user.userName, userId: caller.user.userId }),
    ...principalContext(accountId, caller.user),
    'aws:RequestedRegion': region,
  };
}

/**
 * Throws AWS's `AccessDenied` unless the caller's identity policies allow `request`. Query services
 * name the principal, action, resource and reason; S3 says only "Access Denied". The decision is
 * also written to `trace`, for the request log.
 */
export function authorize(
  state: State,
  caller: Caller,
  request: RequestContext,
  service: string,
  accountId: string,
  trace?: { decision?: Decision },
): void {
  const result = evaluatePolicies(callerPolicies(state, caller), request);
  if (trace) trace.decision = result.decision;
  if (result.decision === 'allowed') return;
  if (service === 's3') throw new ServiceError('AccessDenied', 'Access Denied', 403);
  throw new ServiceError(
    'AccessDenied',
    denialMessage(callerArn(accountId, caller), request.action, request.resource, result),
    403,
  );
}
