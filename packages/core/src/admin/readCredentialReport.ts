import { GenerateCredentialReportCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import { parse } from 'csv-parse/sync';
import { AwsMfaError } from '../errors.js';
import { auditText } from '../messages/en/audit.js';
import { awsErrorCode, callIam, type IamClient } from './iamCall.js';

/** One access key as the credential report knows it: key 1 or 2 of the user, without its ID. */
export interface ReportAccessKey {
  slot: 1 | 2;
  active: boolean;
  /** When the key was created (the report's `last_rotated`). */
  created: Date | undefined;
  lastUsed: Date | undefined;
  lastUsedService: string | undefined;
}

/** One IAM user's row of the credential report. */
export interface CredentialReportRow {
  userName: string;
  arn: string;
  mfaActive: boolean;
  accessKeys: ReportAccessKey[];
}

/** The account's credential report: when IAM generated it, and its users by name (no root row). */
export interface CredentialReport {
  generatedTime: Date;
  users: Map<string, CredentialReportRow>;
}

/** What the audit waits for, for a progress line: IAM's answer and how long it has waited. */
export interface CredentialReportProgress {
  state: 'STARTED' | 'INPROGRESS';
  waitedMs: number;
}

export interface ReadCredentialReportOptions {
  /** Called each time IAM says the report is not ready yet. */
  onProgress?: (progress: CredentialReportProgress) => void;
  /** Waits between polls; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
  /** Give up after this long (default 10 minutes). */
  timeoutMs?: number;
}

const reportColumns = ['user', 'arn', 'mfa_active'] as const;

const reportDate = (value: string | undefined): Date | undefined => {
  if (value === undefined || value === 'N/A' || value === 'no_information' || value === 'not_supported') {
    return undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

const reportText = (value: string | undefined) =>
  value === undefined || value === '' || value === 'N/A' ? undefined : value;

/**
 * Parses the credential report CSV (AWS's columns, found by header name; the `<root_account>` row
 * is left out, it is not an IAM user).
 *
 * @example parseCredentialReport(csv).get('alice')?.mfaActive // true
 */
export function parseCredentialReport(csv: string): Map<string, CredentialReportRow> {
  let records: Array<Record<string, string>>;
  try {
    records = parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new AwsMfaError('SERVICE_ERROR', auditText.reportNotCsv(), {
      cause: error,
    });
  }
  const header = records[0] ? Object.keys(records[0]) : [];
  const missing = reportColumns.filter((column) => records.length > 0 && !header.includes(column));
  if (missing.length > 0) {
    throw new AwsMfaError('SERVICE_ERROR', auditText.reportColumnsMissing({ columns: missing }));
  }
  const users = new Map<string, CredentialReportRow>();
  for (const record of records) {
    const userName = record.user;
    if (!userName || userName === '<root_account>') continue;
    const accessKeys: ReportAccessKey[] = [];
    for (const slot of [1, 2] as const) {
      const created = reportDate(record[`access_key_${slot}_last_rotated`]);
      // A key that never existed has no rotation date; an inactive one has.
      if (created === undefined && record[`access_key_${slot}_active`] !== 'true') continue;
      accessKeys.push({
        slot,
        active: record[`access_key_${slot}_active`] === 'true',
        created,
        lastUsed: reportDate(record[`access_key_${slot}_last_used_date`]),
        lastUsedService: reportText(record[`access_key_${slot}_last_used_service`]),
      });
    }
    users.set(userName, {
      userName,
      arn: record.arn ?? '',
      mfaActive: record.mfa_active === 'true',
      accessKeys,
    });
  }
  return users;
}

// Error codes of GetCredentialReport, as AWS sends them and as the SDK names its exceptions.
const notReady = new Set(['ReportInProgress', 'CredentialReportNotReady']);
const gone = new Set([
  'ReportNotPresent',
  'CredentialReportNotPresent',
  'ReportExpired',
  'CredentialReportExpired',
]);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The account's credential report, as IAM's life cycle has it: GenerateCredentialReport (which
 * reuses a report younger than four hours), then GetCredentialReport until it is ready, polling
 * with a growing pause (0.25 s up to 2 s). A report that expired or vanished meanwhile is
 * generated again.
 */
export async function readCredentialReport(
  iam: IamClient,
  options: ReadCredentialReportOptions = {},
): Promise<CredentialReport> {
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const generate = () =>
    callIam({ action: 'iam:GenerateCredentialReport', target: auditText.theAccount() }, () =>
      iam.send(new GenerateCredentialReportCommand({})),
    );
  let state = (await generate()).State;
  let waitedMs = 0;
  let pause = 250;
  let generations = 1;
  for (;;) {
    try {
      const report = await iam.send(new GetCredentialReportCommand({}));
      return {
        generatedTime: report.GeneratedTime ?? new Date(),
        users: parseCredentialReport(Buffer.from(report.Content ?? new Uint8Array()).toString('utf8')),
      };
    } catch (error) {
      const code = awsErrorCode(error);
      if (code !== undefined && gone.has(code) && generations < 3) {
        generations += 1;
        state = (await generate()).State;
        continue;
      }
      if (code === undefined || !notReady.has(code)) {
        return callIam({ action: 'iam:GetCredentialReport', target: auditText.theAccount() }, () =>
          Promise.reject(error),
        );
      }
    }
    if (waitedMs >= timeoutMs) {
      throw new AwsMfaError('TIMEOUT', auditText.reportNotReady({ seconds: Math.round(waitedMs / 1000) }), {
        hint: auditText.reportNotReadyHint(),
      });
    }
    options.onProgress?.({ state: state === 'STARTED' ? 'STARTED' : 'INPROGRESS', waitedMs });
    await sleep(pause);
    waitedMs += pause;
    pause = Math.min(pause * 2, 2000);
  }
}
