import { AwsMfaError } from '../errors.js';
import { decodeIniBytes } from './ini/iniBytes.js';
import { type IniDocument, parseIni } from './ini/parseIni.js';

/**
 * Parses the bytes of an AWS shared file for reading, as strictly as botocore: a file the AWS CLI
 * refuses ("Unable to parse config file") is INVALID_INPUT naming the file and the first line at
 * fault, rather than read differently from it.
 *
 * @example parseAwsFile(readFileSync(configFile), configFile).sections
 */
export function parseAwsFile(bytes: Uint8Array, path: string): IniDocument {
  const doc = parseIni(decodeIniBytes(bytes));
  const [first, ...more] = doc.problems;
  if (first) {
    const others = more.length > 0 ? ` (and ${more.length} more problem${more.length > 1 ? 's' : ''})` : '';
    throw new AwsMfaError(
      'INVALID_INPUT',
      `The AWS CLI cannot read ${path}: ${printable(first.message)}${others}.`,
      {
        hint: 'fix that line; the AWS CLI says "Unable to parse config file" for it, and awsmfa reads the file as the AWS CLI does',
      },
    );
  }
  return doc;
}

/** Control characters (an escape sequence in a section name) shown escaped, not sent to the terminal. */
function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
