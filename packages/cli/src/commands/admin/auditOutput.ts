// What `admin audit` prints: the table (one account, or an organization grouped by account), CSV
// for spreadsheets, and the lines of its errors.
import type { AccountAudit, AuditAccessKey, AuditProgress, AuditReport, AuditUser } from '@awsmfa/core';
import type { ProgressLine } from '../../progressLine.js';
import { renderTable } from '../../renderTable.js';

/** Active keys older than `--max-key-age`: marked ROTATE (see core's keysDueForRotation). */
export type DueKeys = ReadonlySet<AuditAccessKey>;

const noneDue: DueKeys = new Set();

function keysCell(user: AuditUser, due: DueKeys): string {
  if (user.accessKeys.length === 0) return 'none';
  return user.accessKeys
    .map((key, index) => {
      const age = key.ageDays === undefined ? '' : `, ${key.ageDays}d old${due.has(key) ? ': ROTATE' : ''}`;
      const used = key.lastUsedDate
        ? `, used ${key.lastUsedDate.slice(0, 10)}${key.lastUsedService ? ` ${key.lastUsedService}` : ''}`
        : ', never used';
      // The credential report numbers a user's keys (older first) instead of naming them.
      return `${key.accessKeyId ?? `key ${index + 1}`} (${key.status}${age}${used})`;
    })
    .join('; ');
}

function policyCell(user: AuditUser): string {
  if (user.mfaPolicies.length === 0) return 'none';
  return user.mfaPolicies
    .map((policy) => `${policy.policy} [${policy.trustedCidrs.join(' ') || 'no trusted IPs'}]`)
    .join('; ');
}

const userColumns = ['USER', 'GROUPS', 'MFA DEVICE', 'MFA POLICY', 'WITHOUT MFA FROM OUTSIDE', 'ACCESS KEYS'];

function userCells(user: AuditUser, due: DueKeys): string[] {
  return [
    user.userName,
    user.groups.join(',') || '-',
    user.mfaDevices.length > 0 ? 'enabled' : 'none',
    policyCell(user),
    user.canActWithoutMfa ? `CAN ACT (from ${user.probeIp ?? 'anywhere'})` : 'denied',
    keysCell(user, due),
  ];
}

/** The account as a table shows it: `200000000001 (member-1)`. */
export function accountLabel(account: AccountAudit['account']): string {
  return account.name ? `${account.id} (${account.name})` : account.id;
}

/** One account's users as a table. */
export function usersTable(users: readonly AuditUser[], due: DueKeys = noneDue): string {
  return renderTable(
    userColumns,
    users.map((user) => userCells(user, due)),
  );
}

/**
 * An organization's audit as one table grouped by account (the organization's order); an account
 * that was not audited is one row saying why, an account without users one row saying so.
 */
export function organizationTable(audits: readonly AccountAudit[], due: DueKeys = noneDue): string {
  const rows = audits.flatMap(({ account, report, error }) => {
    const label = accountLabel(account);
    if (!report) return [[label, '-', '-', '-', '-', 'NOT AUDITED', error?.message ?? '']];
    if (report.users.length === 0) return [[label, '(no users)', '-', '-', '-', '-', '-']];
    return report.users.map((user) => [label, ...userCells(user, due)]);
  });
  return renderTable(['ACCOUNT', ...userColumns], rows);
}

const csvColumns = [
  'user',
  'groups',
  'mfa_devices',
  'mfa_policies',
  'can_act_without_mfa',
  'probe_ip',
  'explanation',
  'access_keys',
];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`; IAM names may start with them) gets a
 * leading `'`, as OWASP advises against CSV injection.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvUserCells(user: AuditUser, due: DueKeys): string[] {
  return [
    user.userName,
    user.groups.join(' '),
    user.mfaDevices.join(' '),
    policyCell(user),
    String(user.canActWithoutMfa),
    user.probeIp ?? '',
    user.explanation,
    keysCell(user, due),
  ];
}

