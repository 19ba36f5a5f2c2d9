// The role part of `admin setup --role NAME`: a role that the account's users may assume only
// with MFA, its managed policies, and the group's permission to assume it. Planned from what IAM
// holds now, so a rerun converges like the rest of admin setup.
import { GetRoleCommand, GetUserCommand, ListAttachedRolePoliciesCommand } from '@aws-sdk/client-iam';
import { listAll } from '../aws/listAll.js';
import { AwsMfaError } from '../errors.js';
import { adminText } from '../messages/en/admin.js';
import type { Message } from '../messages/message.js';
import { policyToJson } from '../policy/buildMfaPolicy.js';
import { buildMfaTrustPolicy } from '../policy/buildMfaTrustPolicy.js';
import { diffLines } from '../policy/diffLines.js';
import type { PolicyDocument } from '../policy/types.js';
import { awsErrorCode, callIam, type IamClient, iamError } from './iamCall.js';
import { parsePolicyDocument } from './loadPolicies.js';

/** A role `admin setup` makes: trusted by the account with MFA, with these managed policies. */
export interface SetupRoleInput {
  roleName: string;
  /** ARNs of the managed policies the role gets (its sessions' permissions). */
  managedPolicyArns: readonly string[];
}

/** A policy document setup writes, what it replaces, and the diff to show first. */
export interface DocumentChange {
  /** `role Admin, trust policy`, `group MyUsers, inline policy AssumeRole-Admin`. */
  where: Message;
  before: PolicyDocument | undefined;
  after: PolicyDocument;
  /** Unified diff of the pretty-printed documents; '' when nothing changes. */
  diff: string;
  changed: boolean;
}

/** What IAM holds for one role, and what setup will make of it. */
export interface RolePlan {
  input: SetupRoleInput;
  roleArn: string;
  exists: boolean;
  /** The managed policies attached now (empty for a new role). */
  attached: string[];
  trust: DocumentChange;
  /** The group's inline policy allowing `sts:AssumeRole` on the role. */
  grant: DocumentChange & { groupName: string; policyName: string };
}

/** Name of the group inline policy that lets the group's users assume `roleName`. */
export function assumeRolePolicyName(roleName: string): string {
  return `AssumeRole-${roleName}`;
}

/**
 * The identity side of a role that trusts the account: `sts:AssumeRole` on that one role. The
 * trust policy still asks for MFA; with the MFA policy's deny, so does every other path.
 */
export function buildAssumeRolePolicy(roleArn: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowAssumeRoleWithMfa', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: roleArn },
    ],
  };
}

/** Describes a document change; `before` undefined means the document does not exist yet. */
export function documentChange(
  where: Message,
  before: PolicyDocument | undefined,
  after: PolicyDocument,
): DocumentChange {
  const beforeJson = before ? policyToJson(before) : '';
  const afterJson = policyToJson(after);
  // Compare parsed documents: IAM may hand back the same policy formatted differently.
  const changed = before === undefined || JSON.stringify(before) !== JSON.stringify(after);
  return { where, before, after, diff: changed ? diffLines(beforeJson, afterJson) : '', changed };
}

async function currentRole(iam: IamClient, roleName: string) {
  try {
    return (await iam.send(new GetRoleCommand({ RoleName: roleName }))).Role;
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchEntity') return undefined;
    throw iamError({ action: 'iam:GetRole', target: adminText.role({ name: roleName }) }, error);
  }
}

async function attachedRolePolicyArns(iam: IamClient, roleName: string): Promise<string[]> {
  const attached = await listAll((marker) =>
    callIam({ action: 'iam:ListAttachedRolePolicies', target: adminText.role({ name: roleName }) }, () =>
      iam.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName, Marker: marker })),
    ).then((r) => ({ items: r.AttachedPolicies ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  return attached.flatMap((policy) => (policy.PolicyArn ? [policy.PolicyArn] : []));
}

const accountOf = (arn: string | undefined) => /^arn:aws[\w-]*:iam::(\d{12}):/.exec(arn ?? '')?.[1];

/**
 * The account the roles belong to: from an ARN setup already read (`knownArn`), else from the
 * caller's own user. A role session cannot ask GetUser about itself; it is told to create the
 * group first (its ARN then says the account) or to sign with a user's key.
 */
export async function resolveAccountId(iam: IamClient, knownArn: string | undefined): Promise<string> {
  const known = accountOf(knownArn);
  if (known) return known;
  try {
    const account = accountOf((await iam.send(new GetUserCommand({}))).User?.Arn);
    if (account) return account;
  } catch (error) {
    const code = awsErrorCode(error);
    if (code !== 'ValidationError')
      throw iamError({ action: 'iam:GetUser', target: adminText.theCaller() }, error);
  }
  throw new AwsMfaError('INVALID_INPUT', adminText.unknownAccount(), {
    hint: adminText.unknownAccountHint(),
  });
}

/** Reads one role and plans it, with its trust policy and the group's grant (see `RolePlan`). */
export async function planRole(
  iam: IamClient,
  input: SetupRoleInput,
  context: { accountId: string; groupName: string; groupPolicies: ReadonlyMap<string, PolicyDocument> },
): Promise<RolePlan> {
  const { roleName } = input;
  const role = await currentRole(iam, roleName);
  const roleArn = role?.Arn ?? `arn:aws:iam::${context.accountId}:role/${roleName}`;
  const before = role?.AssumeRolePolicyDocument
    ? parsePolicyDocument(role.AssumeRolePolicyDocument, adminText.trustPolicyOfRole({ role: roleName }))
    : undefined;
  const policyName = assumeRolePolicyName(roleName);
  return {
    input,
    roleArn,
    exists: role !== undefined,
    attached: role ? await attachedRolePolicyArns(iam, roleName) : [],
    trust: documentChange(
      adminText.roleTrustPolicy({ role: roleName }),
      before,
      buildMfaTrustPolicy(context.accountId),
    ),
    grant: {
      groupName: context.groupName,
      policyName,
      ...documentChange(
        adminText.groupInlinePolicy({ group: context.groupName, name: policyName }),
        context.groupPolicies.get(policyName),
        buildAssumeRolePolicy(roleArn),
      ),
    },
  };
}
