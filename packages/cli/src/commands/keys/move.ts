import type { KeyStoreName } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { openProfile } from '../../openProfile.js';
import { processTerminal, type Terminal } from '../../terminal.js';

interface KeysMoveArgs extends GlobalArgs {
  to: KeyStoreName;
}

/** `awsmfa keys move --profile P --to S`: a profile's long-term keys into another store. */
export const keysMoveCommand: CommandModule<GlobalArgs, KeysMoveArgs> = {
  command: 'move',
  describe: "Move a profile's long-term keys to another store (keyring, encrypted-file, file)",
  builder: (yargs) =>
    yargs
      .option('to', {
        type: 'string',
        choices: ['keyring', 'encrypted-file', 'file'],
        demandOption: true,
        describe:
          'The store: keyring (the OS keyring), encrypted-file (~/.aws/awsmfa/keys.enc), file (~/.aws/credentials)',
      })
      .demandOption('profile')
      .example('$0 keys move --profile dev --to keyring', 'Out of plaintext, into the OS keyring')
      .example(
        'AWSMFA_FILE_PASSPHRASE=… $0 keys move --profile dev --to encrypted-file',
        'A server without a keyring; the passphrase from the environment',
      )
      .example('$0 keys move --profile dev --to file', 'Back into ~/.aws/credentials (plaintext)')
      .epilogue(
        'The keys are written to the new store and read back before anything else changes; then ~/.aws/config ' +
          'points the profile at the store (awsmfa_key_store, awsmfa_access_key_id); only then are the old copy ' +
          '(from ~/.aws/credentials: the two key lines, every other byte kept) removed. The AWS CLI cannot read a store: use awsmfa setup-credential-process.',
      ) as never,
  handler: (args) => runKeysMove(args, processTerminal()),
};

/** Runs `keys move`; one line on stderr says what happened. */
export async function runKeysMove(args: KeysMoveArgs, terminal: Terminal): Promise<void> {
  const { moveProfileKeys } = await import('@awsmfa/core');
  const { env } = terminal;
  const { profile, keyStores } = openProfile(args, env);
  const moved = await moveProfileKeys({ env, profile: profile.name, to: args.to, stores: keyStores });
  const to = keyStores(moved.to).location;
  const line =
    moved.outcome === 'moved'
      ? `Moved the keys of profile ${moved.profile} (${moved.accessKeyId}) from ${keyStores(moved.from).location} to ${to}.`
      : moved.outcome === 'cleaned'
        ? `Profile ${moved.profile} already keeps its keys in ${to}; removed the plaintext copy from ${keyStores('file').location}.`
        : `Profile ${moved.profile} already keeps its keys in ${to}; nothing to move.`;
  terminal.stderr.write(`${line}\n`);
  if (moved.to !== 'file' && moved.outcome !== 'already-there') {
    terminal.stderr.write(
      `The AWS CLI cannot read the ${moved.to}: for aws --profile, run awsmfa setup-credential-process --profile ${moved.profile}\n`,
    );
  }
}
