import yargs, { type Argv } from 'yargs';
import { runComplete } from './commands/completion.js';
import { commands } from './commands/index.js';
import { commandTree } from './commandTree.js';
import { withGlobalOptions } from './globalOptions.js';
import { renderError } from './renderError.js';
import { processTerminal, type Terminal } from './terminal.js';
import { usageError } from './usageError.js';
import { usageMessage } from './usageMessage.js';
import { version } from './version.js';

// The whole journey, in the order a new user takes it.
const examples: Array<[string, string]> = [
  ['awsmfa import cli-user_credentials.csv', 'Import the access key the IAM console gave you'],
  ['awsmfa enroll --profile cli-user', 'Set up a virtual MFA device: scan the QR code, type two codes'],
  ['eval "$(awsmfa env --profile cli-user)"', 'Put a one-hour MFA session into this shell (bash/zsh)'],
  [
    'awsmfa setup-credential-process --profile cli-user',
    'Make `aws --profile cli-user-mfa …` ask for MFA by itself',
  ],
  ['eval "$(awsmfa hook bash)"', 'In ~/.bashrc: refresh the session at the prompt before it expires'],
  [
    'awsmfa admin setup --group MyUsers --user cli-user --trusted-ip 203.0.113.0/24',
    'Admins: group, users, keys and the MFA-required policy in one step',
  ],
  ['awsmfa sandbox', 'Try all of it against a local IAM + STS endpoint, no AWS account needed'],
  ['eval "$(awsmfa completion bash)"', 'In ~/.bashrc: tab completion (zsh, fish and pwsh too)'],
];

/** The root's options as the command tree reads them: the shared ones, and --help/--version everywhere. */
function rootOptions(yargs: Argv<object>) {
  return withGlobalOptions(yargs)
    .option('help', { alias: 'h', type: 'boolean', global: true, describe: 'Show help' })
    .option('version', { alias: 'V', type: 'boolean', global: true, describe: 'Show version number' });
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code. Every error,
 * from yargs or a command, is rendered here and nowhere else.
 */
export async function main(argv: string[], terminal: Terminal = processTerminal()): Promise<number> {
  // What the completion scripts run on Tab: no parsing, no usage errors, just candidates.
  if (argv[0] === '__complete')
    return runComplete(argv.slice(1), () => commandTree(commands, rootOptions), terminal);
  const debug = argv.includes('--debug');
  let parser = withGlobalOptions(
    yargs(argv)
      .scriptName('awsmfa')
      .usage(
        '$0 <command> [options]\n\nMFA for the AWS CLI: enroll a virtual MFA device, trade a 6-digit code for a session, and put it in your shell.',
      )
      .env(false)
      .strict()
      .demandCommand(1, 'Name a command: awsmfa --help lists them.')
      .recommendCommands()
      .version(version)
      .alias('version', 'V')
      .help()
      .alias('help', 'h')
      .wrap(Math.min(110, process.stdout.columns || 100))
      .epilogue('Exit codes and docs: https://github.com/awsmfa/awsmfa#exit-codes'),
  );
  for (const [command, description] of examples) parser = parser.example(command, description);
  for (const command of commands) parser = parser.command(command);
  parser = parser.fail((message, error) => {
    // yargs calls this for usage problems (message) and for errors a handler threw (error).
    if (error) throw error;
    throw usageError(
      argv,
      commandTree(commands, rootOptions),
      usageMessage(message ?? 'Invalid usage.', argv),
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
