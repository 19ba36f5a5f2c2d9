import { hookHelpText } from '@awsmfa/core';
import { type HookShellName, hookShellNames, renderHook } from '@awsmfa/shell';
import type { CommandModule } from 'yargs';
import { ignoresGlobalOptions } from '../ignoredGlobalOptions.js';
import { selfCommand } from '../selfCommand.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { userText } from '../userLanguage.js';

interface HookArgs {
  shell: HookShellName;
}

/** `awsmfa hook <shell>`: prints the prompt hook that refreshes the session before it expires. */
export const hookCommand: CommandModule<object, HookArgs> = {
  command: 'hook <shell>',
  get describe() {
    return userText(hookHelpText.describe());
  },
  builder: (yargs) =>
    ignoresGlobalOptions(
      yargs,
      'hook',
      ['profile', 'region', 'endpoint-url', 'debug'],
      hookHelpText.ignoresGlobalOptions(),
    )
      .positional('shell', { choices: hookShellNames, describe: userText(hookHelpText.shell()) })
      .epilogue(userText(hookHelpText.epilogue()))
      .example('eval "$(awsmfa hook bash)"', userText(hookHelpText.inBashrc()))
      .example('eval "$(awsmfa hook zsh)"', userText(hookHelpText.inZshrc()))
      .example('awsmfa hook fish | source', userText(hookHelpText.inFishConfig()))
      .example(
        'awsmfa hook pwsh | Out-String | Invoke-Expression',
        userText(hookHelpText.inPwshProfile()),
      ) as never,
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
