import { describe, expect, it } from 'vitest';
import { callerContext } from './callerContext.js';
import { evaluateTrustPolicy, type TrustedPrincipal } from './evaluateTrustPolicy.js';
import type { PolicyDocument, PolicyStatement } from './types.js';

const accountId = '123456789012';
const roleArn = `arn:aws:iam::${accountId}:role/Admin`;
const alice: TrustedPrincipal = { accountId, arns: [`arn:aws:iam::${accountId}:user/alice`] };
const session: TrustedPrincipal = {
  accountId,
  arns: [`arn:aws:iam::${accountId}:role/Hub`, `arn:aws:sts::${accountId}:assumed-role/Hub/s1`],
};
const stranger: TrustedPrincipal = {
  accountId: '999999999999',
  arns: ['arn:aws:iam::999999999999:user/eve'],
};

const trust = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});
const allow = (principal: PolicyStatement['Principal'], extra: Partial<PolicyStatement> = {}) =>
  ({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }) as PolicyStatement;

const longTermKey = callerContext({ accountId, userName: 'alice' });
const mfaSession = callerContext({ accountId, userName: 'alice', mfaPresent: true, mfaAgeSeconds: 120 });
const assume = (context: Record<string, string>) => ({
  action: 'sts:AssumeRole',
  resource: roleArn,
  context,
});
const mfaRequired = { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } };

