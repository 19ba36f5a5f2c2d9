import { type KeyStoreName, keysCliText } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { openProfile } from '../../openProfile.js';
import { confirmOnTerminal } from '../../prompt/ask.js';
import { processTerminal, type Terminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';

const t = keysCliText;

interface KeysRemoveArgs extends GlobalArgs {
  store?: KeyStoreName;
  yes: boolean;
}

/** `awsmfa keys remove --profile P`: deletes a profile's long-term keys from its store. */
export const keysRemoveCommand: CommandModule<GlobalArgs, KeysRemoveArgs> = {
  command: 'remove',
  get describe() {
    return userText(t.removeDescribe());
  },
  builder: (yargs) =>
    yargs
      .option('store', {
        type: 'string',
        choices: ['keyring', 'encrypted-file', 'file'],
        describe: userText(t.removeStore()),
      })
      .option('yes', { type: 'boolean', default: false, describe: userText(t.removeYes()) })
      .demandOption('profile')
      .example('$0 keys remove --profile dev', userText(t.removeExample()))
      .example('$0 keys remove --profile dev --store file --yes', userText(t.removeExampleFile()))
      .epilogue(userText(t.removeEpilogue())) as never,
  handler: (args) => runKeysRemove(args, processTerminal()),
};

/** Runs `keys remove`, after a yes on the terminal or `--yes`. */
export async function runKeysRemove(args: KeysRemoveArgs, terminal: Terminal): Promise<void> {
  const { AwsMfaError, profileKeyStore, removeProfileKeys } = await import('@awsmfa/core');
  const { env } = terminal;
  const { profile, keyStores } = openProfile(args, env);
  const store = keyStores(args.store ?? profileKeyStore(profile));
  if (!args.yes) {
    const question = userText(t.removeQuestion({ profile: profile.name, location: store.location }));
    const answer = await confirmOnTerminal(question, []);
    if (answer === undefined) {
      throw new AwsMfaError('USAGE', t.noTerminalToConfirm(), {
        hint: t.rerunWithYesHint({ profile: profile.name }),
      });
    }
    if (!answer) {
      terminal.stderr.write(`${userText(t.nothingRemoved())}\n`);
      return;
    }
  }
  const removed = await removeProfileKeys({
    env,
    profile: profile.name,
    store: args.store,
    stores: keyStores,
  });
  terminal.stderr.write(`${userText(t.removed({ profile: removed.profile, location: removed.location }))}\n`);
}
