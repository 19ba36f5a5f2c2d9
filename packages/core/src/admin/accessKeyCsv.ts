import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AwsMfaError } from '../errors.js';
import { adminText } from '../messages/en/admin.js';
import { writeFileAtomic } from '../profiles/writeFileAtomic.js';

/** The header of the CSV the IAM console offers when it creates a user (`awsmfa import` reads it). */
export const consoleCsvHeader = 'User name,Password,Access key ID,Secret access key,Console login link';

/** One user's new access key, as the console CSV holds it. */
export interface AccessKeyCsvRow {
  userName: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://<account>.signin.aws.amazon.com/console`. */
  consoleLoginLink: string;
}

/**
 * The console-format CSV text for one key: the console's header, one row, CRLF line ends as the
 * console writes them. The password column stays empty (awsmfa creates no console passwords).
 *
 * @example accessKeyCsv({ userName: 'cli-user', accessKeyId: 'AKIA…', secretAccessKey: '…', consoleLoginLink: 'https://123456789012.signin.aws.amazon.com/console' })
 */
export function accessKeyCsv(row: AccessKeyCsvRow): string {
  for (const value of Object.values(row)) {
    // The console format has no quoting (aws configure import splits on bare commas).
    if (/[,\r\n"]/.test(value)) {
      throw new AwsMfaError('INVALID_INPUT', adminText.csvCell({ user: row.userName }));
    }
  }
  return `${consoleCsvHeader}\r\n${row.userName},,${row.accessKeyId},${row.secretAccessKey},${row.consoleLoginLink}\r\n`;
}

/**
 * The console sign-in address of an account, built with the URL API; an account ID (or alias)
 * that is not a DNS label gets the generic sign-in page instead of a host of its own choosing.
 *
 * @example consoleLoginLink('123456789012') // 'https://123456789012.signin.aws.amazon.com/console'
 */
export function consoleLoginLink(accountId: string): string {
  const url = new URL('https://signin.aws.amazon.com/console');
  if (/^(?!-)[a-z0-9-]{1,63}(?<!-)$/i.test(accountId)) url.hostname = `${accountId}.${url.hostname}`;
  return url.href;
}

/** Where `admin setup` writes the user's CSV inside `directory`. */
export function accessKeyCsvPath(directory: string, userName: string): string {
  return join(directory, `${userName}_credentials.csv`);
}

/**
 * Writes the user's CSV atomically with mode 0600 (the directory is created 0700 if missing), so
 * the file appears whole or not at all.
 */
export async function writeAccessKeyCsv(directory: string, row: AccessKeyCsvRow): Promise<string> {
  const file = accessKeyCsvPath(directory, row.userName);
  const text = accessKeyCsv(row);
  try {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, text, { mode: 0o600 });
  } catch (error) {
    throw new AwsMfaError('FILE_ERROR', adminText.cannotWrite({ file, error: (error as Error).message }), {
      cause: error,
    });
  }
  return file;
}

/** The access key ID in the user's CSV in `directory`, or undefined when there is no such file. */
export async function readAccessKeyIdFromCsv(
  directory: string,
  userName: string,
): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(accessKeyCsvPath(directory, userName), 'utf8');
  } catch {
    return undefined;
  }
  const [header, row] = text.split(/\r?\n/);
  const column = header?.split(',').findIndex((name) => name.trim().toLowerCase() === 'access key id') ?? -1;
  const value = column < 0 ? undefined : row?.split(',')[column]?.trim();
  return value === '' ? undefined : value;
}
