// What `admin audit` prints: the table (one account, or an organization grouped by account), CSV
// for spreadsheets, and the lines of its errors.
import {
  type AccountAudit,
  type AuditAccessKey,
  type AuditProgress,
  type AuditReport,
  type AuditUser,
  auditText,
  type Message,
} from '@awsmfa/core';
import type { ProgressLine } from '../../progressLine.js';
import { renderTable } from '../../renderTable.js';
import { userText } from '../../userLanguage.js';

/** Active keys older than `--max-key-age`: marked ROTATE (see core's keysDueForRotation). */
export type DueKeys = ReadonlySet<AuditAccessKey>;

const noneDue: DueKeys = new Set();

/** How a cell's words are written: the user's language in the table, English in CSV (data). */
type Words = (message: Message) => string;
const english: Words = (message) => message.english;

function keysCell(user: AuditUser, due: DueKeys, words: Words): string {
  if (user.accessKeys.length === 0) return words(auditText.none());
  return user.accessKeys
    .map((key, index) => {
      const age =
        key.ageDays === undefined
          ? ''
          : `, ${words(auditText.keyAge({ days: key.ageDays }))}${due.has(key) ? ': ROTATE' : ''}`;
      const used = key.lastUsedDate
        ? words(
            auditText.keyUsed({ date: key.lastUsedDate.slice(0, 10), service: key.lastUsedService ?? '' }),
          )
        : words(auditText.keyNeverUsed());
      // The credential report numbers a user's keys (older first) instead of naming them.
      const id = key.accessKeyId ?? words(auditText.keyNumber({ number: index + 1 }));
      return `${id} (${key.status}${age}, ${used})`;
    })
    .join('; ');
}

function policyCell(user: AuditUser, words: Words): string {
  if (user.mfaPolicies.length === 0) return words(auditText.none());
  return user.mfaPolicies
    .map((policy) => `${policy.policy} [${policy.trustedCidrs.join(' ') || words(auditText.noTrustedIps())}]`)
    .join('; ');
}

const userColumns = () =>
  [
    auditText.columnUser(),
    auditText.columnGroups(),
    auditText.columnMfaDevice(),
    auditText.columnMfaPolicy(),
    auditText.columnWithoutMfa(),
    auditText.columnAccessKeys(),
  ].map(userText);

function userCells(user: AuditUser, due: DueKeys): string[] {
  return [
    user.userName,
    user.groups.join(',') || '-',
    userText(user.mfaDevices.length > 0 ? auditText.enabled() : auditText.none()),
    policyCell(user, userText),
    userText(
      user.canActWithoutMfa
        ? auditText.canAct({ from: user.probeIp ?? auditText.anywhere() })
        : auditText.denied(),
    ),
    keysCell(user, due, userText),
  ];
}

/** The account as a table shows it: `200000000001 (member-1)`. */
export function accountLabel(account: AccountAudit['account']): string {
  return account.name ? `${account.id} (${account.name})` : account.id;
}

/** One account's users as a table. */
export function usersTable(users: readonly AuditUser[], due: DueKeys = noneDue): string {
  return renderTable(
    userColumns(),
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
    if (!report) {
      return [
        [label, '-', '-', '-', '-', userText(auditText.notAudited()), error ? userText(error.text) : ''],
      ];
    }
    if (report.users.length === 0) return [[label, userText(auditText.noUsers()), '-', '-', '-', '-', '-']];
    return report.users.map((user) => [label, ...userCells(user, due)]);
  });
  return renderTable([userText(auditText.columnAccount()), ...userColumns()], rows);
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
    policyCell(user, english),
    String(user.canActWithoutMfa),
    user.probeIp ?? '',
    user.explanation,
    keysCell(user, due, english),
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
export function exposedList(exposed: readonly AuditUser[]): Message {
  const names = exposed.slice(0, namedInError).map((user) => `${user.userName} (${user.explanation})`);
  return auditText.named({ names, more: exposed.length - names.length });
}