const csvText = (rows: ReadonlyArray<readonly string[]>) =>
  `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** One account's audit as CSV (CRLF, a header row), for spreadsheets. */
export function usersCsv(users: readonly AuditUser[], due: DueKeys = noneDue): string {
  return csvText([csvColumns, ...users.map((user) => csvUserCells(user, due))]);
}

/**
 * An organization's audit as CSV: the account's id and name first; `error` says why one was not
 * audited. An account without users is one row with empty user cells, so every account is listed.
 */
export function organizationCsv(audits: readonly AccountAudit[], due: DueKeys = noneDue): string {
  const rows = audits.flatMap(({ account, report, error }) =>
    report && report.users.length > 0
      ? report.users.map((user) => [account.id, account.name, ...csvUserCells(user, due), ''])
      : [[account.id, account.name, ...csvColumns.map(() => ''), error?.message ?? '']],
  );
  return csvText([['account_id', 'account_name', ...csvColumns, 'error'], ...rows]);
}

/** An organization's audit as JSON: per account its users, or the error that kept it from being audited. */
export function organizationJson(audits: readonly AccountAudit[], due: DueKeys = noneDue): unknown[] {
  return audits.map(({ account, report, error }) => ({
    accountId: account.id,
    accountName: account.name,
    ...(report
      ? { credentialReportTime: report.credentialReportTime, users: usersJson(report.users, due) }
      : { users: [], error: { code: error?.code, message: error?.message, hint: error?.hint } }),
  }));
}

// The error line names a few; the table and --json name them all.
const namedInError = 5;

/** `alice (why); bob (why); … and 195 more (see the table or --json)`. */
export function exposedList(exposed: readonly AuditUser[]): string {
  const named = exposed.slice(0, namedInError).map((user) => `${user.userName} (${user.explanation})`);
  const more = exposed.length - named.length;
  return `${named.join('; ')}${more > 0 ? `; and ${more} more (see the table or --json)` : ''}`;
}

/** `200000000001 (member-1): alice, bob; 200000000002 (member-2): carol` — at most five users named. */
export function exposedAcrossAccounts(audits: readonly AccountAudit[]): string {
  let budget = namedInError;
  const parts: string[] = [];
  let more = 0;
  for (const { account, report } of audits) {
    const exposed = report?.exposed ?? [];
    if (exposed.length === 0) continue;
    const named = exposed.slice(0, Math.max(0, budget)).map((user) => user.userName);
    budget -= named.length;
    more += exposed.length - named.length;
    if (named.length > 0) parts.push(`${accountLabel(account)}: ${named.join(', ')}`);
  }
  return `${parts.join('; ')}${more > 0 ? `; and ${more} more (see the table or --json)` : ''}`;
}

/** The progress line's text for an audit step; a milestone only where a log should show it. */
export function describeAuditProgress(progress: AuditProgress): { text: string; milestone?: string } {
  switch (progress.step) {
    case 'authorization-details':
      return { text: `Reading IAM users, groups and policies: ${progress.users} users so far` };
    case 'credential-report':
      return {
        text: `Waiting for IAM's credential report (${progress.state === 'STARTED' ? 'generation started' : 'in progress'}, ${Math.round(progress.waitedMs / 1000)} s)…`,
        milestone: 'credential-report',
      };
    case 'per-user':
      return {
        text: `Looking up users the credential report does not cover: ${progress.done}/${progress.total}`,
        milestone: 'per-user',
      };
  }
}

/** Reports each audit step on `line`. */
export function showAuditProgress(line: ProgressLine): (progress: AuditProgress) => void {
  return (progress) => {
    const { text, milestone } = describeAuditProgress(progress);
    line.update(text, milestone);
  };
}

/** `12 min` or `2 h 25 min` since `time`; undefined under a minute. */
function ageSince(time: string, now: Date): string | undefined {
  const ageMinutes = Math.floor((now.getTime() - Date.parse(time)) / 60_000);
  if (ageMinutes < 1) return undefined;
  return ageMinutes < 60 ? `${ageMinutes} min` : `${Math.floor(ageMinutes / 60)} h ${ageMinutes % 60} min`;
}

