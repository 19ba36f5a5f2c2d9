import { type ImportResult, importText, type KeyStoreName, type Message } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import { displayWidth } from '../displayWidth.js';
import type { GlobalArgs } from '../globalOptions.js';
import { userText } from '../userLanguage.js';

const t = importText;

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
  get describe() {
    return userText(t.describe());
  },
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .positional('file', {
        // Untyped on purpose: yargs-parser reads a lone `-` as a flag, giving `true` (or '' when
        // typed string); map it back to `-`, the stdin marker.
        coerce: (value: unknown) => (value === true ? '-' : String(value)),
        demandOption: true,
        describe: userText(t.file()),
      })
      // Redefined here: for import, --profile names the target and AWS_PROFILE is ignored, so a
      // profile selected in the shell never swallows someone else's keys.
      .option('profile', {
        type: 'string',
        describe: userText(t.profile()),
      })
      .option('profile-prefix', { type: 'string', describe: userText(t.profilePrefix()) })
      .option('force', { type: 'boolean', default: false, describe: userText(t.force()) })
      .option('skip-invalid', { type: 'boolean', default: false, describe: userText(t.skipInvalid()) })
      .option('store', {
        type: 'string',
        choices: ['file', 'keyring', 'encrypted-file'],
        describe: userText(t.store()),
      })
      .option('json', { type: 'boolean', default: false, describe: userText(t.json()) })
      .example('$0 import alice_accessKeys.csv', userText(t.exampleConsole()))
      .example('$0 import dev_accessKeys.csv --profile dev', userText(t.exampleTwoColumns()))
      .example('$0 import keys.csv --profile-prefix work-', userText(t.examplePrefix()))
      .example('$0 import dev_accessKeys.csv --profile dev --store keyring', userText(t.exampleKeyring()))
      .example('pbpaste | $0 import - --profile dev', userText(t.exampleStdin()))
      .example('$0 import new_keys.csv --profile dev --force', userText(t.exampleForce()))
      .epilogue(userText(t.epilogue())) as unknown as Argv<ImportArgs>,
  handler: async (args) => {
    const { cliText, importAccessKeys, policyCliText, readAccessKeyCsv, readAwsProfiles } = await import(
      '@awsmfa/core'
    );
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
    // needs no second device, only a session. A file the AWS CLI cannot parse was still edited
    // (every other byte kept), and the user is told why the AWS CLI will refuse it.
    const { profiles, unreadable } = readAwsProfiles({ env, tolerateUnreadable: true });
    const next = result.imported.map(({ profile }) =>
      profiles.get(profile)?.mfaSerial
        ? `eval "$(awsmfa env --profile ${profile})"`
        : `awsmfa enroll --profile ${profile}`,
    );
    // The same JSON in every language: the skipped rows' English reasons, not their Messages.
    const skipped = result.skipped.map(({ row, reason }) => ({ row, reason }));
    if (args.json) process.stdout.write(`${JSON.stringify({ ...result, skipped, next }, null, 2)}\n`);
    else process.stderr.write(describeImport(result, next));
    for (const problem of unreadable) {
      process.stderr.write(`${userText(policyCliText.note({ note: problem.text }))}\n`);
      if (problem.hintText) {
        process.stderr.write(`${userText(cliText.hintLabel())} ${userText(problem.hintText)}\n`);
      }
    }
  },
};

/** The human summary on stderr: what was imported where, what was skipped, what to do next. */
function describeImport(result: ImportResult, next: readonly string[]): string {
  const lines: string[] = [];
  const changed = result.imported.filter((entry) => entry.status !== 'unchanged');
  const stores = new Set(result.imported.map((entry) => entry.store));
  const where = stores.size > 1 ? t.theirStores() : storeWords(result.imported[0]!.store, result.file);
  lines.push(
    userText(
      changed.length > 0 ? t.imported({ count: changed.length, where }) : t.nothingToChange({ where }),
    ),
  );
  const width = Math.max(...result.imported.map((entry) => displayWidth(entry.profile)));
  const words = { added: t.added(), replaced: t.keysReplaced(), unchanged: t.alreadyHasKeys() };
  for (const entry of result.imported) {
    const storeName = storeWords(entry.store, result.file);
    const store =
      stores.size > 1 ? `  (${typeof storeName === 'string' ? storeName : userText(storeName)})` : '';
    const name = entry.profile + ' '.repeat(width - displayWidth(entry.profile));
    lines.push(`  ${name}  ${entry.accessKeyId}  ${userText(words[entry.status])}${store}`);
  }
  for (const { row, reasonText } of result.skipped)
    lines.push(userText(t.skippedRow({ row, reason: reasonText })));
  if (next.length === 1) lines.push(`${userText(t.next())} ${next[0]}`);
  else if (next.length > 1) lines.push(userText(t.nextForEach()), ...next.map((step) => `  ${step}`));
  return `${lines.join('\n')}\n`;
}

/** A store as the summary names it. */
function storeWords(store: KeyStoreName, credentialsFile: string): Message | string {
  if (store === 'keyring') return t.osKeyring();
  if (store === 'encrypted-file') return t.encryptedFile();
  return credentialsFile;
}
