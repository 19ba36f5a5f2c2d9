import type { AwsManagedPolicy } from './awsManagedPolicy.js';

/**
 * AWS-managed `PowerUserAccess` (default version v12, edited 2026-02-12 per the AWS Managed Policy
 * Reference): everything except IAM, Organizations and Account management, plus the few of those
 * actions listed in its second statement. Note it allows no MFA-device action: those come from
 * the MFA policy's own Allow statements.
 */
export const powerUserAccessPolicy: AwsManagedPolicy = {
  name: 'PowerUserAccess',
  arn: 'arn:aws:iam::aws:policy/PowerUserAccess',
  description:
    'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
  versionId: 'v12',
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        NotAction: ['iam:*', 'organizations:*', 'account:*'],
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Action: [
          'account:GetAccountInformation',
          'account:GetGovCloudAccountInformation',
          'account:GetPrimaryEmail',
          'account:ListRegions',
          'iam:CreateServiceLinkedRole',
          'iam:DeleteServiceLinkedRole',
          'iam:ListRoles',
          'organizations:DescribeEffectivePolicy',
          'organizations:DescribeOrganization',
        ],
        Resource: '*',
      },
    ],
  },
};
