import { defineMessages } from '../defineMessages.js';

/** How the CLI reports errors (renderError), and what it says before anything else loads. */
export const cliText = defineMessages('cli', {
  errorLabel: 'awsmfa: error:',
  hintLabel: 'hint:',
  unexpectedErrorLabel: 'awsmfa: unexpected error:',
  reportBug: (p: { url: string }) =>
    `This is a bug in awsmfa. Please report it with the output of --debug: ${p.url}`,
  causeLabel: 'cause:',
  nodeUnsupported: (p: { version: string }) =>
    `awsmfa needs Node.js 20.19 or later; this is Node.js ${p.version}.`,
  nodeUnsupportedHint:
    'install Node.js 22 or 24, or use the standalone executable, which needs no Node (README "Install")',
});
