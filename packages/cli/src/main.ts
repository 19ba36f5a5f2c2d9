import { type Message, mainHelpText, yargsText } from '@awsmfa/core';
import yargs, { type Argv } from 'yargs';
import { runComplete } from './commands/completion.js';
import { commands } from './commands/index.js';
import { commandTree } from './commandTree.js';
import { withGlobalOptions } from './globalOptions.js';
import { renderError } from './renderError.js';
import { processTerminal, type Terminal } from './terminal.js';
import { usageError } from './usageError.js';
import { usageMessage } from './usageMessage.js';
import { userText, useUserLanguage } from './userLanguage.js';
import { version } from './version.js';
import { yargsStrings } from './yargsStrings.js';

// The whole journey, in the order a new user takes it.
const examples: Array<[string, () => Message]> = [
  ['awsmfa import cli-user_credentials.csv', mainHelpText.exampleImport],
  ['awsmfa enroll --profile cli-user', mainHelpText.exampleEnroll],
  ['eval "$(awsmfa env --profile cli-user)"', mainHelpText.exampleEnv],
  ['awsmfa setup-credential-process --profile cli-user', mainHelpText.exampleCredentialProcess],
  ['eval "$(awsmfa hook bash)"', mainHelpText.exampleHook],
  [
    'awsmfa admin setup --group MyUsers --user cli-user --trusted-ip 203.0.113.0/24',
    mainHelpText.exampleAdminSetup,
  ],
  ['awsmfa sandbox', mainHelpText.exampleSandbox],
  ['eval "$(awsmfa completion bash)"', mainHelpText.exampleCompletion],
];

/** The root's options as the command tree reads them: the shared ones, and --help/--version everywhere. */
function rootOptions(yargs: Argv<object>) {
  return withGlobalOptions(yargs)
    .option('help', { alias: 'h', type: 'boolean', global: true, describe: userText(yargsText.showHelp()) })
    .option('version', {
      alias: 'V',
      type: 'boolean',
      global: true,
      describe: userText(yargsText.showVersion()),
    });
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code. Every error,
 * from yargs or a command, is rendered here and nowhere else.
 */
export async function main(argv: string[], terminal: Terminal = processTerminal()): Promise<number> {
  const locale = await useUserLanguage(terminal.env);
  // What the completion scripts run on Tab: no parsing, no usage errors, just candidates.
  if (argv[0] === '__complete')
    return runComplete(argv.slice(1), () => commandTree(commands, rootOptions), terminal);
  const debug = argv.includes('--debug');
  let parser = withGlobalOptions(
    yargs(argv)
      // Before anything adds strings: yargs keeps one table per language for all its instances.
      .locale(locale)
      // (Its plural entries are objects, which @types/yargs does not know.)
      .updateLocale(locale === 'en' ? {} : (yargsStrings() as Record<string, string>))
      .scriptName('awsmfa')
      .usage(`$0 <command> [options]\n\n${userText(mainHelpText.usage())}`)
      .env(false)
      .strict()
      .demandCommand(1, userText(mainHelpText.nameACommand()))
      .recommendCommands()
      .version(version)
      .alias('version', 'V')
      .help()
      .alias('help', 'h')
      .wrap(Math.min(110, process.stdout.columns || 100))
      .epilogue(userText(mainHelpText.epilogue())),
  );
  for (const [command, description] of examples) parser = parser.example(command, userText(description()));
  for (const command of commands) parser = parser.command(command);
  parser = parser.fail((message, error) => {
    // yargs calls this for usage problems (message) and for errors a handler threw (error).
    if (error) throw error;
    throw usageError(
      argv,
      commandTree(commands, rootOptions),
      message ? usageMessage(message, argv) : mainHelpText.invalidUsage(),
    );
  });

  const out = (text: string) => terminal.stdout.write(text);
  try {
    await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      // yargs hands --help, --version and completion output here instead of printing it.
      if (output) out(output.endsWith('\n') ? output : `${output}\n`);
    });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    return renderError(error, terminal, debug);
  }
}
