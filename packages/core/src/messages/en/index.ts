// Every area of the catalogue, English. Each area is its own module so that a bundle holds only
// the texts it can show (dist/cli.js: the session report line). messages/ja mirrors this list.
import { cliText } from './cli.js';
import { completionHelpText } from './completionHelp.js';
import { hookHelpText } from './hookHelp.js';
import { mainHelpText } from './mainHelp.js';
import { sandboxHelpText } from './sandboxHelp.js';
import { sessionReportText } from './sessionReport.js';
import { usageText } from './usage.js';
import { yargsText } from './yargs.js';

/** The whole English catalogue, by area: what messages/ja must translate, name for name. */
export const english = {
  cli: cliText,
  completionHelp: completionHelpText,
  hookHelp: hookHelpText,
  mainHelp: mainHelpText,
  sandboxHelp: sandboxHelpText,
  sessionReport: sessionReportText,
  usage: usageText,
  yargs: yargsText,
};
