import type { KeyStoreName } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { openProfile } from '../../openProfile.js';
import { confirmOnTerminal } from '../../prompt/ask.js';
import { processTerminal, type Terminal } from '../../terminal.js';

interface KeysRemoveArgs extends GlobalArgs {
  store?: KeyStoreName;
  yes: boolean;
}

/** `awsmfa keys remove --profile P`: deletes a profile's long-term keys from its store. */
export const keysRemoveCommand: CommandModule<GlobalArgs, KeysRemoveArgs> = {
  command: 'remove',
  describe: "Delete a profile's long-term keys from its store (the IAM key itself stays)",
  builder: (yargs) =>
    yargs
      .option('store', {
        type: 'string',
        choices: ['keyring', 'encrypted-file', 'file'],
        describe: "The store to remove them from [default: the profile's own]",
      })
      .option('yes', { type: 'boolean', default: false, describe: 'Do not ask for confirmation (scripts)' })
      .demandOption('profile')
      .example('$0 keys remove --profile dev', 'Forget the keys of dev (asks first)')
      .example('$0 keys remove --profile dev --store file --yes', 'Drop a leftover plaintext copy')
      .epilogue(
        'Only this machine forgets the keys: the access key still exists in IAM (delete it there, or use ' +
          'awsmfa keys rotate). Cached sessions stay until they expire: awsmfa logout --profile NAME.',
      ) as never,
  handler: (args) => runKeysRemove(args, processTerminal()),
};

/** Runs `keys remove`, after a yes on the terminal or `--yes`. */
export async function runKeysRemove(args: KeysRemoveArgs, terminal: Terminal): Promise<void> {
  const { AwsMfaError, profileKeyStore, removeProfileKeys } = await import('@awsmfa/core');
  const { env } = terminal;
  const { profile, keyStores } = openProfile(args, env);
  const store = keyStores(args.store ?? profileKeyStore(profile));
  if (!args.yes) {
    const question = `Delete the keys of profile ${profile.name} from ${store.location}? They cannot be read back.`;
    const answer = await confirmOnTerminal(question, []);
    if (answer === undefined) {
      throw new AwsMfaError('USAGE', 'Nothing removed: there is no terminal to confirm on, and no --yes.', {
        hint: `rerun with --yes: awsmfa keys remove --profile ${profile.name} --yes`,
      });
    }
    if (!answer) {
      terminal.stderr.write('Nothing removed.\n');
      return;
    }
  }
  const removed = await removeProfileKeys({
    env,
    profile: profile.name,
    store: args.store,
    stores: keyStores,
  });
  terminal.stderr.write(`Removed the keys of profile ${removed.profile} from ${removed.location}.\n`);
}
