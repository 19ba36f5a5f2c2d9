import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { AwsMfaError } from '../errors.js';
import { profileNameProblem } from '../profiles/profileSection.js';
import { accessKeyIdProblem, secretAccessKeyProblem } from './accessKeyShape.js';

/** One valid row of an access-key CSV, with the profile it goes to. */
export interface AccessKeyRow {
  /** Spreadsheet numbering: the header is row 1. */
  row: number;
  profile: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** A row that cannot be imported, and why in words (never with its secret). */
export interface InvalidRow {
  row: number;
  reason: string;
}

export interface ParseAccessKeyCsvOptions {
  /** Name of the input for messages (the path, or `stdin`). */
  source: string;
  /** `--profile`: the profile for a single-row CSV; required when there is no User name column. */
  profile?: string;
  /** `--profile-prefix`: put in front of every profile name. */
  profilePrefix?: string;
}

type Column = 'userName' | 'accessKeyId' | 'secretAccessKey';

// Header spellings seen in the IAM console downloads (`User name`, `Access key ID`,
// `Secret access key`) and what people make of them by hand; compared case-insensitively with
// spaces, `_` and `-` alike.
const columnNames: Record<string, Column> = {
  'user name': 'userName',
  username: 'userName',
  user: 'userName',
  'access key id': 'accessKeyId',
  'access key': 'accessKeyId',
  'aws access key id': 'accessKeyId',
  accesskeyid: 'accessKeyId',
  'secret access key': 'secretAccessKey',
  'aws secret access key': 'secretAccessKey',
  'secret key': 'secretAccessKey',
  secretaccesskey: 'secretAccessKey',
};

const csvErrorWords: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by something other than a comma or line end',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'a closing quote is followed by something other than a comma or line end',
  INVALID_OPENING_QUOTE: 'a quote opens in the middle of a field',
};

const csvHint = 'the IAM console CSV starts with a header line, e.g. Access key ID,Secret access key';

/**
 * Parses an access-key CSV as the IAM console writes it: the 5-column console file (`User
 * name,Password,Access key ID,Secret access key,Console login link`) or the 2-column key download
 * (then `profile` is required), headers in any case and order, quoted fields, CRLF, several rows.
 * Rows that cannot be imported come back in `invalid`; problems with the file as a whole throw
 * CSV_INVALID (or USAGE when `--profile` is missing or misused).
 *
 * @example parseAccessKeyCsv(text, { source: 'alice_accessKeys.csv', profile: 'alice' }).rows[0]?.profile // 'alice'
 */
export function parseAccessKeyCsv(
  text: string,
  options: ParseAccessKeyCsvOptions,
): { rows: AccessKeyRow[]; invalid: InvalidRow[] } {
  const { source } = options;
  const records = parseRecords(text, source);
  const [header, ...data] = records;
  if (!header) throw new AwsMfaError('CSV_INVALID', `${source} is empty.`, { hint: csvHint });
  const columns = headerColumns(header, source);
  if (data.length === 0) {
    throw new AwsMfaError('CSV_INVALID', `${source} has a header line but no rows of keys.`, {
      hint: 'download the CSV again from the IAM console (Security credentials → Create access key)',
    });
  }
  if (columns.userName === undefined && options.profile === undefined) {
    throw new AwsMfaError('USAGE', `${source} has no User name column, so the profile needs a name.`, {
      hint: `awsmfa import ${source === 'stdin' ? '-' : source} --profile NAME`,
    });
  }
  if (options.profile !== undefined && data.length > 1) {
    throw new AwsMfaError(
      'USAGE',
      `--profile names one profile, but ${source} has ${data.length} rows of keys.`,
      {
        hint: 'drop --profile to name each profile after its User name (add --profile-prefix if you like)',
      },
    );
  }

  const rows: AccessKeyRow[] = [];
  const invalid: InvalidRow[] = [];
  const byProfile = new Map<string, AccessKeyRow>();
  data.forEach((record, index) => {
    const row = index + 2;
    const parsed = checkRow(record, row, header.length, columns, options);
    if (typeof parsed === 'string') {
      invalid.push({ row, reason: parsed });
      return;
    }
    const earlier = byProfile.get(parsed.profile);
    if (!earlier) {
      byProfile.set(parsed.profile, parsed);
      rows.push(parsed);
    } else if (
      earlier.accessKeyId !== parsed.accessKeyId ||
      earlier.secretAccessKey !== parsed.secretAccessKey
    ) {
      invalid.push({
        row,
        reason: `imports profile ${parsed.profile} again with other keys than row ${earlier.row}`,
      });
    }
  });
  return { rows, invalid };
}

/** The row's keys and profile, or why it cannot be imported. */
function checkRow(
  record: string[],
  row: number,
  headerLength: number,
  columns: Partial<Record<Column, number>>,
  options: ParseAccessKeyCsvOptions,
): AccessKeyRow | string {
  if (record.length !== headerLength) {
    return `has ${record.length} fields, the header has ${headerLength} (an unquoted comma?)`;
  }
  const cell = (column: Column) => {
    const at = columns[column];
    return at === undefined ? '' : (record[at] ?? '');
  };
  const accessKeyId = cell('accessKeyId');
  const secretAccessKey = cell('secretAccessKey');
  const problem = accessKeyIdProblem(accessKeyId) ?? secretAccessKeyProblem(secretAccessKey);
  if (problem) return problem;
  const baseName = options.profile ?? cell('userName');
  if (baseName === '') return 'has no User name to name the profile (or pass --profile)';
  const profile = `${options.profilePrefix ?? ''}${baseName}`;
  const nameProblem = profileNameProblem(profile);
  if (nameProblem) return `names profile ${JSON.stringify(profile)}, which ${nameProblem}`;
  return { row, profile, accessKeyId, secretAccessKey };
}

function parseRecords(text: string, source: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const detail = error instanceof CsvError ? (csvErrorWords[error.code] ?? error.code) : String(error);
    const line = (error as { lines?: number }).lines;
    throw new AwsMfaError(
      'CSV_INVALID',
      `${source} is not valid CSV${line ? ` at line ${line}` : ''}: ${detail}.`,
      {
        hint: csvHint,
        cause: error,
      },
    );
  }
}

function headerColumns(header: string[], source: string): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((name, index) => {
    const column =
      columnNames[
        name
          .trim()
          .toLowerCase()
          .replace(/[\s_-]+/g, ' ')
      ];
    if (!column) return;
    if (columns[column] !== undefined) {
      throw new AwsMfaError('CSV_INVALID', `${source} has two ${describe(column)} columns.`, {
        hint: csvHint,
      });
    }
    columns[column] = index;
  });
  // A key where the header should be: the header line is missing. Say so without echoing it.
  if (header.some((cell) => /^(AKIA|ASIA)[A-Z0-9]{16}$/.test(cell.trim()))) {
    throw new AwsMfaError('CSV_INVALID', `${source} has no header line; its first line holds keys.`, {
      hint: `add a first line naming the columns: Access key ID,Secret access key`,
    });
  }
  for (const column of ['accessKeyId', 'secretAccessKey'] as const) {
    if (columns[column] === undefined) {
      throw new AwsMfaError('CSV_INVALID', `${source} has no ${describe(column)} column.`, { hint: csvHint });
    }
  }
  return columns;
}

function describe(column: Column): string {
  return { userName: '"User name"', accessKeyId: '"Access key ID"', secretAccessKey: '"Secret access key"' }[
    column
  ];
}
