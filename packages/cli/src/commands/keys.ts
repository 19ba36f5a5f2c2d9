import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { keysListCommand } from './keys/list.js';
import { keysMoveCommand } from './keys/move.js';
import { keysRemoveCommand } from './keys/remove.js';
import { keysRotateCommand } from './keys/rotate.js';

/** `awsmfa keys …`: where long-term keys live, moving them out of plaintext, removing them. */
export const keysCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'keys <command>',
  describe:
    'Your long-term keys: where they live (list, move into the OS keyring or an encrypted file, remove), and rotate them',
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .command(keysListCommand)
      .command(keysMoveCommand)
      .command(keysRemoveCommand)
      .command(keysRotateCommand)
      .demandCommand(1, 'Name a subcommand: list, move, remove or rotate.')
      .example('$0 keys list', 'Where each profile keeps its keys')
      .example('$0 keys move --profile dev --to keyring', 'Out of ~/.aws/credentials, into the OS keyring')
      .example('$0 keys move --profile dev --to encrypted-file', 'A server without a keyring')
      .example('$0 keys rotate --profile dev', 'A new access key in place of the old one')
      .epilogue(
        'Keys in a store are opened only when a request needs them: a cached session never touches the store. ' +
          'The AWS CLI cannot read a store: use awsmfa setup-credential-process --profile NAME for aws --profile. ' +
          'See README "Where your keys live".',
      ),
  handler: () => {},
};
