import { describe, expect, it } from 'vitest';
import { awsErrorCode, grantingPolicy, iamError } from './iamCall.js';

const sdkError = (name: string, message = 'm', status = 400) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

const call = { action: 'iam:PutGroupPolicy', target: 'group MyUsers' };

describe(iamError.name, () => {
  it.each([
    ['AccessDenied', 'ACCESS_DENIED', 'IAM denied iam:PutGroupPolicy on group MyUsers.'],
    ['NoSuchEntityException', 'NOT_FOUND', 'Group MyUsers does not exist.'],
    ['LimitExceededException', 'CONFLICT', 'IAM refused iam:PutGroupPolicy on group MyUsers: m'],
    ['MalformedPolicyDocumentException', 'POLICY_INVALID', 'IAM rejected the policy for group MyUsers: m'],
    [
      'InvalidClientTokenId',
      'CREDENTIALS_INVALID',
      'AWS rejected the access key while calling iam:PutGroupPolicy.',
    ],
    ['ServiceFailureException', 'SERVICE_ERROR', 'IAM failed on iam:PutGroupPolicy: m'],
  ])('%s becomes %s naming what was asked', (name, code, message) => {
    const error = iamError(call, sdkError(name));
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('a denied call names the managed policy that grants it', () => {
    expect(iamError(call, sdkError('AccessDenied', '', 403)).hint).toMatch(
      /^attach IAMFullAccess \(or a policy allowing iam:PutGroupPolicy\)/,
    );
    expect(
      iamError(
        { action: 'iam:SimulatePrincipalPolicy', target: 'group G' },
        sdkError('AccessDenied', '', 403),
      ).hint,
    ).toMatch(/^attach IAMReadOnlyAccess/);
  });

  it('a refused connection is ENDPOINT_UNREACHABLE, an unknown 5xx SERVICE_ERROR', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(iamError(call, refused).code).toBe('ENDPOINT_UNREACHABLE');
    expect(iamError(call, sdkError('Weird', 'boom', 503)).code).toBe('SERVICE_ERROR');
  });
});

describe(grantingPolicy.name, () => {
  it.each([
    ['iam:GetGroupPolicy', 'IAMReadOnlyAccess'],
    ['iam:ListAttachedGroupPolicies', 'IAMReadOnlyAccess'],
    ['iam:SimulateCustomPolicy', 'IAMReadOnlyAccess'],
    // IAMReadOnlyAccess grants iam:GenerateCredentialReport (the audit's first call) too.
    ['iam:GenerateCredentialReport', 'IAMReadOnlyAccess'],
    ['iam:GetAccountAuthorizationDetails', 'IAMReadOnlyAccess'],
    ['iam:PutGroupPolicy', 'IAMFullAccess'],
    ['iam:CreateAccessKey', 'IAMFullAccess'],
  ])('%s → %s', (action, policy) => {
    expect(grantingPolicy(action)).toBe(policy);
  });
});

describe(awsErrorCode.name, () => {
  it('strips the SDK suffix and prefers the wire Code', () => {
    expect(awsErrorCode(sdkError('NoSuchEntityException'))).toBe('NoSuchEntity');
    expect(awsErrorCode(Object.assign(new Error(''), { name: 'X', Code: 'AccessDenied' }))).toBe(
      'AccessDenied',
    );
    expect(awsErrorCode('nope')).toBeUndefined();
  });
});