describe('evaluateTrustPolicy', () => {
  it('an account principal allows but leaves the decision to the identity policies', () => {
    for (const principal of [`arn:aws:iam::${accountId}:root`, accountId]) {
      const result = evaluateTrustPolicy(
        'Admin',
        trust(allow({ AWS: principal })),
        alice,
        assume(longTermKey),
      );
      expect(result).toMatchObject({ decision: 'allowed', grantsDirectly: false });
    }
  });

  it('a principal named by ARN is granted directly; another ARN is not trusted', () => {
    const named = trust(allow({ AWS: [`arn:aws:iam::${accountId}:user/bob`, alice.arns[0]!] }));
    expect(evaluateTrustPolicy('Admin', named, alice, assume(longTermKey))).toMatchObject({
      decision: 'allowed',
      grantsDirectly: true,
    });
    const other = trust(allow({ AWS: `arn:aws:iam::${accountId}:user/bob` }));
    expect(evaluateTrustPolicy('Admin', other, alice, assume(longTermKey))).toMatchObject({
      decision: 'implicitDeny',
      grantsDirectly: false,
    });
  });

  it('a role session matches its role ARN and its own session ARN, not another role', () => {
    for (const arn of session.arns) {
      const result = evaluateTrustPolicy('Admin', trust(allow({ AWS: arn })), session, assume({}));
      expect(result.grantsDirectly).toBe(true);
    }
    const otherRole = trust(allow({ AWS: `arn:aws:iam::${accountId}:role/Other` }));
    expect(evaluateTrustPolicy('Admin', otherRole, session, assume({})).decision).toBe('implicitDeny');
  });

  it('another account is not trusted by this account; * trusts everyone', () => {
    const own = trust(allow({ AWS: `arn:aws:iam::${accountId}:root` }));
    expect(evaluateTrustPolicy('Admin', own, stranger, assume({})).decision).toBe('implicitDeny');
    expect(evaluateTrustPolicy('Admin', trust(allow('*')), stranger, assume({})).decision).toBe('allowed');
    expect(evaluateTrustPolicy('Admin', trust(allow({ AWS: '*' })), stranger, assume({})).decision).toBe(
      'allowed',
    );
  });

  it('Service principals never match a caller with keys', () => {
    const service = trust(allow({ Service: 'ec2.amazonaws.com' }));
    expect(evaluateTrustPolicy('Admin', service, alice, assume(longTermKey)).decision).toBe('implicitDeny');
  });

  it('Bool aws:MultiFactorAuthPresent true refuses a long-term key and accepts an MFA session', () => {
    const policy = trust(allow({ AWS: `arn:aws:iam::${accountId}:root` }, mfaRequired));
    const refused = evaluateTrustPolicy('Admin', policy, alice, assume(longTermKey));
    expect(refused.decision).toBe('implicitDeny');
    expect(refused.explanation).toContain('statement #1 of the trust policy of role Admin would, but');
    expect(refused.explanation).toContain('aws:MultiFactorAuthPresent');
    expect(evaluateTrustPolicy('Admin', policy, alice, assume(mfaSession)).decision).toBe('allowed');
  });

  it('aws:MultiFactorAuthAge and sts:ExternalId conditions apply', () => {
    const policy = trust(
      allow(
        { AWS: accountId },
        {
          Condition: {
            NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
            StringEquals: { 'sts:ExternalId': 'abc-123' },
          },
        },
      ),
    );
    const withId = (context: Record<string, string>, externalId?: string) =>
      assume(externalId === undefined ? context : { ...context, 'sts:ExternalId': externalId });
    expect(evaluateTrustPolicy('Admin', policy, alice, withId(mfaSession, 'abc-123')).decision).toBe(
      'allowed',
    );
    expect(evaluateTrustPolicy('Admin', policy, alice, withId(mfaSession, 'wrong')).decision).toBe(
      'implicitDeny',
    );
    expect(evaluateTrustPolicy('Admin', policy, alice, withId(mfaSession)).decision).toBe('implicitDeny');
    const stale = callerContext({ accountId, userName: 'alice', mfaPresent: true, mfaAgeSeconds: 7200 });
    expect(evaluateTrustPolicy('Admin', policy, alice, withId(stale, 'abc-123')).decision).toBe(
      'implicitDeny',
    );
  });

  it('a Deny wins over an Allow that names the caller, and keeps its statement number', () => {
    const policy = trust(allow({ AWS: alice.arns[0]! }), {
      Effect: 'Deny',
      Principal: { AWS: accountId },
      Action: 'sts:AssumeRole',
      Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } },
    });
    const result = evaluateTrustPolicy(
      'Admin',
      policy,
      alice,
      assume({ ...longTermKey, 'aws:SourceIp': '203.0.113.9' }),
    );
    expect(result).toMatchObject({ decision: 'explicitDeny', grantsDirectly: false });
    expect(result.explanation).toContain('statement #2 of the trust policy of role Admin');
    const inside = assume({ ...longTermKey, 'aws:SourceIp': '192.0.2.7' });
    expect(evaluateTrustPolicy('Admin', policy, alice, inside)).toMatchObject({
      decision: 'allowed',
      grantsDirectly: true,
    });
  });

  it('NotPrincipal applies to the callers it does not name, without granting directly', () => {
    const policy = trust({
      Effect: 'Allow',
      NotPrincipal: { AWS: `arn:aws:iam::${accountId}:user/bob` },
      Action: 'sts:AssumeRole',
    });
    expect(evaluateTrustPolicy('Admin', policy, alice, assume({}))).toMatchObject({
      decision: 'allowed',
      grantsDirectly: false,
    });
    const bob = { accountId, arns: [`arn:aws:iam::${accountId}:user/bob`] };
    expect(evaluateTrustPolicy('Admin', policy, bob, assume({})).decision).toBe('implicitDeny');
  });

  it('only the actions a statement lists are trusted', () => {
    const policy = trust(allow({ AWS: accountId }, { Action: 'sts:TagSession' }));
    expect(evaluateTrustPolicy('Admin', policy, alice, assume({})).decision).toBe('implicitDeny');
  });
});

describe('callerContext for a role session', () => {
  it('has the role as principal, AROA…:session as userid, and no aws:username', () => {
    const context = callerContext({
      accountId,
      role: {
        roleArn: `arn:aws:iam::${accountId}:role/ops/Admin`,
        roleId: 'AROAEXAMPLE',
        roleSessionName: 's1',
      },
      mfaPresent: true,
      mfaAgeSeconds: 30,
    });
    expect(context).toMatchObject({
      'aws:PrincipalArn': `arn:aws:iam::${accountId}:role/ops/Admin`,
      'aws:PrincipalType': 'AssumedRole',
      'aws:userid': 'AROAEXAMPLE:s1',
      'aws:MultiFactorAuthPresent': 'true',
      'aws:MultiFactorAuthAge': '30',
    });
    expect(context).not.toHaveProperty('aws:username');
  });
});
