import { AwsMfaError } from '../errors.js';
import { awsFilesText } from '../messages/en/awsFiles.js';
import { decodeIniBytes } from './ini/iniBytes.js';
import { type IniDocument, parseIni } from './ini/parseIni.js';

/** An AWS shared file as read, and why the AWS CLI would refuse it ("Unable to parse config file"). */
export interface ParsedAwsFile {
  doc: IniDocument;
  /** INVALID_INPUT naming the file and the first line at fault; undefined when the AWS CLI reads it. */
  unreadable: AwsMfaError | undefined;
}

/**
 * Parses the bytes of an AWS shared file as strictly as botocore. A reader that uses the profiles
 * throws `unreadable` rather than read the file differently from the AWS CLI; an edit, which keeps
 * every line it does not change, may go ahead.
 *
 * @example const { doc, unreadable } = parseAwsFile(readFileSync(configFile), configFile); if (unreadable) throw unreadable;
 */
export function parseAwsFile(bytes: Uint8Array, path: string): ParsedAwsFile {
  const doc = parseIni(decodeIniBytes(bytes));
  const [first, ...more] = doc.problems;
  const unreadable =
    first &&
    new AwsMfaError(
      'INVALID_INPUT',
      awsFilesText.cannotRead({ path, problem: first.message, more: more.length }),
      {
        hint: awsFilesText.cannotReadHint(),
      },
    );
  return { doc, unreadable };
}
