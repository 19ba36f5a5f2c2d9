import { defineMessages } from '../defineMessages.js';

/**
 * The AWS shared files (~/.aws/config, ~/.aws/credentials) as the AWS CLI reads them: why it
 * would refuse one (parseIni's problems), and the edits and values that would read differently.
 */
export const awsFilesText = defineMessages('awsFiles', {
  cannotRead: (p: { path: string; problem: string; more: number }) =>
    `The AWS CLI cannot read ${p.path}: ${p.problem}${p.more > 0 ? ` (and ${p.more} more problem${p.more > 1 ? 's' : ''})` : ''}.`,
  cannotReadHint:
    'fix that line; the AWS CLI says "Unable to parse config file" for it, and awsmfa reads the file as the AWS CLI does',
  byteOrderMark: 'the file starts with a byte order mark (BOM)',
  notUtf8: (p: { line: number }) => `line ${p.line} holds bytes that are not UTF-8`,
  sectionTwice: (p: { section: string; first: number; line: number }) =>
    `section [${p.section}] appears twice (lines ${p.first} and ${p.line})`,
  beforeAnySection: (p: { line: number }) => `line ${p.line} comes before any [section]`,
  noKind: (p: { line: number }) =>
    `line ${p.line} is neither a [section], a key = value setting nor a comment`,
  noKey: (p: { line: number; separator: string }) => `line ${p.line} has no key before its ${p.separator}`,
  keyTwice: (p: { key: string; section: string; first: number; line: number }) =>
    `${p.key} is set twice in [${p.section}] (lines ${p.first} and ${p.line})`,
  nestedLineWithoutEquals: (p: { key: string; line: number }) =>
    `the nested block of ${p.key} (line ${p.line}) has a line without =`,
  editWouldSpill: (p: { section: string }) =>
    `Cannot edit [${p.section}] without changing how the AWS CLI reads the rest of the file: an indented line would join another value.`,
  editWouldSpillHint: 'indent the lines around that section as the AWS CLI expects, or edit the file by hand',
  mfaSerialSpansLines: (p: { profile: string; value: string }) =>
    `The mfa_serial for profile ${p.profile} spans several lines or holds spaces (${p.value}): the AWS CLI reads an indented line after it as part of it.`,
  mfaSerialSpansLinesHint: 'remove the indentation of the line after mfa_serial in the config file',
});
