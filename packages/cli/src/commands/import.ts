import type { ImportResult, KeyStoreName } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';

interface ImportArgs extends GlobalArgs {
  file: string;
  profilePrefix?: string;
  force: boolean;
  skipInvalid: boolean;
  json: boolean;
  store?: KeyStoreName;
}

/**
 * `awsmfa import <file.csv>`: the IAM console's access-key CSV into ~/.aws/credentials, or
 * straight into a key store (`--store keyring`), never touching the disk in plaintext.
 *
 * @example awsmfa import alice_accessKeys.csv --profile dev --store keyring
 */
export const importCommand: CommandModule<GlobalArgs, ImportArgs> = {
  command: 'import <file>',
  describe: 'Import access keys from the IAM console CSV into the credentials file or a key store',
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .positional('file', {
        // Untyped on purpose: yargs-parser reads a lone `-` as a flag, giving `true` (or '' when
        // typed string); map it back to `-`, the stdin marker.
        coerce: (value: unknown) => (value === true ? '-' : String(value)),
        demandOption: true,
        describe: 'The CSV the IAM console downloaded; - reads stdin; file://path is accepted',
      })
      // Redefined here: for import, --profile names the target and AWS_PROFILE is ignored, so a
      // profile selected in the shell never swallows someone else's keys.
      .option('profile', {
        type: 'string',
        describe: "Profile to import into (required for the 2-column key CSV; default: the row's User name)",
      })
      .option('profile-prefix', { type: 'string', describe: 'Put this in front of every profile name' })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: 'Replace the keys of a profile that holds different ones (only those two lines change)',
      })
      .option('skip-invalid', {
        type: 'boolean',
        default: false,
        describe: 'Import the valid rows and list the others, instead of importing nothing',
      })
      .option('store', {
        type: 'string',
        choices: ['file', 'keyring', 'encrypted-file'],
        describe:
          "Where the keys go: file (~/.aws/credentials), keyring (the OS keyring), encrypted-file (~/.aws/awsmfa/keys.enc) [default: the profile's awsmfa_key_store, else file]",
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print the result as JSON on stdout' })
      .example('$0 import alice_accessKeys.csv', 'Console CSV: one profile per User name')
      .example('$0 import dev_accessKeys.csv --profile dev', '2-column key download into [dev]')
      .example('$0 import keys.csv --profile-prefix work-', 'Profiles work-alice, work-bob, …')
      .example(
        '$0 import dev_accessKeys.csv --profile dev --store keyring',
        'Into the OS keyring, not on disk',
      )
      .example('pbpaste | $0 import - --profile dev', 'Read the CSV from stdin')
      .example('$0 import new_keys.csv --profile dev --force', 'Rotate: replace the keys of [dev]')
      .epilogue(
        'Writes only aws_access_key_id and aws_secret_access_key under [PROFILE] in ~/.aws/credentials ' +
          '(or AWS_SHARED_CREDENTIALS_FILE); every other byte of the file stays. With --store keyring or ' +
          'encrypted-file the keys go there instead (read back before anything else changes), ~/.aws/config ' +
          'gets awsmfa_key_store and awsmfa_access_key_id, and plaintext keys of the profile are removed. ' +
          'Secrets are never printed. See README "Where your keys live".',
      ) as unknown as Argv<ImportArgs>,
  handler: async (args) => {
    const { importAccessKeys, readAccessKeyCsv, readAwsProfiles } = await import('@awsmfa/core');
    const { openKeyStores } = await import('../openKeyStores.js');
    const env = process.env;
    const csv = await readAccessKeyCsv(args.file, { stdin: process.stdin });
    const result = await importAccessKeys({
      env,
      csv,
      profile: args.profile,
      profilePrefix: args.profilePrefix,
      force: args.force,
      skipInvalid: args.skipInvalid,
      store: args.store,
      stores: openKeyStores(env),
    });
    // What comes next depends on each profile: one enrolled already (new keys for the same user)
    // needs no second device, only a session.
    const { profiles } = readAwsProfiles({ env });
    const next = result.imported.map(({ profile }) =>
      profiles.get(profile)?.mfaSerial
        ? `eval "$(awsmfa env --profile ${profile})"`
        : `awsmfa enroll --profile ${profile}`,
    );
    if (args.json) process.stdout.write(`${JSON.stringify({ ...result, next }, null, 2)}\n`);
    else process.stderr.write(describeImport(result, next));
  },
};

/** The human summary on stderr: what was imported where, what was skipped, what to do next. */
function describeImport(result: ImportResult, next: readonly string[]): string {
  const lines: string[] = [];
  const changed = result.imported.filter((entry) => entry.status !== 'unchanged');
  const count = (n: number) => `${n} profile${n === 1 ? '' : 's'}`;
  const stores = new Set(result.imported.map((entry) => entry.store));
  const where = stores.size > 1 ? 'their stores' : storeWords(result.imported[0]!.store, result.file);
  lines.push(
    changed.length > 0
      ? `Imported ${count(changed.length)} into ${where}:`
      : `Nothing to change in ${where}:`,
  );
  const width = Math.max(...result.imported.map((entry) => entry.profile.length));
  const words = { added: 'added', replaced: 'keys replaced', unchanged: 'already has these keys' };
  for (const entry of result.imported) {
    const store = stores.size > 1 ? `  (${storeWords(entry.store, result.file)})` : '';
    lines.push(`  ${entry.profile.padEnd(width)}  ${entry.accessKeyId}  ${words[entry.status]}${store}`);
  }
  for (const { row, reason } of result.skipped) lines.push(`Skipped row ${row}: ${reason}.`);
  if (next.length === 1) lines.push(`Next: ${next[0]}`);
  else if (next.length > 1) lines.push('Next, for each profile:', ...next.map((step) => `  ${step}`));
  return `${lines.join('\n')}\n`;
}

/** A store as the summary names it. */
function storeWords(store: KeyStoreName, credentialsFile: string): string {
  if (store === 'keyring') return 'the OS keyring';
  if (store === 'encrypted-file') return 'the encrypted key file';
  return credentialsFile;
}
