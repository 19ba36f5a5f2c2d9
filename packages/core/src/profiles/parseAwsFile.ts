import { AwsMfaError } from '../errors.js';
import { awsFilesText } from '../messages/en/awsFiles.js';
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
    throw new AwsMfaError(
      'INVALID_INPUT',
      awsFilesText.cannotRead({ path, problem: first.message, more: more.length }),
      { hint: awsFilesText.cannotReadHint() },
    );
  }
  return doc;
}
