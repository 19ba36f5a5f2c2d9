import { defineMessages } from '../defineMessages.js';

/** The administrator's side: IAM calls, policy edits, `admin setup`'s steps. */
export const adminText = defineMessages('admin', {
  /** What an IAM call is about. */
  group: (p: { name: string }) => `group ${p.name}`,
  user: (p: { name: string }) => `user ${p.name}`,
  role: (p: { name: string }) => `role ${p.name}`,
  policyArn: (p: { arn: string }) => `policy ${p.arn}`,
  theCaller: 'the caller',
  theGivenPolicy: 'the given policy',
  /** iamError. */
  denied: (p: { action: string; target: string }) => `IAM denied ${p.action} on ${p.target}.`,
  deniedHint: (p: { policy: string; action: string }) =>
    `attach ${p.policy} (or a policy allowing ${p.action}) to the identity running awsmfa; if an MFA policy covers that identity, use an MFA session`,
  doesNotExist: (p: { target: string }) => {
    const text = String(p.target);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)} does not exist.`;
  },
  doesNotExistHint: 'check the name (IAM names are case-sensitive), or create it with awsmfa admin setup',
  refused: (p: { action: string; target: string; detail: string }) =>
    `IAM refused ${p.action} on ${p.target}: ${p.detail}`,
  policyRejected: (p: { target: string; detail: string }) =>
    `IAM rejected the policy for ${p.target}: ${p.detail}`,
  keyRejected: (p: { action: string }) => `AWS rejected the access key while calling ${p.action}.`,
  keyRejectedHint: 'check the profile holding the administrator key (--profile)',
  sessionExpired: (p: { action: string }) => `The session expired while calling ${p.action}.`,
  sessionExpiredHint: 'start a new session',
  throttled: (p: { action: string }) => `IAM kept throttling ${p.action}.`,
  failed: (p: { action: string; detail: string }) => `IAM failed on ${p.action}: ${p.detail}`,
  unreachable: (p: { action: string; errno: string }) => `Cannot reach IAM for ${p.action} (${p.errno}).`,
  unreachableHint: 'check --endpoint-url and your network',
  failedStatus: (p: { action: string; status: number }) => `IAM failed on ${p.action} (HTTP ${p.status}).`,
  failedOther: (p: { action: string; target: string; name: string; message: string }) =>
    `IAM ${p.action} on ${p.target} failed: ${p.name}: ${p.message}`,
  /** Policy documents as IAM returns them. */
  notJson: (p: { where: string }) => `The policy document of ${p.where} is not valid JSON.`,
  noStatement: (p: { where: string }) => `The policy document of ${p.where} has no Statement.`,
  inlinePolicyOfGroup: (p: { name: string; group: string }) => `inline policy ${p.name} of group ${p.group}`,
  inlinePolicyOfUser: (p: { name: string; user: string }) => `inline policy ${p.name} of user ${p.user}`,
  managedPolicy: (p: { name: string }) => `managed policy ${p.name}`,
  trustPolicyOfRole: (p: { role: string }) => `the trust policy of role ${p.role}`,
  roleTrustPolicy: (p: { role: string }) => `role ${p.role}, trust policy`,
  groupInlinePolicy: (p: { group: string; name: string }) => `group ${p.group}, inline policy ${p.name}`,
  /** Policy edits. */
  alreadyTrusted: (p: { cidr: string }) => `${p.cidr} is already trusted`,
  notInTrustedList: (p: { cidr: string }) => `${p.cidr} is not in the trusted list`,
  noInlinePolicy: (p: { group: string; name: string }) => `Group ${p.group} has no inline policy ${p.name}.`,
  installItHint: (p: { group: string; name: string }) =>
    `install it with awsmfa policy apply --group ${p.group} --policy-name ${p.name}`,
  overQuota: (p: { group: string; size: string; quota: string }) =>
    `The inline policies of group ${p.group} would be ${p.size} characters; IAM allows ${p.quota} for a group's inline policies together. Nothing was sent.`,
  aggregateHint: (p: { notes: readonly string[] }) =>
    `rerun with --aggregate to merge the trusted CIDRs: ${p.notes.join('; ')}`,
  shortenHint:
    'shorten the trusted-IP list (wider CIDRs), or move other statements into a customer managed policy',
  changedSinceDiff: (p: { target: string }) => {
    const text = String(p.target);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)} changed since the diff was shown; nothing was sent.`;
  },
  runAgainHint: 'run the command again to see the new diff',
  /** Roles. */
  unknownAccount: 'Cannot tell which AWS account the roles belong to.',
  unknownAccountHint:
    "run admin setup without --role once (the group's ARN names the account), or sign with an IAM user's key",
  simulatorDecision: (p: { value: string }) => `IAM's simulator answered an unknown decision ${p.value}.`,
  /** Access key CSVs. */
  csvCell: (p: { user: string }) => `A value for user ${p.user} cannot be written to a CSV cell.`,
  cannotWrite: (p: { file: string; error: string }) => `Cannot write ${p.file}: ${p.error}`,
  /** admin setup's steps: the table's cells. */
  createGroup: 'create group',
  attach: (p: { policy: string }) => `attach ${p.policy}`,
  putInlinePolicy: (p: { name: string }) => `put inline policy ${p.name}`,
  createUser: 'create user',
  addToGroup: (p: { group: string }) => `add to group ${p.group}`,
  createAccessKey: 'create access key',
  createRole: 'create role',
  setTrustPolicy: 'set trust policy',
  exists: 'exists',
  attached: 'attached',
  asWanted: 'as wanted',
  member: 'member',
  mfaPolicyDetail: (p: { cidrs: number; size: number; quota: number }) =>
    `${p.cidrs} trusted CIDR(s), ${p.size} of ${p.quota} characters`,
  assumeRoleOn: (p: { arn: string }) => `sts:AssumeRole on ${p.arn}`,
  keyInCsv: (p: { key: string; file: string }) => `${p.key} in ${p.file}`,
  tooManyKeysDetail: (p: { count: number; file: string }) =>
    `already has ${p.count} access keys (IAM's limit), none in ${p.file}`,
  csvTo: (p: { file: string }) => `CSV to ${p.file}`,
  trustsAccount: (p: { account: string }) => `trusts account ${p.account}, only with MFA`,
  accountOnlyWithMfa: (p: { account: string }) => `account ${p.account}, only with MFA (see the diff)`,
  tooManyKeys: (p: { user: string; count: number; limit: number; file: string }) =>
    `User ${p.user} already has ${p.count} access keys (IAM allows ${p.limit}) and ${p.file} holds neither; no key was created.`,
  tooManyKeysHint: (p: { user: string; key: string }) =>
    `delete an unused key (aws iam delete-access-key --user-name ${p.user} --access-key-id ${p.key}), then run admin setup again`,
  notStarted: 'not started: interrupted (Ctrl-C)',
  couldNotBeCreated: (p: { target: string }) => `${p.target} could not be created`,
  created: 'created',
  replaced: 'replaced (see the diff)',
  added: 'added',
  keyLimit: (p: { user: string }) => `User ${p.user} has reached IAM's access key limit; no key was created.`,
  keyLimitHint: (p: { user: string }) =>
    `delete an unused key (aws iam list-access-keys --user-name ${p.user}), then run admin setup again`,
  noSecret: (p: { user: string }) => `IAM created an access key for ${p.user} but returned no secret.`,
  writtenTo: (p: { key: string; file: string }) => `${p.key} written to ${p.file}`,
  /** What a step's plan and result columns say. */
  planCreate: 'create',
  planUpdate: 'update',
  planKeep: 'keep',
  planBlocked: 'blocked',
  resultDone: 'done',
  resultUnchanged: 'unchanged',
  resultFailed: 'failed',
  resultSkipped: 'skipped',
});
