// The policy simulator: SimulatePrincipalPolicy and SimulateCustomPolicy, evaluated by core's
// evaluator with the caller-supplied ContextEntries.
import { evaluatePolicies, type NamedPolicy, type PolicySource } from '@awsmfa/core';
import type { ActionRequest, ActionTable } from '../action.js';
import { groupPolicies, identityPolicies, principalContext, rolePolicies } from '../authorize.js';
import type { QueryParams } from '../queryParams.js';
import { ServiceError } from '../serviceError.js';
import type { XmlObject } from '../xml.js';
import { findGroup, findRole, findUser } from './entities.js';
import { paginate } from './paginate.js';
import { parsePolicyDocument } from './policyDocuments.js';

const listTypes = new Set(['stringList', 'numericList', 'booleanList', 'ipList', 'binaryList', 'dateList']);

/** `ContextEntries.member.N` → condition keys; list types keep every value. */
function contextEntries(params: QueryParams): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = {};
  for (const entry of params.structures('ContextEntries')) {
    const name = entry.get('ContextKeyName');
    if (name === undefined) continue;
    const values = entry.list('ContextKeyValues');
    context[name] = listTypes.has(entry.get('ContextKeyType') ?? '') ? values : (values[0] ?? '');
  }
  return context;
}

function policyInputs(params: QueryParams): NamedPolicy[] {
  return params.list('PolicyInputList').map((text, i) => ({
    name: `PolicyInputList.${i + 1}`,
    source: { kind: 'custom' },
    document: parsePolicyDocument(text),
  }));
}

/** IAM's SourcePolicyType for where a policy came from. */
function sourcePolicyType(source: PolicySource): string {
  switch (source.kind) {
    case 'user-inline':
      return 'user';
    case 'group-inline':
      return 'group';
    case 'role-inline':
      return 'role';
    case 'trust':
      return 'resource';
    case 'managed':
      return source.arn.startsWith('arn:aws:iam::aws:') ? 'aws-managed' : 'user-managed';
    case 'custom':
      return 'IAM Policy';
  }
}

function simulate(
  request: ActionRequest,
  policies: NamedPolicy[],
  params: QueryParams,
  baseContext: Record<string, string>,
): XmlObject {
  const actions = params.list('ActionNames');
  if (actions.length === 0) {
    throw new ServiceError(
      'ValidationError',
      "1 validation error detected: Value null at 'actionNames' failed to satisfy constraint: Member must not be null",
      400,
    );
  }
  const resources = params.list('ResourceArns');
  const context = { ...baseContext, ...contextEntries(params) };
  const results = actions.flatMap((action) =>
    (resources.length > 0 ? resources : ['*']).map((resource) => {
      const result = evaluatePolicies(policies, { action, resource, context });
      return {
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: result.decision,
        MatchedStatements: result.matched.map((m) => ({
          SourcePolicyId: m.policy,
          SourcePolicyType: sourcePolicyType(m.source),
        })),
        MissingContextValues: [],
      };
    }),
  );
  // Results come in request order; the zero-padded index keeps that order as the paging key.
  const indexed = results.map((result, index) => ({ key: String(index).padStart(8, '0'), result }));
  const { items, ...page } = paginate(request, 'Simulate', indexed, (entry) => entry.key);
  return { EvaluationResults: items.map((entry) => entry.result), ...page };
}

/** The identity policies of the user, group or role named by `PolicySourceArn`, and its principal keys. */
function sourcePolicies(r: ActionRequest): { policies: NamedPolicy[]; context: Record<string, string> } {
  const arn = r.params.required('PolicySourceArn');
  const { state, accountId } = r.runtime;
  const match = /^arn:aws:iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!match || match[1] !== accountId) {
    throw new ServiceError('InvalidInput', `Invalid Entity Arn: ${arn} does not clear format check.`, 400);
  }
  if (match[2] === 'user') {
    const user = findUser(state, match[3]!);
    // Convenience over AWS: the user's own aws:username/userid/PrincipalArn are filled in, so
    // `${aws:username}` resolves without a ContextEntry. ContextEntries still win.
    return { policies: identityPolicies(state, user), context: principalContext(accountId, user) };
  }
  if (match[2] === 'role') return { policies: rolePolicies(state, findRole(state, match[3]!)), context: {} };
  return { policies: groupPolicies(state, findGroup(state, match[3]!)), context: {} };
}

export const simulateActions: ActionTable = {
  SimulatePrincipalPolicy: {
    permission: 'iam:SimulatePrincipalPolicy',
    resource: (r) => r.params.required('PolicySourceArn'),
    run(r) {
      const { policies, context } = sourcePolicies(r);
      return simulate(r, [...policies, ...policyInputs(r.params)], r.params, context);
    },
  },

  SimulateCustomPolicy: {
    permission: 'iam:SimulateCustomPolicy',
    resource: () => '*',
    run(r) {
      const policies = policyInputs(r.params);
      if (policies.length === 0) {
        throw new ServiceError(
          'ValidationError',
          "1 validation error detected: Value null at 'policyInputList' failed to satisfy constraint: Member must not be null",
          400,
        );
      }
      return simulate(r, policies, r.params, {});
    },
  },
};