/** Says how old the credential report is when IAM reused one (it does for four hours). */
export function reportAgeNote(report: AuditReport, now: Date): string | undefined {
  if (report.credentialReportTime === undefined) return undefined;
  const age = ageSince(report.credentialReportTime, now);
  if (age === undefined) return undefined;
  return `Access keys and MFA flags are from IAM's credential report of ${report.credentialReportTime} (${age} ago; IAM reuses a report for four hours). Groups and policies are current.`;
}

/** The same for an organization: names the account whose reused credential report is the oldest. */
export function organizationReportAgeNote(audits: readonly AccountAudit[], now: Date): string | undefined {
  let oldest: { account: AccountAudit['account']; time: string } | undefined;
  for (const { account, report } of audits) {
    const time = report?.credentialReportTime;
    if (time !== undefined && (oldest === undefined || Date.parse(time) < Date.parse(oldest.time))) {
      oldest = { account, time };
    }
  }
  const age = oldest && ageSince(oldest.time, now);
  if (!oldest || age === undefined) return undefined;
  return `Access keys and MFA flags are from IAM's credential reports, the oldest of ${oldest.time} in ${accountLabel(oldest.account)} (${age} ago; IAM reuses a report for four hours). Groups and policies are current.`;
}

/** How an organization's audit ends, when not with success: its error code, message and hint. */
export interface OrganizationVerdict {
  code: 'AUDIT_FAILED' | 'AUDIT_INCOMPLETE';
  message: string;
  hint: string;
}

/**
 * AUDIT_FAILED (exit 32) naming accounts and users when anyone anywhere can act without MFA from
 * outside the trusted IPs (and the accounts not audited); else AUDIT_INCOMPLETE (exit 33) when an
 * account could not be audited; else nothing.
 */
export function organizationVerdict(
  audits: readonly AccountAudit[],
  roleName: string,
): OrganizationVerdict | undefined {
  const failed = audits.filter((audit) => audit.error !== undefined);
  const notAudited = failed
    // Each message's own full stop would read `….; …` between accounts.
    .map((audit) => `${accountLabel(audit.account)}: ${audit.error?.message.replace(/\.$/, '')}`)
    .join('; ');
  const exposed = audits.reduce((sum, audit) => sum + (audit.report?.exposed.length ?? 0), 0);
  if (exposed > 0) {
    const accounts = audits.filter((audit) => (audit.report?.exposed.length ?? 0) > 0).length;
    return {
      code: 'AUDIT_FAILED',
      message: `${exposed} user(s) in ${accounts} account(s) can act without MFA from outside the trusted IPs: ${exposedAcrossAccounts(audits)}${failed.length > 0 ? `. Not audited: ${notAudited}` : ''}`,
      hint: 'put the MFA policy on their groups in those accounts: awsmfa policy apply --group <group> (see the table or --json)',
    };
  }
  if (failed.length > 0) {
    return {
      code: 'AUDIT_INCOMPLETE',
      message: `${failed.length} of ${audits.length} account(s) could not be audited: ${notAudited}`,
      hint: `each account needs a role ${roleName} that trusts this account and lets its sessions read IAM (--role-name picks another)`,
    };
  }
  return undefined;
}

/** The users as `--json` prints them: each with `shouldRotate` (an active key older than `--max-key-age`). */
export function usersJson(users: readonly AuditUser[], due: DueKeys = noneDue): unknown[] {
  return users.map((user) => ({ ...user, shouldRotate: user.accessKeys.some((key) => due.has(key)) }));
}

/**
 * The stderr line naming who should rotate keys (`alice (120 days)`, prefixed with the account in
 * an organization's audit); undefined when nobody should.
 */
export function rotationNote(
  due: ReadonlyArray<{ user: AuditUser; keys: AuditAccessKey[]; account?: AccountAudit['account'] }>,
  maxKeyAge: number,
): string | undefined {
  if (due.length === 0) return undefined;
  const names = due.map(
    ({ user, keys, account }) =>
      `${account ? `${accountLabel(account)}/` : ''}${user.userName} (${keys.map((key) => `${key.ageDays} days`).join(', ')})`,
  );
  return `Should rotate (active keys older than ${maxKeyAge} days): ${names.join(', ')}. Each user runs: awsmfa keys rotate --profile NAME`;
}
