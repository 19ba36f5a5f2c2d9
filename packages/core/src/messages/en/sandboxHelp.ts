import { defineMessages } from '../defineMessages.js';

/** `awsmfa sandbox --help`. */
export const sandboxHelpText = defineMessages('sandboxHelp', {
  ignoresGlobalOptions: 'the sandbox is the endpoint, with its own administrator key and region',
});