/** `200000000001 (member-1): alice, bob; 200000000002 (member-2): carol` — at most five users named. */
export function exposedAcrossAccounts(audits: readonly AccountAudit[]): Message {
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
  return auditText.named({ names: parts, more });
}

/** The progress line's text for an audit step; a milestone only where a log should show it. */
export function describeAuditProgress(progress: AuditProgress): { text: string; milestone?: string } {
  switch (progress.step) {
    case 'authorization-details':
      return { text: userText(auditText.readingAccount({ users: progress.users })) };
    case 'credential-report':
      return {
        text: userText(
          auditText.waitingForReport({
            started: progress.state === 'STARTED',
            seconds: Math.round(progress.waitedMs / 1000),
          }),
        ),
        milestone: 'credential-report',
      };
    case 'per-user':
      return {
        text: userText(auditText.lookingUpUsers({ done: progress.done, total: progress.total })),
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
function ageSince(time: string, now: Date): Message | undefined {
  const ageMinutes = Math.floor((now.getTime() - Date.parse(time)) / 60_000);
  if (ageMinutes < 1) return undefined;
  return ageMinutes < 60
    ? auditText.minutes({ minutes: ageMinutes })
    : auditText.hoursMinutes({ hours: Math.floor(ageMinutes / 60), minutes: ageMinutes % 60 });
}

/** Says how old the credential report is when IAM reused one (it does for four hours). */
export function reportAgeNote(report: AuditReport, now: Date): Message | undefined {
  if (report.credentialReportTime === undefined) return undefined;
  const age = ageSince(report.credentialReportTime, now);
  if (age === undefined) return undefined;
  return auditText.reportAge({ time: report.credentialReportTime, age });
}

/** The same for an organization: names the account whose reused credential report is the oldest. */
export function organizationReportAgeNote(audits: readonly AccountAudit[], now: Date): Message | undefined {
  let oldest: { account: AccountAudit['account']; time: string } | undefined;
  for (const { account, report } of audits) {
    const time = report?.credentialReportTime;
    if (time !== undefined && (oldest === undefined || Date.parse(time) < Date.parse(oldest.time))) {
      oldest = { account, time };
    }
  }
  const age = oldest && ageSince(oldest.time, now);
  if (!oldest || age === undefined) return undefined;
  return auditText.oldestReportAge({ time: oldest.time, account: accountLabel(oldest.account), age });
}

/** How an organization's audit ends, when not with success: its error code, message and hint. */
export interface OrganizationVerdict {
  code: 'AUDIT_FAILED' | 'AUDIT_INCOMPLETE';
  message: Message;
  hint: Message;
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
  // Each message's own full stop would read `….; …` between accounts (。 in Japanese).
  const notAudited = failed.map((audit) =>
    audit.error
      ? auditText.notAuditedAccount({ account: accountLabel(audit.account), error: audit.error.text })
      : accountLabel(audit.account),
  );
  const exposed = audits.reduce((sum, audit) => sum + (audit.report?.exposed.length ?? 0), 0);
  if (exposed > 0) {
    const accounts = audits.filter((audit) => (audit.report?.exposed.length ?? 0) > 0).length;
    return {
      code: 'AUDIT_FAILED',
      message: auditText.exposedInAccounts({
        count: exposed,
        accounts,
        who: exposedAcrossAccounts(audits),
        notAudited,
      }),
      hint: auditText.exposedInAccountsHint(),
    };
  }
  if (failed.length > 0) {
    return {
      code: 'AUDIT_INCOMPLETE',
      message: auditText.incomplete({ failed: failed.length, total: audits.length, notAudited }),
      hint: auditText.incompleteHint({ role: roleName }),
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
): Message | undefined {
  if (due.length === 0) return undefined;
  const names = due.map(({ user, keys, account }) =>
    auditText.dueUser({
      who: `${account ? `${accountLabel(account)}/` : ''}${user.userName}`,
      days: keys.map((key) => key.ageDays ?? 0),
    }),
  );
  return auditText.shouldRotate({ maxKeyAge, names });
}
