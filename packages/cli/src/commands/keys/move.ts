import { type KeyStoreName, keysCliText } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { openProfile } from '../../openProfile.js';
import { processTerminal, type Terminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';

const t = keysCliText;

interface KeysMoveArgs extends GlobalArgs {
  to: KeyStoreName;
}

/** `awsmfa keys move --profile P --to S`: a profile's long-term keys into another store. */
export const keysMoveCommand: CommandModule<GlobalArgs, KeysMoveArgs> = {
  command: 'move',
  get describe() {
    return userText(t.moveDescribe());
  },
  builder: (yargs) =>
    yargs
      .option('to', {
        type: 'string',
        choices: ['keyring', 'encrypted-file', 'file'],
        demandOption: true,
        describe: userText(t.moveTo()),
      })
      .demandOption('profile')
      .example('$0 keys move --profile dev --to keyring', userText(t.moveExampleKeyring()))
      .example(
        'AWSMFA_FILE_PASSPHRASE=… $0 keys move --profile dev --to encrypted-file',
        userText(t.moveExampleEncrypted()),
      )
      .example('$0 keys move --profile dev --to file', userText(t.moveExampleFile()))
      .epilogue(userText(t.moveEpilogue())) as never,
  handler: (args) => runKeysMove(args, processTerminal()),
};

/** Runs `keys move`; one line on stderr says what happened. */
export async function runKeysMove(args: KeysMoveArgs, terminal: Terminal): Promise<void> {
  const { moveProfileKeys } = await import('@awsmfa/core');
  const { env } = terminal;
  const { profile, keyStores } = openProfile(args, env);
  const moved = await moveProfileKeys({ env, profile: profile.name, to: args.to, stores: keyStores });
  const to = keyStores(moved.to).location;
  const { profile: name } = moved;
  const line =
    moved.outcome === 'moved'
      ? t.moved({ profile: name, key: moved.accessKeyId, from: keyStores(moved.from).location, to })
      : moved.outcome === 'cleaned'
        ? t.cleaned({ profile: name, to, file: keyStores('file').location })
        : t.alreadyThere({ profile: name, to });
  terminal.stderr.write(`${userText(line)}\n`);
  if (moved.to !== 'file' && moved.outcome !== 'already-there') {
    terminal.stderr.write(`${userText(t.cliCannotRead({ store: moved.to, profile: name }))}\n`);
  }
}
