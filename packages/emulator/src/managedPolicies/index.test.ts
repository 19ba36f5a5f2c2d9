import { evaluatePolicies } from '@awsmfa/core';
import { describe, expect, it } from 'vitest';
import { awsManagedPolicies } from './index.js';

const decide = (name: string, action: string) => {
  const policy = awsManagedPolicies.get(`arn:aws:iam::aws:policy/${name}`)!;
  return evaluatePolicies(
    [{ name, source: { kind: 'managed', arn: policy.arn, attachedTo: 'user/u' }, document: policy.document }],
    {
      action,
      resource: '*',
      context: { 'aws:username': 'u' },
    },
  ).decision;
};

describe('AWS managed policies', () => {
  it.each([
    ['ReadOnlyAccess', 's3:ListAllMyBuckets', 'allowed'],
    ['ReadOnlyAccess', 'iam:ListUsers', 'allowed'],
    ['ReadOnlyAccess', 's3:PutObject', 'implicitDeny'],
    ['ReadOnlyAccess', 'iam:CreateUser', 'implicitDeny'],
    ['PowerUserAccess', 's3:PutObject', 'allowed'],
    ['PowerUserAccess', 'iam:ListUsers', 'implicitDeny'],
    ['AdministratorAccess', 'iam:CreateUser', 'allowed'],
    ['IAMUserChangePassword', 'iam:GetAccountPasswordPolicy', 'allowed'],
  ])('%s: %s → %s', (name, action, decision) => {
    expect(decide(name, action)).toBe(decision);
  });

  it('ships exactly the four the sandbox documents', () => {
    expect([...awsManagedPolicies.values()].map((p) => p.policyName)).toEqual([
      'AdministratorAccess',
      'PowerUserAccess',
      'ReadOnlyAccess',
      'IAMUserChangePassword',
    ]);
  });
});
