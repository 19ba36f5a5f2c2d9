export { defineMessages, type MessageFactories, type Translation } from './defineMessages.js';
// areas:start
export { cliText } from './en/cli.js';
export { completionHelpText } from './en/completionHelp.js';
export { hookHelpText } from './en/hookHelp.js';
export { english } from './en/index.js';
export { mainHelpText } from './en/mainHelp.js';
export { sandboxHelpText } from './en/sandboxHelp.js';
export { sessionReportText } from './en/sessionReport.js';
export { usageText } from './en/usage.js';
export { yargsPluralKeys, yargsText } from './en/yargs.js';
// The Japanese areas dist/cli.js needs (the Node check, the cache hit's report line), without the rest.
export { cli as cliJapanese } from './ja/cli.js';
// areas:end
export type { Japanese } from './ja/index.js';
export { sessionReport as sessionReportJapanese } from './ja/sessionReport.js';
export { loadJapanese } from './loadJapanese.js';
export { type Locale, localeOf } from './localeOf.js';
export { isMessage, type Message, verbatim } from './message.js';
export { renderMessage, type Translations } from './renderMessage.js';
