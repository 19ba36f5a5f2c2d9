import { defineMessages } from '../defineMessages.js';

/** `awsmfa policy --help`, `awsmfa admin --help` and their subcommands (audit has its own). */
export const policyHelpText = defineMessages('policyHelp', {
  policyDescribe:
    'Administrators: write, apply, edit and prove the "MFA required except from trusted IPs" policy',
  policyNameASubcommand: 'Name a subcommand: print, apply, trusted-ip, simulate or check.',
  examplePrint: 'The policy document',
  exampleApply: 'Put it on a group (diff first)',
  exampleTrustOneMore: 'Trust one more address',
  exampleCheck: 'Prove it behaves as intended',
  adminDescribe: 'Administrators: set up a group with MFA-required users in one command, and audit it',
  adminNameASubcommand: 'Name a subcommand: setup or audit.',
  /** Options shared by edits. */
  yes: 'Apply without asking (for scripts); the diff is still printed',
  dryRun: 'Print the diff and apply nothing',
  force: 'Accept a trusted CIDR that trusts everything (0.0.0.0/0, ::/0) or has host bits set',
  aggregate: 'Merge overlapping/adjacent trusted CIDRs and drop duplicates (helps with the size quota)',
  trustedIp:
    'Address or CIDR (IPv4 or IPv6) from which no MFA is needed; repeat or separate with commas. None: MFA everywhere',
  group: 'IAM group, e.g. MyUsers',
  groupHoldingPolicy: 'IAM group holding the MFA policy',
  policyName: 'Name of the inline policy',
  showDiffAskApply: 'Show the diff, ask, apply',
  fromAScript: 'From a script',
  /** print. */
  printDescribe: 'Print the inline policy "MFA required except from trusted IPs" (JSON on stdout)',
  printForce: 'Accept 0.0.0.0/0, ::/0 and CIDRs with host bits set',
  printAggregate: 'Merge overlapping/adjacent CIDRs and drop duplicates',
  printJson: 'Print {policyName, trustedCidrs, size, quota, document} instead of the bare document',
  printExampleEverywhere: 'MFA required from every address',
  printExampleOffice: 'No MFA from the office',
  printExampleSave: 'Save it for review',
  /** apply. */
  applyDescribe:
    "Put the MFA policy on a group as an inline policy (shows the diff against what's there first)",
  applyExampleDryRun: 'Only show what would change',
  /** trusted-ip. */
  trustedIpDescribe: 'List or edit the trusted IPs (no MFA needed from them) of the group policy',
  trustedIpNameASubcommand: 'Name a subcommand: list, add or remove.',
  listDescribe: 'Print the trusted IPs of the group policy, one per line',
  listJson: 'Print a JSON array',
  addDescribe: 'Trust more addresses (validated; only the aws:SourceIp list changes)',
  removeDescribe: 'Stop trusting addresses (only the aws:SourceIp list changes)',
  cidrs: 'Addresses or CIDRs, IPv4 or IPv6',
  /** simulate. */
  simulateDescribe:
    'Decide a request against a group, user or policy file, and explain which statement decided',
  simulateGroup: "The group's inline and attached policies",
  simulateUser: "The user's own and their groups' policies",
  simulateFile: 'A policy document (JSON) on disk',
  simulateAction: 'Action(s) such as s3:ListAllMyBuckets; repeat for several',
  simulateResource: "Resource ARN [default: the action's usual one, e.g. the user's own MFA device, else *]",
  simulateMfa: 'Session credentials obtained with MFA; --no-mfa (default): a long-term access key',
  simulateSourceIp: 'The address the request comes from (aws:SourceIp)',
  simulateUserName:
    'The aws:username of the request [default: --user, else the first member of --group, else cli-user]',
  simulateRemote:
    "Also ask IAM's simulator (SimulatePrincipalPolicy/SimulateCustomPolicy with ContextEntries)",
  simulateJson: 'Print the decisions as JSON',
  /** check. */
  checkDescribe: 'Run the standard matrix (MFA yes/no × trusted/untrusted IP × actions) against a group',
  checkGroup: 'IAM group to check',
  checkUserName: 'Member to check as (aws:username) [default: the first member, else cli-user]',
  checkTrustedTestIp: 'Trusted address to test from [default: from the list]',
  checkUntrustedTestIp: 'Untrusted address to test from [default: a documentation address]',
  checkRemote: "Also ask IAM's simulator (SimulatePrincipalPolicy) for every row",
  checkJson: 'Print the matrix as JSON',
  checkExampleExit: 'Exit 31 (POLICY_CHECK_FAILED) when an outcome is not the intended one',
  checkExampleRemote: "Compare with IAM's own simulator",
  /** admin setup. */
  setupDescribe:
    'Create (or reuse) the group, its managed and MFA policies, users with an access key each (CSV per user), and roles they assume with MFA',
  setupUser: 'IAM user to create (or reuse) in the group; repeat for several',
  setupManagedPolicy: 'AWS managed policy name or policy ARN to attach to the group',
  setupPolicyName: 'Name of the inline MFA policy',
  setupCsvOut: "Folder for each new key's console-format CSV (<user>_credentials.csv, mode 0600)",
  setupRole:
    'IAM role to create (or reuse) that the account trusts only with MFA; the group gets sts:AssumeRole on it (inline policy AssumeRole-<role>); repeat for several',
  setupRolePolicy:
    "AWS managed policy name or policy ARN to attach to each --role (default: the group's --managed-policy)",
  setupExampleSeed: 'Seed article steps 1-1 to 2-6 and 5-1 to 5-5 in one command',
  setupExampleDryRun: 'Show what would be done',
  setupExampleRole: 'A role the group assumes with MFA (role_arn + source_profile on the user side)',
  setupExampleUserSide: 'Then, on the user side',
});
