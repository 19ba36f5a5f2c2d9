import {
  GetGroupCommand,
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListUserPoliciesCommand,
} from '@aws-sdk/client-iam';
import { listAll } from '../aws/listAll.js';
import { AwsMfaError } from '../errors.js';
import { adminText } from '../messages/en/admin.js';
import type { Message } from '../messages/message.js';
import type { NamedPolicy, PolicyDocument } from '../policy/types.js';
import { awsErrorCode, callIam, type IamClient } from './iamCall.js';

/**
 * Decodes a policy document as IAM returns it: URL-encoded JSON (the SDK leaves the encoding
 * alone), or plain JSON from endpoints that skip the encoding.
 */
export function parsePolicyDocument(text: string, where: Message | string): PolicyDocument {
  let document: unknown;
  try {
    // Inside the try: decodeURIComponent throws URIError on a stray `%` in a user's file.
    document = JSON.parse(text.trimStart().startsWith('{') ? text : decodeURIComponent(text));
  } catch (error) {
    throw new AwsMfaError('POLICY_INVALID', adminText.notJson({ where }), { cause: error });
  }
  if (typeof document !== 'object' || document === null || !('Statement' in document)) {
    throw new AwsMfaError('POLICY_INVALID', adminText.noStatement({ where }));
  }
  return document as PolicyDocument;
}

/** Fails with NOT_FOUND (one line naming the group) unless the group exists. */
export async function assertGroupExists(iam: IamClient, groupName: string): Promise<string> {
  const result = await callIam({ action: 'iam:GetGroup', target: adminText.group({ name: groupName }) }, () =>
    iam.send(new GetGroupCommand({ GroupName: groupName })),
  );
  return result.Group?.Arn ?? '';
}

/** The group's ARN and the names of its members; NOT_FOUND naming the group when it does not exist. */
export async function describeGroup(
  iam: IamClient,
  groupName: string,
): Promise<{ arn: string; memberNames: string[] }> {
  const target = { action: 'iam:GetGroup', target: adminText.group({ name: groupName }) };
  let arn = '';
  const members = await listAll((marker) =>
    callIam(target, () => iam.send(new GetGroupCommand({ GroupName: groupName, Marker: marker }))).then(
      (r) => {
        arn ||= r.Group?.Arn ?? '';
        return { items: r.Users ?? [], marker: r.Marker, truncated: r.IsTruncated };
      },
    ),
  );
  return { arn, memberNames: members.flatMap((user) => (user.UserName ? [user.UserName] : [])) };
}

/** The user's ARN; NOT_FOUND naming the user when they do not exist. */
export async function userArn(iam: IamClient, userName: string): Promise<string> {
  const result = await callIam({ action: 'iam:GetUser', target: adminText.user({ name: userName }) }, () =>
    iam.send(new GetUserCommand({ UserName: userName })),
  );
  return result.User?.Arn ?? '';
}

/** The group's inline policy `policyName`, or undefined when the group has none of that name. */
export async function readGroupInlinePolicy(
  iam: IamClient,
  groupName: string,
  policyName: string,
): Promise<PolicyDocument | undefined> {
  await assertGroupExists(iam, groupName);
  try {
    const result = await iam.send(
      new GetGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName }),
    );
    return parsePolicyDocument(
      result.PolicyDocument ?? '',
      adminText.inlinePolicyOfGroup({ name: policyName, group: groupName }),
    );
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchEntity') return undefined;
    return callIam({ action: 'iam:GetGroupPolicy', target: adminText.group({ name: groupName }) }, () =>
      Promise.reject(error),
    );
  }
}

