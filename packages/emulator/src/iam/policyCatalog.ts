// Managed policies by ARN: AWS's built-in ones and the account's own.
import type { PolicyDocument } from '@awsmfa/core';
import { awsManagedPolicies } from '../managedPolicies/index.js';
import { ServiceError } from '../serviceError.js';
import type { State } from '../state.js';
import type { XmlObject } from '../xml.js';

/** A managed policy as IAM describes it, whoever owns it. */
export interface ManagedPolicy {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  description: string | undefined;
  versionId: string;
  createDate: string;
  updateDate: string;
  /** The document as JSON text. */
  text: string;
  document: PolicyDocument;
  awsManaged: boolean;
}

/** The managed policy at `arn`, or `undefined`. */
export function lookupPolicy(state: State, arn: string): ManagedPolicy | undefined {
  const builtIn = awsManagedPolicies.get(arn);
  if (builtIn) {
    return {
      ...builtIn,
      path: '/',
      text: JSON.stringify(builtIn.document, null, 4),
      awsManaged: true,
    };
  }
  const local = state.policies[arn];
  if (!local) return undefined;
  return {
    policyName: local.policyName,
    policyId: local.policyId,
    arn: local.arn,
    path: local.path,
    description: local.description,
    versionId: 'v1',
    createDate: local.createDate,
    updateDate: local.updateDate,
    text: local.document,
    document: JSON.parse(local.document) as PolicyDocument,
    awsManaged: false,
  };
}

/** The managed policy at `arn`, or AWS's `NoSuchEntity`. */
export function findPolicy(state: State, arn: string): ManagedPolicy {
  const policy = lookupPolicy(state, arn);
  if (!policy) {
    throw new ServiceError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`, 404);
  }
  return policy;
}

/** Every managed policy: AWS's, then the account's. */
export function allPolicies(state: State): ManagedPolicy[] {
  return [...awsManagedPolicies.keys(), ...Object.keys(state.policies)].map(
    (arn) => lookupPolicy(state, arn)!,
  );
}

/** How many users, groups and roles have the policy attached. */
export function attachmentCount(state: State, arn: string): number {
  return [
    ...Object.values(state.users),
    ...Object.values(state.groups),
    ...Object.values(state.roles),
  ].filter((entity) => entity.attachedPolicies.includes(arn)).length;
}

/** A `Policy` element. */
export function policyXml(state: State, policy: ManagedPolicy): XmlObject {
  return {
    PolicyName: policy.policyName,
    PolicyId: policy.policyId,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.versionId,
    AttachmentCount: attachmentCount(state, policy.arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    Description: policy.description,
    CreateDate: new Date(policy.createDate),
    UpdateDate: new Date(policy.updateDate),
  };
}
