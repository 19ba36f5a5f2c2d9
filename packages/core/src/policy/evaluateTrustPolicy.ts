// A role's trust policy (AssumeRolePolicyDocument) decides who may assume the role. It is a
// resource-based policy: each statement first has to name the caller in `Principal`, then the
// same evaluator as for identity policies decides on action and conditions.
import { evaluatePolicies } from './evaluatePolicies.js';
import type {
  EvaluationResult,
  OneOrMany,
  PolicyDocument,
  PolicyStatement,
  PrincipalBlock,
  RequestContext,
} from './types.js';

/** The caller of AssumeRole as a trust policy's `Principal` sees them. */
export interface TrustedPrincipal {
  accountId: string;
  /**
   * The ARNs that name the caller: an IAM user's ARN; for a role session its role's ARN and its
   * `arn:aws:sts::…:assumed-role/Role/session` ARN.
   */
  arns: readonly string[];
}

/** How a statement's `Principal` covers the caller. */
type PrincipalMatch = 'named' | 'account' | undefined;

/** A trust policy's decision, and whether it grants access on its own. */
export interface TrustEvaluation extends EvaluationResult {
  /**
   * True when an Allow that matched names the caller by ARN (or `*`): within the account that is
   * enough. False when the matching Allow trusts only the account (`arn:aws:iam::ACCOUNT:root` or
   * `ACCOUNT`), which delegates to the account: the caller's identity policies must allow too.
   */
  grantsDirectly: boolean;
}

const list = <T>(value: OneOrMany<T> | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as T];

function principalMatch(block: PrincipalBlock | undefined, principal: TrustedPrincipal): PrincipalMatch {
  if (block === undefined) return undefined;
  if (block === '*') return 'named';
  if (typeof block !== 'object' || block === null) return undefined;
  let match: PrincipalMatch;
  // Service and Federated principals never match a caller with access keys.
  for (const value of list(block.AWS).map(String)) {
    if (value === '*' || principal.arns.includes(value)) return 'named';
    if (value === principal.accountId || value === `arn:aws:iam::${principal.accountId}:root`) {
      match = 'account';
    }
  }
  return match;
}

/** A statement that can never apply: it keeps the others' positions for "statement #N". */
const inert = (statement: PolicyStatement): PolicyStatement => ({
  ...(statement.Sid === undefined ? {} : { Sid: statement.Sid }),
  Effect: statement.Effect === 'Deny' ? 'Deny' : 'Allow',
  NotAction: '*',
  Resource: '*',
});

/**
 * Decides whether `principal` may perform `request.action` (e.g. `sts:AssumeRole`) on the role
 * `roleName` under its trust policy: statements whose `Principal` names the caller (or whose
 * `NotPrincipal` does not) are evaluated with IAM's logic, explicit Deny first.
 *
 * @example
 * evaluateTrustPolicy('Admin', trust, { accountId: '123456789012', arns: ['arn:aws:iam::123456789012:user/alice'] }, {
 *   action: 'sts:AssumeRole', resource: 'arn:aws:iam::123456789012:role/Admin', context: { 'aws:MultiFactorAuthPresent': 'true' },
 * }).decision // 'allowed'
 */
export function evaluateTrustPolicy(
  roleName: string,
  document: PolicyDocument,
  principal: TrustedPrincipal,
  request: RequestContext,
): TrustEvaluation {
  const matches: PrincipalMatch[] = [];
  const statements = list(document?.Statement).map((statement) => {
    const { Principal, NotPrincipal, Resource: _resource, NotResource: _notResource, ...rest } = statement;
    let match: PrincipalMatch;
    if (Principal !== undefined) match = principalMatch(Principal, principal);
    else if (NotPrincipal !== undefined) {
      // NotPrincipal applies to everyone it does not name; that trusts no one in particular.
      match = principalMatch(NotPrincipal, principal) === undefined ? 'account' : undefined;
    }
    matches.push(match);
    // A trust policy has no Resource: the role itself is the resource.
    return match === undefined ? inert(statement) : { ...rest, Resource: '*' };
  });
  const result = evaluatePolicies(
    [
      {
        name: 'trust policy',
        source: { kind: 'trust', roleName },
        document: { ...document, Statement: statements },
      },
    ],
    request,
  );
  const grantsDirectly =
    result.decision === 'allowed' &&
    result.matched.some((statement) => statement.effect === 'Allow' && matches[statement.index] === 'named');
  return { ...result, grantsDirectly };
}
