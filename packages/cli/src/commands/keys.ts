import { keysCliText } from '@awsmfa/core';
import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../globalOptions.js';
import { userText } from '../userLanguage.js';
import { keysListCommand } from './keys/list.js';
import { keysMoveCommand } from './keys/move.js';
import { keysRemoveCommand } from './keys/remove.js';
import { keysRotateCommand } from './keys/rotate.js';

/** `awsmfa keys …`: where long-term keys live, moving them out of plaintext, removing them. */
export const keysCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'keys <command>',
  get describe() {
    return userText(keysCliText.describe());
  },
  builder: (yargs: Argv<GlobalArgs>) =>
    yargs
      .command(keysListCommand)
      .command(keysMoveCommand)
      .command(keysRemoveCommand)
      .command(keysRotateCommand)
      .demandCommand(1, userText(keysCliText.nameASubcommand()))
      .example('$0 keys list', userText(keysCliText.exampleList()))
      .example('$0 keys move --profile dev --to keyring', userText(keysCliText.exampleMove()))
      .example('$0 keys move --profile dev --to encrypted-file', userText(keysCliText.exampleEncrypted()))
      .example('$0 keys rotate --profile dev', userText(keysCliText.exampleRotate()))
      .epilogue(userText(keysCliText.epilogue())),
  handler: () => {},
};
