// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${aws:username}` is IAM policy-variable text, not a template.
import type { AwsManagedPolicy } from './awsManagedPolicy.js';

/** AWS-managed `IAMUserChangePassword`: a user may change their own console password. */
export const iamUserChangePasswordPolicy: AwsManagedPolicy = {
  name: 'IAMUserChangePassword',
  arn: 'arn:aws:iam::aws:policy/IAMUserChangePassword',
  description: 'Provides the ability for an IAM user to change their own password.',
  versionId: 'v2',
  document: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['iam:ChangePassword'], Resource: ['arn:aws:iam::*:user/${aws:username}'] },
      { Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy'], Resource: '*' },
    ],
  },
};
