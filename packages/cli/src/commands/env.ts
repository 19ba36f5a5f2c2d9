import { AwsMfaError, type Message } from '@awsmfa/core';
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
  describe: 'Print shell code that exports an MFA session (eval "$(awsmfa env)")',
  builder: (yargs) =>
    sessionOptions(yargs)
      .option('shell', {
        type: 'string',
        choices: ['bash', 'zsh', 'fish', 'pwsh', 'cmd', 'sh', 'json', 'dotenv'],
        describe:
          'Shell or format to print for [default: the shell running awsmfa, found past npm/pnpm/npx wrappers; else $SHELL]',
      })
      .option('unset', {
        type: 'boolean',
        default: false,
        describe: 'Print the code that removes the session variables',
      })
      .option('quiet', {
        type: 'boolean',
        default: false,
        describe: 'Print no line on stderr when it worked (profile, expiry, time left)',
      })
      .example('eval "$(awsmfa env --profile dev)"', 'bash/zsh: export a session into this shell')
      .example('awsmfa env --shell fish | source', 'fish')
      .example('awsmfa env --shell pwsh | Out-String | Invoke-Expression', 'PowerShell')
      .example(
        'eval "$(awsmfa env --profile prod)"',
        'a role profile (role_arn + source_profile): its role session',
      )
      .example('eval "$(awsmfa env --unset)"', 'remove the session again')
      .epilogue(
        'On success env prints one line on stderr (profile, expiry in local time, time left; --quiet drops it). ' +
          'Without --profile: AWS_PROFILE, then AWSMFA_PROFILE (the session this shell holds), then default.',
      ) as never,
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
        `Cannot print ${error.variable} for ${shell}: ${error.message}`,
        {
          hint: 'choose another shell with --shell',
        },
      );
    }
    throw error;
  }
  terminal.stdout.write(text);
  if (report && !args.quiet) terminal.stderr.write(`${userText(report)}\n`);
}
