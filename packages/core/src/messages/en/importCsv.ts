import { defineMessages } from '../defineMessages.js';

/** `awsmfa import`: reading the IAM console's access-key CSV. */
export const importText = defineMessages('import', {
  /** Why a row cannot be imported (after "row N"). */
  noAccessKeyId: 'has no access key ID',
  spacesAroundAccessKeyId: 'has spaces around the access key ID',
  badAccessKeyId: (p: { length: number }) =>
    `has an access key ID that is not AKIA or ASIA and 16 uppercase letters or digits (${p.length} characters)`,
  noSecret: 'has no secret access key',
  spacesAroundSecret: 'has spaces around the secret access key',
  badSecret: (p: { length: number }) =>
    `has a secret access key that is not 40 base64 characters (${p.length} characters)`,
  againOtherKeys: (p: { profile: string; row: number }) =>
    `imports profile ${p.profile} again with other keys than row ${p.row}`,
  fieldCount: (p: { fields: number; header: number }) =>
    `has ${p.fields} fields, the header has ${p.header} (an unquoted comma?)`,
  noUserName: 'has no User name to name the profile (or pass --profile)',
  badProfileName: (p: { profile: string; problem: string }) =>
    `names profile ${p.profile}, which ${p.problem}`,
  row: (p: { row: number; reason: string }) => `row ${p.row} ${p.reason}`,
  skippedRow: (p: { row: number; reason: string }) => `Skipped row ${p.row}: ${p.reason}.`,
  /** The file as a whole. */
  nothingImported: (p: { file: string; rows: readonly string[] }) =>
    `Nothing imported from ${p.file}: ${p.rows.join('; ')}.`,
  nothingImportedHint: 'fix those rows, or pass --skip-invalid to import the others',
  noValidRow: (p: { file: string }) => `Nothing imported: no row of ${p.file} is valid.`,
  rows: (p: { rows: readonly string[] }) => p.rows.join('; '),
  conflict: (p: { profiles: readonly string[]; places: readonly string[] }) =>
    `${p.profiles.length === 1 ? `Profile ${p.profiles[0]} already has` : `Profiles ${p.profiles.join(', ')} already have`} other keys in ${p.places.join(' and ')}; nothing imported.`,
  credentialsFile: 'the credentials file',
  conflictHint: 'pass --force to replace them, or --profile-prefix (or --profile) to import beside them',
  quoteNotClosed: 'a quoted field is never closed',
  badClosingQuote: 'a closing quote is followed by something other than a comma or line end',
  quoteInField: 'a quote opens in the middle of a field',
  csvHint: 'the IAM console CSV starts with a header line, e.g. Access key ID,Secret access key',
  empty: (p: { file: string }) => `${p.file} is empty.`,
  headerOnly: (p: { file: string }) => `${p.file} has a header line but no rows of keys.`,
  headerOnlyHint: 'download the CSV again from the IAM console (Security credentials → Create access key)',
  noUserNameColumn: (p: { file: string }) =>
    `${p.file} has no User name column, so the profile needs a name.`,
  profileForOneRow: (p: { file: string; rows: number }) =>
    `--profile names one profile, but ${p.file} has ${p.rows} rows of keys.`,
  profileForOneRowHint:
    'drop --profile to name each profile after its User name (add --profile-prefix if you like)',
  notCsv: (p: { file: string; line: number | undefined; detail: string }) =>
    `${p.file} is not valid CSV${p.line ? ` at line ${p.line}` : ''}: ${p.detail}.`,
  twoColumns: (p: { file: string; column: string }) => `${p.file} has two ${p.column} columns.`,
  noHeader: (p: { file: string }) => `${p.file} has no header line; its first line holds keys.`,
  noHeaderHint: 'add a first line naming the columns: Access key ID,Secret access key',
  noColumn: (p: { file: string; column: string }) => `${p.file} has no ${p.column} column.`,
  /** Reading the file. */
  noStdin: 'Reading the CSV from stdin (-) is not available here.',
  noFile: 'No CSV file given.',
  noFileHint: 'awsmfa import <file.csv>',
  isDirectory: (p: { path: string }) => `${p.path} is a directory, not a CSV file.`,
  nameTheFileHint: 'name the .csv file the IAM console downloaded',
  tooLarge: (p: { name: string }) => `${p.name} is larger than 1 MiB, too large for an access-key CSV.`,
  nameTheCsvHint: 'name the .csv file the IAM console downloaded (Access key ID, Secret access key columns)',
  binary: (p: { name: string }) => `${p.name} is a binary file, not a CSV.`,
  notUtf8: (p: { name: string }) => `${p.name} is not UTF-8 text, so not an access-key CSV.`,
  /** The CLI's summary. */
  describe: 'Import access keys from the IAM console CSV into the credentials file or a key store',
  file: 'The CSV the IAM console downloaded; - reads stdin; file://path is accepted',
  profile: "Profile to import into (required for the 2-column key CSV; default: the row's User name)",
  profilePrefix: 'Put this in front of every profile name',
  force: 'Replace the keys of a profile that holds different ones (only those two lines change)',
  skipInvalid: 'Import the valid rows and list the others, instead of importing nothing',
  store:
    "Where the keys go: file (~/.aws/credentials), keyring (the OS keyring), encrypted-file (~/.aws/awsmfa/keys.enc) [default: the profile's awsmfa_key_store, else file]",
  json: 'Print the result as JSON on stdout',
  exampleConsole: 'Console CSV: one profile per User name',
  exampleTwoColumns: '2-column key download into [dev]',
  examplePrefix: 'Profiles work-alice, work-bob, …',
  exampleKeyring: 'Into the OS keyring, not on disk',
  exampleStdin: 'Read the CSV from stdin',
  exampleForce: 'Rotate: replace the keys of [dev]',
  epilogue:
    'Writes only aws_access_key_id and aws_secret_access_key under [PROFILE] in ~/.aws/credentials ' +
    '(or AWS_SHARED_CREDENTIALS_FILE); every other byte of the file stays. With --store keyring or ' +
    'encrypted-file the keys go there instead (read back before anything else changes), ~/.aws/config ' +
    'gets awsmfa_key_store and awsmfa_access_key_id, and plaintext keys of the profile are removed. ' +
    'Secrets are never printed. See README "Where your keys live".',
  imported: (p: { count: number; where: string }) =>
    `Imported ${p.count} profile${p.count === 1 ? '' : 's'} into ${p.where}:`,
  nothingToChange: (p: { where: string }) => `Nothing to change in ${p.where}:`,
  added: 'added',
  keysReplaced: 'keys replaced',
  alreadyHasKeys: 'already has these keys',
  theirStores: 'their stores',
  osKeyring: 'the OS keyring',
  encryptedFile: 'the encrypted key file',
  next: 'Next:',
  nextForEach: 'Next, for each profile:',
});
