import type { AwsManagedPolicy } from '@awsmfa/core';

// TODO(emulator): replace with the full AWS document.
export const readOnlyAccessPolicy: AwsManagedPolicy & { updateDate: string } = {
  name: 'ReadOnlyAccess',
  arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
  description: 'Provides read-only access to AWS services and resources.',
  versionId: 'v1',
  updateDate: '2015-02-06T18:39:48Z',
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['iam:Get*', 'iam:List*', 's3:Get*', 's3:List*', 'sts:Get*'],
        Resource: '*',
      },
    ],
  },
};
