import { type HookShellName, hookShellNames, renderHook } from '@awsmfa/shell';
import type { CommandModule } from 'yargs';
import { ignoresGlobalOptions } from '../ignoredGlobalOptions.js';
import { selfCommand } from '../selfCommand.js';
import { processTerminal, type Terminal } from '../terminal.js';

interface HookArgs {
  shell: HookShellName;
}

/** `awsmfa hook <shell>`: prints the prompt hook that refreshes the session before it expires. */
export const hookCommand: CommandModule<object, HookArgs> = {
  command: 'hook <shell>',
  describe: 'Print a prompt hook that refreshes the session of `awsmfa env` before it expires',
  builder: (yargs) =>
    ignoresGlobalOptions(
      yargs,
      'hook',
      ['profile', 'region', 'endpoint-url', 'debug'],
      "the hook refreshes the session the shell holds, with the profile, region and endpoint it came from (AWSMFA_PROFILE, the shell's AWS_* variables)",
    )
      .positional('shell', { choices: hookShellNames, describe: 'The shell to print the hook for' })
      .epilogue(
        'Before each prompt, the hook checks (without starting a process; fish: one `date`) whether the session that `awsmfa env` ' +
          'exported expires within AWSMFA_HOOK_REFRESH_SECONDS (default 300); only then it runs ' +
          '`awsmfa env --profile $AWSMFA_PROFILE`, which may ask for a code on the terminal. ' +
          'Off: unset AWSMFA_PROFILE, or remove the session with `awsmfa env --unset`.',
      )
      .example('eval "$(awsmfa hook bash)"', 'in ~/.bashrc')
      .example('eval "$(awsmfa hook zsh)"', 'in ~/.zshrc')
      .example('awsmfa hook fish | source', 'in ~/.config/fish/config.fish')
      .example('awsmfa hook pwsh | Out-String | Invoke-Expression', 'in $PROFILE') as never,
  handler: (args) => runHook(args, processTerminal()),
};

/** Runs `hook`: the hook script on stdout. */
export function runHook(args: HookArgs, terminal: Terminal, self: readonly string[] = selfCommand()): void {
  terminal.stdout.write(renderHook(args.shell, self));
}

/**
 * `awsmfa hook <shell>` without yargs, which costs ~0.3 s here: every new shell runs this line
 * from its rc file. Returns the exit code, or undefined (having printed nothing) for any other
 * command line, including `hook --help` and mistakes, which the yargs CLI handles.
 */
export function runHookFast(argv: readonly string[], terminal?: Terminal): number | undefined {
  const [command, shell, ...rest] = argv;
  if (command !== 'hook' || rest.length > 0 || !(hookShellNames as readonly unknown[]).includes(shell)) {
    return undefined;
  }
  // Only now: touching process.stdout builds stream objects, a few ms of env's cache hit.
  runHook({ shell: shell as HookShellName }, terminal ?? processTerminal());
  return 0;
}
