// The credential report, with IAM's life cycle: GenerateCredentialReport starts a snapshot (STARTED),
// which is INPROGRESS for the emulator's report delay and then COMPLETE; a report younger than four
// hours is reused; GetCredentialReport answers ReportNotPresent, ReportInProgress or ReportExpired
// (IAM sends these three with no message) or the CSV, base64 on the wire.
import type { ActionTable, Runtime } from '../action.js';
import { ServiceError } from '../serviceError.js';
import { arns, type State } from '../state.js';

/** IAM reuses a report for four hours; after that GetCredentialReport says ReportExpired. */
export const reportLifetimeMs = 4 * 60 * 60 * 1000;

/** The columns of AWS's credential report, in AWS's order. */
export const credentialReportColumns = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

/** The report's timestamp format: `2024-05-01T12:00:00+00:00`. */
const reportTime = (iso: string) => iso.replace(/(\.\d{3})?Z$/, '+00:00');

/** IAM names may hold a comma (`[\w+=,.@-]+`): such a cell is quoted, as RFC 4180 says. */
const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The credential report CSV of `state` now: the account's root user first (the sandbox's has no
 * password, keys or MFA device), then every IAM user. Sandbox users have no console password or
 * signing certificates.
 */
export function credentialReportCsv(state: State, accountId: string): string {
  const keysByUser = new Map<string, State['accessKeys'][string][]>();
  for (const key of Object.values(state.accessKeys)) {
    const keys = keysByUser.get(key.userName) ?? [];
    keys.push(key);
    keysByUser.set(key.userName, keys);
  }
  const withMfa = new Set<string>();
  for (const device of Object.values(state.mfaDevices)) if (device.userName) withMfa.add(device.userName);
  const noKey = ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const noCertificates = ['false', 'N/A', 'false', 'N/A'];
  // A member account of an organization has no bootstrap administrator: its oldest entity dates it.
  const accountCreated =
    state.users[state.admin.userName]?.createDate ??
    [...Object.values(state.users), ...Object.values(state.roles)]
      .map((entity) => entity.createDate)
      .sort()[0] ??
    new Date(0).toISOString();
  const root = [
    '<root_account>',
    `arn:aws:iam::${accountId}:root`,
    reportTime(accountCreated),
    'not_supported',
    'no_information',
    'not_supported',
    'not_supported',
    'false',
    ...noKey,
    ...noKey,
    ...noCertificates,
  ];
  const users = Object.values(state.users)
    .sort((a, b) => (a.userName < b.userName ? -1 : 1))
    .map((user) => {
      // Key 1 is the older one, as in AWS's report.
      const keys = (keysByUser.get(user.userName) ?? []).sort((a, b) =>
        a.createDate < b.createDate ? -1 : 1,
      );
      const keyColumns = [0, 1].flatMap((i) => {
        const key = keys[i];
        if (!key) return noKey;
        return [
          String(key.status === 'Active'),
          reportTime(key.createDate),
          key.lastUsed ? reportTime(key.lastUsed.date) : 'N/A',
          key.lastUsed?.region ?? 'N/A',
          key.lastUsed?.service ?? 'N/A',
        ];
      });
      return [
        user.userName,
        arns.user(accountId, user),
        reportTime(user.createDate),
        'false',
        'N/A',
        'N/A',
        'N/A',
        String(withMfa.has(user.userName)),
        ...keyColumns,
        ...noCertificates,
      ];
    });
  return [credentialReportColumns, root, ...users].map((row) => row.map(cell).join(',')).join('\n');
}

type Report = NonNullable<State['credentialReport']> & { content: string };

/** The account's report, unless there is none (or a state file from before reports kept content). */
function currentReport(state: State): Report | undefined {
  const report = state.credentialReport;
  return report?.content === undefined ? undefined : (report as Report);
}

const expired = (report: Report, now: Date) =>
  now.getTime() - Date.parse(report.generatedTime) >= reportLifetimeMs;

const inProgress = (report: Report, now: Date) => now.getTime() < Date.parse(report.generatedTime);

/** Starts a report: a snapshot of now, ready after the emulator's report delay. */
function startReport(runtime: Runtime, now: Date): void {
  runtime.state.credentialReport = {
    startedTime: now.toISOString(),
    generatedTime: new Date(now.getTime() + runtime.credentialReportDelayMs).toISOString(),
    content: credentialReportCsv(runtime.state, runtime.accountId),
  };
}

export const credentialReportActions: ActionTable = {
  GenerateCredentialReport: {
    permission: 'iam:GenerateCredentialReport',
    run({ runtime, now }) {
      const report = currentReport(runtime.state);
      if (!report || expired(report, now)) {
        startReport(runtime, now);
        return { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' };
      }
      return { State: inProgress(report, now) ? 'INPROGRESS' : 'COMPLETE' };
    },
  },

  GetCredentialReport: {
    permission: 'iam:GetCredentialReport',
    run({ runtime, now }) {
      const report = currentReport(runtime.state);
      if (!report) throw new ServiceError('ReportNotPresent', '', 410);
      if (inProgress(report, now)) throw new ServiceError('ReportInProgress', '', 404);
      if (expired(report, now)) throw new ServiceError('ReportExpired', '', 410);
      return {
        Content: Buffer.from(report.content, 'utf8').toString('base64'),
        ReportFormat: 'text/csv',
        GeneratedTime: new Date(report.generatedTime),
      };
    },
  },
};
