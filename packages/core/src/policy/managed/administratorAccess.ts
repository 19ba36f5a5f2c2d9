import type { AwsManagedPolicy } from './awsManagedPolicy.js';

/** AWS-managed `AdministratorAccess` (v1): every action on every resource. */
export const administratorAccessPolicy: AwsManagedPolicy = {
  name: 'AdministratorAccess',
  arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
  description: 'Provides full access to AWS services and resources.',
  versionId: 'v1',
  document: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  },
};
