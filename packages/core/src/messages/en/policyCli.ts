import { defineMessages } from '../defineMessages.js';

/** What `awsmfa policy …` and `awsmfa admin setup` print around the plans, diffs and tables. */
export const policyCliText = defineMessages('policyCli', {
  note: (p: { note: string }) => `note: ${p.note}`,
  dryRun: 'Dry run: nothing applied.',
  noTerminalToConfirm: 'Nothing applied: there is no terminal to confirm the change on, and no --yes.',
  noTerminalToConfirmHint:
    'review the diff above, then rerun with --yes to apply it (or --dry-run to only show it)',
  nothingApplied: 'Nothing applied.',
  /** Diffs. */
  inIamNow: (p: { where: string }) => `--- ${p.where} (in IAM now)`,
  doesNotExistYet: (p: { where: string }) => `--- ${p.where} (does not exist yet)`,
  afterThisChange: (p: { where: string }) => `+++ ${p.where} (after this change)`,
  groupInlinePolicy: (p: { group: string; name: string }) => `group ${p.group}, inline policy ${p.name}`,
  /** runPolicyEdit. */
  overQuotaOffer: (p: { size: string; quota: string }) =>
    `The group's inline policies would be ${p.size} characters; IAM allows ${p.quota}. Merging the trusted CIDRs would help:`,
  mergeThem: 'Merge them?',
  alreadyAsWanted: (p: { group: string; name: string }) =>
    `Group ${p.group}'s inline policy ${p.name} is already as wanted; nothing to apply.`,
  noneTrusted: 'none (MFA required from everywhere)',
  summary: (p: { trusted: string; size: string; quota: string }) =>
    `Trusted IPs after this change: ${p.trusted}. Size: ${p.size} of ${p.quota} characters.`,
  applyToGroup: (p: { group: string }) => `Apply this change to group ${p.group}?`,
  applied: (p: { name: string; group: string }) => `Applied inline policy ${p.name} to group ${p.group}.`,
  /** userTrustHint. */
  usersNoMfaFrom: (p: { cidrs: readonly string[] }) =>
    `Users need no MFA from ${p.cidrs.join(', ')}; for awsmfa to know it, each user runs once (after awsmfa import):`,
  usersMfaEverywhere: 'Users need MFA from everywhere now; each user who had trusted networks set runs:',
  theirProfile: 'THEIR_PROFILE',
  /** policy print. */
  printSize: (p: { size: number; quota: number }) =>
    `${p.size} of ${p.quota} characters of a group's inline policies.`,
  applyWith: 'Apply it with:',
  /** policy trusted-ip list. */
  noTrustedIps: 'No trusted IPs: MFA is required from every address.',
  /** policy simulate. */
  nameWhatToSimulate: 'Name what to simulate: --group, --user or --file.',
  cannotRead: (p: { file: string; error: string }) => `Cannot read ${p.file}: ${p.error}`,
  request: (p: { mfa: boolean; user: string; sourceIp: string | undefined }) =>
    `Request: ${p.mfa ? 'session with MFA' : 'long-term key, no MFA'}, user ${p.user}, from ${p.sourceIp ?? 'an unknown address (no aws:SourceIp)'}.`,
  simulatorDisagrees: (p: { rows: readonly string[] }) =>
    `IAM's simulator disagrees with awsmfa's evaluator on ${p.rows.join(', ')}.`,
  disagreement: (p: { action: string; iam: string; awsmfa: string }) =>
    `${p.action} (IAM: ${p.iam}, awsmfa: ${p.awsmfa})`,
  simulatorDisagreesHint: 'trust IAM; please report the difference with the policy and --json output',
  /** Table headings and cells. */
  headingAction: 'ACTION',
  headingResource: 'RESOURCE',
  headingDecision: 'DECISION',
  headingIamSays: 'IAM SAYS',
  headingWhy: 'WHY',
  headingMfa: 'MFA',
  headingSource: 'SOURCE',
  headingExpected: 'EXPECTED',
  headingActual: 'ACTUAL',
  headingOk: 'OK',
  headingDecidedBy: 'DECIDED BY',
  headingSubject: 'SUBJECT',
  headingStep: 'STEP',
  headingPlan: 'PLAN',
  headingResult: 'RESULT',
  headingDetail: 'DETAIL',
  yes: 'yes',
  no: 'no',
  ok: 'ok',
  fail: 'FAIL',
  trustedSource: (p: { ip: string }) => `trusted ${p.ip}`,
  untrustedSource: (p: { ip: string }) => `untrusted ${p.ip}`,
  decisionAllowed: 'allowed',
  decisionExplicitDeny: 'explicitDeny',
  decisionImplicitDeny: 'implicitDeny',
  nothingAllowsIt: 'nothing allows it',
  statementNumber: (p: { number: number }) => `statement #${p.number}`,
  /** policy check. */
  checking: (p: { group: string; user: string; cidrs: readonly string[] }) =>
    `Checking group ${p.group} as user ${p.user}; trusted IPs: ${p.cidrs.join(', ') || 'none'}.`,
  outcomesDiffer: (p: { failed: number; total: number; group: string; rows: readonly string[] }) =>
    `${p.failed} of ${p.total} outcomes for group ${p.group} differ from the intended ones: ${p.rows.join('; ')}.`,
  outcomeRow: (p: { action: string; mfa: boolean; source: 'trusted' | 'untrusted'; intent: string }) =>
    `${p.action} ${p.mfa ? 'with' : 'without'} MFA from ${p.source} IP (${p.intent})`,
  outcomesDifferHint: (p: { group: string }) =>
    `review the group's policies; awsmfa policy apply --group ${p.group} installs the intended one`,
  allAsIntended: (p: { total: number }) => `All ${p.total} outcomes are as intended.`,
  /** admin setup. */
  notARoleName: (p: { name: string }) => `--role ${p.name} is not an IAM role name.`,
  notARoleNameHint: 'use 1 to 64 letters, digits and + = , . @ _ -',
  rolePolicyNeedsRole: '--role-policy needs --role.',
  rolePolicyNeedsRoleHint: 'add --role NAME for the role these policies are for',
  alreadySetUp: (p: { group: string; roles: boolean }) =>
    `Group ${p.group}${p.roles ? ', its roles' : ''} and its users are already set up; nothing to do.`,
  carryOut: (p: { steps: number }) => `Carry out the ${p.steps} step(s) above?`,
  stoppingAfterStep: 'Stopping after the step under way (Ctrl-C again quits at once)…',
  stepLine: (p: { result: string; subject: string; step: string; detail: string }) =>
    `${p.result}: ${p.subject}: ${p.step}${p.detail ? ` (${p.detail})` : ''}`,
  interrupted: (p: { done: number; left: number }) =>
    `Interrupted: ${p.done} step(s) done, ${p.left} not started (table above).`,
  interruptedHint: 'run the same command again to finish: done steps are kept and not repeated',
  setupFailed: (p: { failed: number; skipped: number; subject: string; detail: string }) =>
    `admin setup did not finish: ${p.failed} step(s) failed${p.skipped ? `, ${p.skipped} skipped` : ''}, the others are done (table above). First failure: ${p.subject}: ${p.detail}`,
  setupFailedHint: 'fix the cause and run the same command again; finished steps are kept',
});
