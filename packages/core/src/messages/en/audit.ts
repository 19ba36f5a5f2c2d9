import { defineMessages } from '../defineMessages.js';

/** `admin audit` (one account or `--org`): the table's cells, its notes, progress and errors. */
export const auditText = defineMessages('audit', {
  /** The table's headings (CSV and --json keep their own English column names). */
  columnAccount: 'ACCOUNT',
  columnUser: 'USER',
  columnGroups: 'GROUPS',
  columnMfaDevice: 'MFA DEVICE',
  columnMfaPolicy: 'MFA POLICY',
  columnWithoutMfa: 'WITHOUT MFA FROM OUTSIDE',
  columnAccessKeys: 'ACCESS KEYS',
  /** Cells. */
  none: 'none',
  enabled: 'enabled',
  denied: 'denied',
  canAct: (p: { from: string }) => `CAN ACT (from ${p.from})`,
  anywhere: 'anywhere',
  notAudited: 'NOT AUDITED',
  noUsers: '(no users)',
  noTrustedIps: 'no trusted IPs',
  keyNumber: (p: { number: number }) => `key ${p.number}`,
  keyAge: (p: { days: number }) => `${p.days}d old`,
  keyUsed: (p: { date: string; service: string }) => `used ${p.date}${p.service ? ` ${p.service}` : ''}`,
  keyNeverUsed: 'never used',
  /** `alice (why); bob (why); and 195 more (see the table or --json)`. */
  named: (p: { names: readonly string[]; more: number }) =>
    `${p.names.join('; ')}${p.more > 0 ? `; and ${p.more} more (see the table or --json)` : ''}`,
  /** Progress. */
  readingAccount: (p: { users: number }) => `Reading IAM users, groups and policies: ${p.users} users so far`,
  waitingForReport: (p: { started: boolean; seconds: number }) =>
    `Waiting for IAM's credential report (${p.started ? 'generation started' : 'in progress'}, ${p.seconds} s)…`,
  lookingUpUsers: (p: { done: number; total: number }) =>
    `Looking up users the credential report does not cover: ${p.done}/${p.total}`,
  auditingAccounts: (p: { count: number; concurrency: number }) =>
    `Auditing ${p.count} account(s), ${p.concurrency} at a time…`,
  auditedAccounts: (p: { done: number; total: number; users: number }) =>
    `Audited ${p.done}/${p.total} accounts, ${p.users} users seen`,
  /** How old a reused credential report is. */
  minutes: (p: { minutes: number }) => `${p.minutes} min`,
  hoursMinutes: (p: { hours: number; minutes: number }) => `${p.hours} h ${p.minutes} min`,
  reportAge: (p: { time: string; age: string }) =>
    `Access keys and MFA flags are from IAM's credential report of ${p.time} (${p.age} ago; IAM reuses a report for four hours). Groups and policies are current.`,
  oldestReportAge: (p: { time: string; account: string; age: string }) =>
    `Access keys and MFA flags are from IAM's credential reports, the oldest of ${p.time} in ${p.account} (${p.age} ago; IAM reuses a report for four hours). Groups and policies are current.`,
  shouldRotate: (p: { maxKeyAge: number; names: readonly string[] }) =>
    `Should rotate (active keys older than ${p.maxKeyAge} days): ${p.names.join(', ')}. Each user runs: awsmfa keys rotate --profile NAME`,
  dueUser: (p: { who: string; days: readonly number[] }) =>
    `${p.who} (${p.days.map((days) => `${days} days`).join(', ')})`,
  noUsersToAudit: 'No users to audit.',
  /** Verdicts. */
  exposed: (p: { count: number; who: string }) =>
    `${p.count} user(s) can act without MFA from outside the trusted IPs: ${p.who}`,
  exposedHint: (p: { group: string }) =>
    `put the MFA policy on their group: awsmfa policy apply --group ${p.group} (and add the users to it)`,
  exposedInAccounts: (p: { count: number; accounts: number; who: string; notAudited: readonly string[] }) =>
    `${p.count} user(s) in ${p.accounts} account(s) can act without MFA from outside the trusted IPs: ${p.who}${p.notAudited.length > 0 ? `. Not audited: ${p.notAudited.join('; ')}` : ''}`,
  exposedInAccountsHint:
    'put the MFA policy on their groups in those accounts: awsmfa policy apply --group <group> (see the table or --json)',
  incomplete: (p: { failed: number; total: number; notAudited: readonly string[] }) =>
    `${p.failed} of ${p.total} account(s) could not be audited: ${p.notAudited.join('; ')}`,
  /** An account not audited and why, without the error's own full stop. */
  notAuditedAccount: (p: { account: string; error: string }) => `${p.account}: ${p.error.replace(/\.$/, '')}`,
  incompleteHint: (p: { role: string }) =>
    `each account needs a role ${p.role} that trusts this account and lets its sessions read IAM (--role-name picks another)`,
  /** Options. */
  orgOnly: (p: { option: string }) => `${p.option} works with --org only.`,
  orgOnlyHint: 'add --org to audit every account of the organization',
  notDays: (p: { value: string }) => `--max-key-age ${p.value} is not a whole number of days.`,
  notDaysHint: 'e.g. --max-key-age 90',
  notConcurrency: (p: { value: string }) => `--concurrency ${p.value} is not a number from 1 to 32.`,
  notConcurrencyHint: 'IAM throttles bursts; 4 is a good start',
  notRoleName: (p: { value: string }) => `--role-name ${p.value} is not an IAM role name.`,
  notRoleNameHint: 'IAM role names are 1-64 characters of letters, digits and +=,.@_-',
  notAccountId: (p: { value: string }) => `--accounts ${p.value} is not an AWS account id.`,
  notAccountIdHint: 'give twelve-digit ids separated by commas, e.g. --accounts 111111111111,222222222222',
  notInOrganization: (p: { accounts: readonly string[] }) =>
    `Account ${p.accounts.join(', ')} ${p.accounts.length === 1 ? 'is' : 'are'} not in the organization.`,
  itsAccounts: (p: { accounts: readonly string[] }) => `its accounts: ${p.accounts.join(', ')}`,
  noOrganization: 'The account is not in an AWS Organization.',
  noOrganizationHint: 'audit it alone with awsmfa admin audit (without --org)',
  listAccountsDenied: 'Organizations denied organizations:ListAccounts.',
  listAccountsDeniedHint:
    "run --org with the management account's administrator (or a delegated administrator) and a policy allowing organizations:ListAccounts",
  /** Who signs an organization's audit. */
  keysWithoutMfa:
    'Keys from AWS_ACCESS_KEY_ID: the accounts are entered with them as they are, without MFA (--profile with an mfa_serial audits with an MFA session).',
  profileWithoutMfa: (p: { profile: string }) =>
    `Profile ${p.profile} has no mfa_serial: the accounts are entered with its long-term key, without MFA (awsmfa enroll --profile ${p.profile} adds a device).`,
  /** Reading an account. */
  theAccount: 'the account',
  reportNotCsv: 'IAM returned a credential report that is not CSV.',
  reportColumnsMissing: (p: { columns: readonly string[] }) =>
    `IAM's credential report has no column ${p.columns.join(', ')}; awsmfa cannot read it.`,
  reportNotReady: (p: { seconds: number }) => `IAM's credential report was not ready after ${p.seconds} s.`,
  reportNotReadyHint: 'run the audit again later; IAM keeps generating it',
});
