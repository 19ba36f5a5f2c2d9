import { AwsMfaError, type Message, sessionCliText, sessionHelpText } from '@awsmfa/core';
import { renderEnv, ShellRenderError } from '@awsmfa/shell';
import type { CommandModule } from 'yargs';
import { callerShell } from '../callerShell.js';
import { openSession, type SessionArgs, sessionOptions } from '../openSession.js';
import { envReport, sessionEnvChange, trustedEnvChange, unsetEnvChange } from '../sessionEnv.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { userText } from '../userLanguage.js';

/** The options of `env`. */
export interface EnvArgs extends SessionArgs {
  shell?: string;
  unset: boolean;
  /** No success line on stderr. */
  quiet?: boolean;
}

/** `awsmfa env`: prints shell code that puts an MFA session into the current shell. */
export const envCommand: CommandModule<object, EnvArgs> = {
  command: 'env',
  get describe() {
    return userText(sessionHelpText.envDescribe());
  },
  builder: (yargs) =>
    sessionOptions(yargs)
      .option('shell', {
        type: 'string',
        choices: ['bash', 'zsh', 'fish', 'pwsh', 'cmd', 'sh', 'json', 'dotenv'],
        describe: userText(sessionHelpText.envShell()),
      })
      .option('unset', {
        type: 'boolean',
        default: false,
        describe: userText(sessionHelpText.envUnset()),
      })
      .option('quiet', {
        type: 'boolean',
        default: false,
        describe: userText(sessionHelpText.envQuiet()),
      })
      .example('eval "$(awsmfa env --profile dev)"', userText(sessionHelpText.envExampleBash()))
      .example('awsmfa env --shell fish | source', userText(sessionHelpText.envExampleFish()))
      .example(
        'awsmfa env --shell pwsh | Out-String | Invoke-Expression',
        userText(sessionHelpText.envExamplePwsh()),
      )
      .example('eval "$(awsmfa env --profile prod)"', userText(sessionHelpText.envExampleRole()))
      .example('eval "$(awsmfa env --unset)"', userText(sessionHelpText.envExampleUnset()))
      .epilogue(userText(sessionHelpText.envEpilogue())) as never,
  handler: (args) => runEnv(args, processTerminal()),
};

/** Runs `env`; nothing reaches stdout unless everything succeeded. */
export async function runEnv(args: EnvArgs, terminal: Terminal): Promise<void> {
  const { shell } = callerShell(terminal.env, args.shell);
  let change: ReturnType<typeof unsetEnvChange>;
  let report: Message | undefined;
  if (args.unset) {
    change = unsetEnvChange();
  } else {
    const { result, profile, region, storedKeys } = await openSession(args, terminal, 'env');
    change =
      result.kind === 'trusted'
        ? trustedEnvChange({ profile: profile.name, region, keys: storedKeys })
        : sessionEnvChange(result.session, { profile: profile.name, region });
    report = envReport({
      profile: profile.name,
      session: result.kind === 'session' ? result.session : undefined,
      trustedNetwork: result.kind === 'trusted' ? result : result.trustedNetwork,
      nowMs: Date.now(),
    });
  }
  let text: string;
  try {
    text = renderEnv(shell, change);
  } catch (error) {
    if (error instanceof ShellRenderError) {
      throw new AwsMfaError(
        'INVALID_INPUT',
        sessionCliText.cannotPrint({ variable: error.variable, shell, error: error.message }),
        { hint: sessionCliText.cannotPrintHint() },
      );
    }
    throw error;
  }
  terminal.stdout.write(text);
  if (report && !args.quiet) terminal.stderr.write(`${userText(report)}\n`);
}
