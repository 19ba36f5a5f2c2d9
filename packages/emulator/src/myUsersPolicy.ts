// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${aws:username}` is IAM policy-variable text, not a template.
import type { PolicyDocument, PolicyStatement } from '@awsmfa/core';

/**
 * The seed article's inline policy "MyUsersPolicy" (AWS's "self-manage an MFA device" example):
 * users may enroll their own virtual MFA device, and everything else is denied unless the request
 * carries MFA. With `trustedCidrs`, requests from those addresses are exempt (`NotIpAddress
 * aws:SourceIp`), as in the article's step 5-4.
 *
 * @example myUsersPolicyDocument(['203.0.113.0/24'])
 */
export function myUsersPolicyDocument(trustedCidrs: readonly string[] = []): PolicyDocument {
  const block: PolicyStatement = {
    Sid: 'BlockMostAccessUnlessSignedInWithMFA',
    Effect: 'Deny',
    NotAction: [
      'iam:CreateVirtualMFADevice',
      'iam:EnableMFADevice',
      'iam:ListMFADevices',
      'iam:ListUsers',
      'iam:ListVirtualMFADevices',
      'iam:ResyncMFADevice',
    ],
    Resource: '*',
    Condition: {
      BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
      ...(trustedCidrs.length > 0 ? { NotIpAddress: { 'aws:SourceIp': [...trustedCidrs] } } : {}),
    },
  };
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowListActions',
        Effect: 'Allow',
        Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'],
        Resource: '*',
      },
      {
        Sid: 'AllowIndividualUserToListOnlyTheirOwnMFA',
        Effect: 'Allow',
        Action: ['iam:ListMFADevices'],
        Resource: ['arn:aws:iam::*:mfa/*', 'arn:aws:iam::*:user/${aws:username}'],
      },
      {
        Sid: 'AllowIndividualUserToManageTheirOwnMFA',
        Effect: 'Allow',
        Action: [
          'iam:CreateVirtualMFADevice',
          'iam:DeleteVirtualMFADevice',
          'iam:EnableMFADevice',
          'iam:ResyncMFADevice',
        ],
        Resource: ['arn:aws:iam::*:mfa/${aws:username}', 'arn:aws:iam::*:user/${aws:username}'],
      },
      {
        Sid: 'AllowIndividualUserToDeactivateOnlyTheirOwnMFAOnlyWhenUsingMFA',
        Effect: 'Allow',
        Action: ['iam:DeactivateMFADevice'],
        Resource: ['arn:aws:iam::*:mfa/${aws:username}', 'arn:aws:iam::*:user/${aws:username}'],
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
      block,
    ],
  };
}
