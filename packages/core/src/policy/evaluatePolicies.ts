// IAM's policy evaluation logic for the identity-based policies of one principal (no resource
// policies, boundaries, SCPs or session policies): an explicit Deny in any statement wins, then an
// Allow, and without either the request is implicitly denied.
import { type ConditionOutcome, evaluateConditions } from './conditions.js';
import { contextLookup } from './contextLookup.js';
import { describePolicySource } from './describePolicySource.js';
import { matchAction } from './matchAction.js';
import { matchResource } from './matchResource.js';
import type {
  EvaluationResult,
  MatchedStatement,
  NamedPolicy,
  OneOrMany,
  PolicyStatement,
  RequestContext,
} from './types.js';

const list = <T>(value: OneOrMany<T> | undefined): readonly T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value as T];

interface StatementOutcome {
  statement: MatchedStatement;
  /** Action and resource both apply to the request. */
  applies: boolean;
  conditions: { holds: boolean; outcomes: ConditionOutcome[] };
}

function evaluateStatement(
  policy: NamedPolicy,
  statement: PolicyStatement,
  index: number,
  request: RequestContext,
  context: ReturnType<typeof contextLookup>,
): StatementOutcome | undefined {
  if (statement === null || typeof statement !== 'object') return undefined;
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') return undefined;
  // Version 2008-10-17 (or none) predates policy variables: `${…}` is then plain text.
  const policyVariables = policy.document.Version === '2012-10-17';
  const strings = (value: OneOrMany<string> | undefined) => list(value)?.map(String);
  const actions = strings(statement.Action);
  const notActions = strings(statement.NotAction);
  const resources = strings(statement.Resource);
  const notResources = strings(statement.NotResource);
  if (
    statement.Condition !== undefined &&
    (typeof statement.Condition !== 'object' || statement.Condition === null)
  ) {
    return undefined;
  }
  // A statement needs exactly one of Action/NotAction and one of Resource/NotResource; IAM
  // refuses other shapes, so a malformed one never applies.
  if ((actions === undefined) === (notActions === undefined)) return undefined;
  if ((resources === undefined) === (notResources === undefined)) return undefined;
  const actionApplies = actions
    ? matchAction(actions, request.action)
    : !matchAction(notActions!, request.action);
  // Resources only matter once the action applies (and resolving policy variables costs).
  const applies =
    actionApplies &&
    (resources
      ? matchResource(resources, request.resource, context, policyVariables)
      : !matchResource(notResources!, request.resource, context, policyVariables));
  return {
    statement: {
      policy: policy.name,
      source: policy.source,
      sid: statement.Sid,
      index,
      effect: statement.Effect,
    },
    applies,
    conditions: applies
      ? evaluateConditions(statement.Condition, context, policyVariables)
      : { holds: false, outcomes: [] },
  };
}

/** `statement BlockMost… of group MyUsers inline policy MyUsersPolicy` (`statement #2` without a Sid). */
function describeStatement(statement: MatchedStatement): string {
  const name = statement.sid ? statement.sid : `#${statement.index + 1}`;
  return `statement ${name} of ${describePolicySource({ name: statement.policy, source: statement.source })}`;
}

/** `a`, `a and b`, `a, b and c`. */
function joinReasons(reasons: readonly string[]): string {
  if (reasons.length <= 1) return reasons.join('');
  return `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1)}`;
}

function why(outcome: StatementOutcome, request: RequestContext): string {
  const { outcomes } = outcome.conditions;
  if (outcomes.length === 0) {
    const verb = outcome.statement.effect === 'Deny' ? 'denies' : 'allows';
    return `it ${verb} ${request.action} on ${request.resource} without conditions`;
  }
  return joinReasons(outcomes.map((condition) => condition.reason));
}

/**
 * Decides one request against a principal's identity-based policies with IAM's documented logic:
 * explicit Deny > Allow > implicit deny. `decidingStatement` is the first matching Deny, else the
 * first matching Allow; `explanation` is one sentence naming the policy, statement and reasons.
 *
 * @example
 * evaluatePolicies([myUsersPolicy, powerUserAccess], {
 *   action: 's3:ListAllMyBuckets',
 *   resource: 'arn:aws:s3:::*',
 *   context: { 'aws:username': 'cli-user', 'aws:SourceIp': '203.0.113.9', 'aws:ViaAWSService': 'false' },
 * }).decision // 'explicitDeny'
 */
export function evaluatePolicies(
  policies: readonly NamedPolicy[],
  request: RequestContext,
): EvaluationResult {
  const context = contextLookup(request.context);
  const outcomes: StatementOutcome[] = [];
  for (const policy of policies) {
    const statements = list(policy.document?.Statement) ?? [];
    statements.forEach((statement, index) => {
      const outcome = evaluateStatement(policy, statement, index, request, context);
      if (outcome) outcomes.push(outcome);
    });
  }
  const matching = outcomes.filter((outcome) => outcome.applies && outcome.conditions.holds);
  const matched = matching.map((outcome) => outcome.statement);
  const deny = matching.find((outcome) => outcome.statement.effect === 'Deny');
  if (deny) {
    return {
      decision: 'explicitDeny',
      decidingStatement: deny.statement,
      matched,
      explanation: `Denied explicitly by ${describeStatement(deny.statement)}: ${why(deny, request)}.`,
    };
  }
  const allow = matching.find((outcome) => outcome.statement.effect === 'Allow');
  if (allow) {
    let explanation = `Allowed by ${describeStatement(allow.statement)}: ${why(allow, request)}`;
    // Say why a Deny that covers the action did not apply: usually the interesting part (MFA, trusted IP).
    const sparedBy = outcomes.find((outcome) => outcome.applies && outcome.statement.effect === 'Deny');
    if (sparedBy) {
      const failed = sparedBy.conditions.outcomes
        .filter((condition) => !condition.holds)
        .map((c) => c.reason);
      explanation = `${explanation}; ${describeStatement(sparedBy.statement)} does not deny it because ${joinReasons(failed)}`;
    }
    return {
      decision: 'allowed',
      decidingStatement: allow.statement,
      matched,
      explanation: `${explanation}.`,
    };
  }
  let explanation = `Denied implicitly: no statement allows ${request.action} on ${request.resource}`;
  if (policies.length === 0) explanation = `${explanation} (the principal has no identity-based policies)`;
  const nearMiss = outcomes.find((outcome) => outcome.applies && outcome.statement.effect === 'Allow');
  if (nearMiss) {
    const failed = nearMiss.conditions.outcomes.filter((condition) => !condition.holds).map((c) => c.reason);
    explanation = `${explanation}; ${describeStatement(nearMiss.statement)} would, but ${joinReasons(failed)}`;
  }
  return { decision: 'implicitDeny', decidingStatement: undefined, matched, explanation: `${explanation}.` };
}