/** Every inline policy of the group, by name. */
export async function loadGroupInlinePolicies(iam: IamClient, groupName: string): Promise<NamedPolicy[]> {
  const target = { action: 'iam:ListGroupPolicies', target: adminText.group({ name: groupName }) };
  const names = await listAll((marker) =>
    callIam(target, () =>
      iam.send(new ListGroupPoliciesCommand({ GroupName: groupName, Marker: marker })),
    ).then((r) => ({ items: r.PolicyNames ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  const policies: NamedPolicy[] = [];
  for (const name of names) {
    const result = await callIam(
      { action: 'iam:GetGroupPolicy', target: adminText.group({ name: groupName }) },
      () => iam.send(new GetGroupPolicyCommand({ GroupName: groupName, PolicyName: name })),
    );
    policies.push({
      name,
      source: { kind: 'group-inline', groupName },
      document: parsePolicyDocument(
        result.PolicyDocument ?? '',
        adminText.inlinePolicyOfGroup({ name, group: groupName }),
      ),
    });
  }
  return policies;
}

/** The default version of a managed policy. */
export async function loadManagedPolicy(
  iam: IamClient,
  arn: string,
  attachedTo: string,
): Promise<NamedPolicy> {
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  const target = adminText.policyArn({ arn });
  const policy = await callIam({ action: 'iam:GetPolicy', target }, () =>
    iam.send(new GetPolicyCommand({ PolicyArn: arn })),
  );
  const versionId = policy.Policy?.DefaultVersionId ?? 'v1';
  const version = await callIam({ action: 'iam:GetPolicyVersion', target }, () =>
    iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId })),
  );
  return {
    name,
    source: { kind: 'managed', arn, attachedTo },
    document: parsePolicyDocument(version.PolicyVersion?.Document ?? '', adminText.managedPolicy({ name })),
  };
}

/** The managed policies attached to the group. */
export async function loadGroupManagedPolicies(iam: IamClient, groupName: string): Promise<NamedPolicy[]> {
  const target = { action: 'iam:ListAttachedGroupPolicies', target: adminText.group({ name: groupName }) };
  const attached = await listAll((marker) =>
    callIam(target, () =>
      iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: groupName, Marker: marker })),
    ).then((r) => ({ items: r.AttachedPolicies ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  const policies: NamedPolicy[] = [];
  for (const { PolicyArn } of attached) {
    if (PolicyArn) policies.push(await loadManagedPolicy(iam, PolicyArn, `group ${groupName}`));
  }
  return policies;
}

/** Every identity policy a member of the group gets from it: inline and attached. */
export async function loadGroupPolicies(iam: IamClient, groupName: string): Promise<NamedPolicy[]> {
  await assertGroupExists(iam, groupName);
  return [
    ...(await loadGroupInlinePolicies(iam, groupName)),
    ...(await loadGroupManagedPolicies(iam, groupName)),
  ];
}

/** The names of the groups the user belongs to. */
export async function listUserGroups(iam: IamClient, userName: string): Promise<string[]> {
  const target = { action: 'iam:ListGroupsForUser', target: adminText.user({ name: userName }) };
  const groups = await listAll((marker) =>
    callIam(target, () =>
      iam.send(new ListGroupsForUserCommand({ UserName: userName, Marker: marker })),
    ).then((r) => ({ items: r.Groups ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  return groups.flatMap((group) => (group.GroupName ? [group.GroupName] : []));
}

/** Every identity policy in force for the user: their own (inline, attached) and their groups'. */
export async function loadUserPolicies(iam: IamClient, userName: string): Promise<NamedPolicy[]> {
  const userTarget = adminText.user({ name: userName });
  const groups = await listUserGroups(iam, userName);
  const inlineNames = await listAll((marker) =>
    callIam({ action: 'iam:ListUserPolicies', target: userTarget }, () =>
      iam.send(new ListUserPoliciesCommand({ UserName: userName, Marker: marker })),
    ).then((r) => ({ items: r.PolicyNames ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  const policies: NamedPolicy[] = [];
  for (const name of inlineNames) {
    const result = await callIam({ action: 'iam:GetUserPolicy', target: userTarget }, () =>
      iam.send(new GetUserPolicyCommand({ UserName: userName, PolicyName: name })),
    );
    policies.push({
      name,
      source: { kind: 'user-inline', userName },
      document: parsePolicyDocument(
        result.PolicyDocument ?? '',
        adminText.inlinePolicyOfUser({ name, user: userName }),
      ),
    });
  }
  const attached = await listAll((marker) =>
    callIam({ action: 'iam:ListAttachedUserPolicies', target: userTarget }, () =>
      iam.send(new ListAttachedUserPoliciesCommand({ UserName: userName, Marker: marker })),
    ).then((r) => ({ items: r.AttachedPolicies ?? [], marker: r.Marker, truncated: r.IsTruncated })),
  );
  for (const { PolicyArn } of attached) {
    if (PolicyArn) policies.push(await loadManagedPolicy(iam, PolicyArn, userTarget.english));
  }
  for (const group of groups) {
    policies.push(
      ...(await loadGroupInlinePolicies(iam, group)),
      ...(await loadGroupManagedPolicies(iam, group)),
    );
  }
  return policies;
}
