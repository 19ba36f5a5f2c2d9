import { describe, expect, it } from 'vitest';
import { buildMfaPolicy } from './buildMfaPolicy.js';
import { powerUserAccessPolicy } from './managed/powerUserAccess.js';
import { assertValidPolicyDocument, policyDocumentProblems } from './validatePolicyDocument.js';

const statement = (extra: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', ...extra }],
});

describe(policyDocumentProblems.name, () => {
  it('accepts_the_generated_and_managed_policies', () => {
    expect(policyDocumentProblems(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] }))).toEqual([]);
    expect(policyDocumentProblems(powerUserAccessPolicy.document)).toEqual([]);
    expect(
      policyDocumentProblems({ Statement: { Effect: 'Deny', NotAction: 'iam:*', NotResource: ['*'] } }),
    ).toEqual([]);
  });
  it.each<[string, unknown, string]>([
    ['not_an_object', '[]', 'the policy document is not a JSON object'],
    [
      'bad_version',
      { Version: '2012-10-18', Statement: [] },
      'Version must be "2012-10-17" (or the old "2008-10-17")',
    ],
    ['no_statement', { Version: '2012-10-17' }, 'the document has no Statement'],
    ['unknown_top_level', { Statment: [] }, 'unknown top-level element "Statment"'],
    [
      'bad_effect',
      { Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] },
      'Statement 1: Effect must be "Allow" or "Deny"',
    ],
    [
      'action_and_not_action',
      statement({ Action: '*', NotAction: 'iam:*', Resource: '*' }),
      'Statement 1: needs exactly one of Action and NotAction',
    ],
    ['no_resource', statement({ Action: '*' }), 'Statement 1: needs exactly one of Resource and NotResource'],
    [
      'empty_action_list',
      statement({ Action: [], Resource: '*' }),
      'Statement 1: Action must be a string or a list of strings',
    ],
    [
      'principal_in_identity_policy',
      statement({ Principal: '*', Action: '*', Resource: '*' }),
      'Statement 1: Principal does not belong in an identity-based policy',
    ],
    [
      'misspelt_operator',
      statement({
        Sid: 'X',
        Action: '*',
        Resource: '*',
        Condition: { BoolIfExist: { 'aws:MultiFactorAuthPresent': 'false' } },
      }),
      'Statement 1 (X): "BoolIfExist" is not a condition operator',
    ],
    [
      'condition_not_object',
      statement({ Action: '*', Resource: '*', Condition: 'yes' }),
      'Statement 1: Condition must be an object',
    ],
    [
      'condition_value_object',
      statement({ Action: '*', Resource: '*', Condition: { Bool: { k: { v: 1 } } } }),
      'Statement 1: Bool k must be a value or a non-empty list of values',
    ],
  ])('%s', (_name, document, problem) => {
    expect(policyDocumentProblems(document)).toContain(problem);
  });
});

describe(assertValidPolicyDocument.name, () => {
  it('throws_policy_invalid_with_the_first_problem', () => {
    expect(() =>
      assertValidPolicyDocument({ Statement: [{ Effect: 'Maybe' }] }, 'Inline policy P of group G'),
    ).toThrow('Inline policy P of group G is malformed: Statement 1: Effect must be "Allow" or "Deny".');
  });
  it('passes_valid_documents', () => {
    expect(() => assertValidPolicyDocument(buildMfaPolicy({ trustedCidrs: [] }))).not.toThrow();
  });
});
