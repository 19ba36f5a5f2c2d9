import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { AwsMfaError } from '../errors.js';
import { importText } from '../messages/en/importCsv.js';
import { type Message, verbatim } from '../messages/message.js';
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
  /** `reason` as a catalogue Message, for the user's language. */
  reasonText: Message;
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

const csvErrorWords: Record<string, () => Message> = {
  CSV_QUOTE_NOT_CLOSED: importText.quoteNotClosed,
  CSV_INVALID_CLOSING_QUOTE: importText.badClosingQuote,
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: importText.badClosingQuote,
  INVALID_OPENING_QUOTE: importText.quoteInField,
};

const csvHint = importText.csvHint;

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
  if (!header) throw new AwsMfaError('CSV_INVALID', importText.empty({ file: source }), { hint: csvHint() });
  const columns = headerColumns(header, source);
  if (data.length === 0) {
    throw new AwsMfaError('CSV_INVALID', importText.headerOnly({ file: source }), {
      hint: importText.headerOnlyHint(),
    });
  }
  if (columns.userName === undefined && options.profile === undefined) {
    throw new AwsMfaError('USAGE', importText.noUserNameColumn({ file: source }), {
      // A command line: the same in every language.
      hint: verbatim(`awsmfa import ${source === 'stdin' ? '-' : source} --profile NAME`),
    });
  }
  if (options.profile !== undefined && data.length > 1) {
    throw new AwsMfaError('USAGE', importText.profileForOneRow({ file: source, rows: data.length }), {
      hint: importText.profileForOneRowHint(),
    });
  }

  const rows: AccessKeyRow[] = [];
  const invalid: InvalidRow[] = [];
  const byProfile = new Map<string, AccessKeyRow>();
  data.forEach((record, index) => {
    const row = index + 2;
    const parsed = checkRow(record, row, header.length, columns, options);
    if (!('profile' in parsed)) {
      invalid.push({ row, reason: parsed.english, reasonText: parsed });
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
      const reason = importText.againOtherKeys({ profile: parsed.profile, row: earlier.row });
      invalid.push({ row, reason: reason.english, reasonText: reason });
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
): AccessKeyRow | Message {
  if (record.length !== headerLength) {
    return importText.fieldCount({ fields: record.length, header: headerLength });
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
  if (baseName === '') return importText.noUserName();
  const profile = `${options.profilePrefix ?? ''}${baseName}`;
  const nameProblem = profileNameProblem(profile);
  if (nameProblem)
    return importText.badProfileName({ profile: JSON.stringify(profile), problem: nameProblem });
  return { row, profile, accessKeyId, secretAccessKey };
}

function parseRecords(text: string, source: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const words = error instanceof CsvError ? csvErrorWords[error.code] : undefined;
    const detail = words ? words() : error instanceof CsvError ? error.code : String(error);
    const line = (error as { lines?: number }).lines;
    throw new AwsMfaError('CSV_INVALID', importText.notCsv({ file: source, line, detail }), {
      hint: csvHint(),
      cause: error,
    });
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
      throw new AwsMfaError(
        'CSV_INVALID',
        importText.twoColumns({ file: source, column: describe(column) }),
        {
          hint: csvHint(),
        },
      );
    }
    columns[column] = index;
  });
  // A key where the header should be: the header line is missing. Say so without echoing it.
  if (header.some((cell) => /^(AKIA|ASIA)[A-Z0-9]{16}$/.test(cell.trim()))) {
    throw new AwsMfaError('CSV_INVALID', importText.noHeader({ file: source }), {
      hint: importText.noHeaderHint(),
    });
  }
  for (const column of ['accessKeyId', 'secretAccessKey'] as const) {
    if (columns[column] === undefined) {
      throw new AwsMfaError('CSV_INVALID', importText.noColumn({ file: source, column: describe(column) }), {
        hint: csvHint(),
      });
    }
  }
  return columns;
}

function describe(column: Column): string {
  return { userName: '"User name"', accessKeyId: '"Access key ID"', secretAccessKey: '"Secret access key"' }[
    column
  ];
}
