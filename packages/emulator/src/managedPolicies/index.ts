// AWS managed policies the emulator ships. The documents of AdministratorAccess, PowerUserAccess
// and IAMUserChangePassword come from @awsmfa/core (one copy for the evaluator and the emulator);
// the IAM metadata around them (ids, dates) lives here.
import {
  administratorAccessPolicy,
  type AwsManagedPolicy as CorePolicy,
  iamUserChangePasswordPolicy,
  type PolicyDocument,
  powerUserAccessPolicy,
} from '@awsmfa/core';
import { readOnlyAccessPolicy } from './readOnlyAccess.js';

/** An AWS managed policy as IAM describes it: `arn:aws:iam::aws:policy/<name>`. */
export interface AwsManagedPolicy {
  policyName: string;
  arn: string;
  policyId: string;
  description: string;
  versionId: string;
  createDate: string;
  updateDate: string;
  document: PolicyDocument;
}

function managed(
  policy: CorePolicy,
  policyId: string,
  createDate: string,
  updateDate: string,
): AwsManagedPolicy {
  const { name, arn, description, versionId, document } = policy;
  return { policyName: name, arn, policyId, description, versionId, createDate, updateDate, document };
}

/** The AWS managed policies by ARN. */
export const awsManagedPolicies: ReadonlyMap<string, AwsManagedPolicy> = new Map(
  [
    managed(
      administratorAccessPolicy,
      'ANPAIWMBCKSKIEE64ZLYK',
      '2015-02-06T18:39:46Z',
      '2015-02-06T18:39:46Z',
    ),
    managed(powerUserAccessPolicy, 'ANPAJYRXTHIB4FOVS3ZXS', '2015-02-06T18:39:47Z', '2026-02-12T17:59:14Z'),
    managed(
      readOnlyAccessPolicy,
      'ANPAILL3HVNFSB6DCOWYQ',
      '2015-02-06T18:39:48Z',
      readOnlyAccessPolicy.updateDate,
    ),
    managed(
      iamUserChangePasswordPolicy,
      'ANPAJ4L4MM2A7QIEB56MS',
      '2016-11-15T00:25:16Z',
      '2016-11-15T23:18:55Z',
    ),
  ].map((policy) => [policy.arn, policy]),
);
