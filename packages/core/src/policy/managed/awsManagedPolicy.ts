import type { PolicyDocument } from '../types.js';

/** An AWS-managed policy as IAM ships it: `arn:aws:iam::aws:policy/<name>` and its default version. */
export interface AwsManagedPolicy {
  name: string;
  arn: string;
  description: string;
  /** The default version's id, e.g. `v12`, as of when the document was copied. */
  versionId: string;
  document: PolicyDocument;
}
