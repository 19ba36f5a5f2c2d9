// IAM's policy evaluation logic for the identity-based policies of one principal (no resource
// policies, boundaries, SCPs or session policies): an explicit Deny in any statement wins, then an
// Allow, and without either the request is implicitly denied.

import { policyText } from '../messages/en/policy.js';
import type { Message } from '../messages/message.js';
import { type ConditionOutcome, evaluateConditions } from './conditions.js';
import { contextLookup } from './contextLookup.js';
import { policySourceText } from './describePolicySource.js';
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
function describeStatement(statement: MatchedStatement): Message {
  const name = statement.sid ? statement.sid : `#${statement.index + 1}`;
  return policyText.statement({
    name,
    policy: policySourceText({ name: statement.policy, source: statement.source }),
  });
}

/** `a`, `a and b`, `a, b and c`. */
function joinReasons(reasons: readonly ConditionOutcome[]): Message {
  return policyText.reasons({ reasons: reasons.map((condition) => condition.reasonText) });
}

function why(outcome: StatementOutcome, request: RequestContext): Message {
  const { outcomes } = outcome.conditions;
  if (outcomes.length === 0) {
    const deny = outcome.statement.effect === 'Deny';
    return policyText.withoutConditions({ deny, action: request.action, resource: request.resource });
  }
  return joinReasons(outcomes);
}

function result(
  decision: EvaluationResult['decision'],
  decidingStatement: MatchedStatement | undefined,
  matched: MatchedStatement[],
  explanation: Message,
): EvaluationResult {
  return {
    decision,
    decidingStatement,
    matched,
    explanation: explanation.english,
    explanationText: explanation,
  };
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
    const explanation = policyText.deniedExplicitly({
      statement: describeStatement(deny.statement),
      why: why(deny, request),
    });
    return result('explicitDeny', deny.statement, matched, explanation);
  }
  const failed = (outcome: StatementOutcome) =>
    joinReasons(outcome.conditions.outcomes.filter((condition) => !condition.holds));
  const allow = matching.find((outcome) => outcome.statement.effect === 'Allow');
  if (allow) {
    // Say why a Deny that covers the action did not apply: usually the interesting part (MFA, trusted IP).
    const sparedBy = outcomes.find((outcome) => outcome.applies && outcome.statement.effect === 'Deny');
    const explanation = policyText.allowed({
      statement: describeStatement(allow.statement),
      why: why(allow, request),
      sparedBy: sparedBy && describeStatement(sparedBy.statement),
      because: sparedBy && failed(sparedBy),
    });
    return result('allowed', allow.statement, matched, explanation);
  }
  const nearMiss = outcomes.find((outcome) => outcome.applies && outcome.statement.effect === 'Allow');
  const explanation = policyText.deniedImplicitly({
    action: request.action,
    resource: request.resource,
    noPolicies: policies.length === 0,
    nearMiss: nearMiss && describeStatement(nearMiss.statement),
    but: nearMiss && failed(nearMiss),
  });
  return result('implicitDeny', undefined, matched, explanation);
}
