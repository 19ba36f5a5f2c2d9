import { completionHelpText } from '@awsmfa/core';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { callerShell } from '../callerShell.js';
import type { CommandNode } from '../commandTree.js';
import { completeCommandLine } from '../completion/completeCommandLine.js';
import { type CompletionShellName, completionShellNames } from '../completion/completionShell.js';
import { completionShells } from '../completion/index.js';
import { ignoresGlobalOptions } from '../ignoredGlobalOptions.js';
import { selfCommand } from '../selfCommand.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { userText } from '../userLanguage.js';

interface CompletionArgs {
  shell?: CompletionShellName;
}

/** `awsmfa completion [shell]`: prints the tab-completion script for bash, zsh, fish or PowerShell. */
export const completionCommand: CommandModule<object, CompletionArgs> = {
  command: 'completion [shell]',
  get describe() {
    return userText(completionHelpText.describe());
  },
  builder: (yargs) =>
    (
      ignoresGlobalOptions(
        yargs as Argv<object>,
        'completion',
        ['profile', 'region', 'endpoint-url', 'debug'],
        completionHelpText.ignoresGlobalOptions(),
      ) as Argv<object>
    )
      .positional('shell', {
        choices: completionShellNames,
        describe: userText(completionHelpText.shell()),
      })
      .example('eval "$(awsmfa completion bash)"', userText(completionHelpText.inBashrc()))
      .example('eval "$(awsmfa completion zsh)"', userText(completionHelpText.inZshrc()))
      .example(
        'awsmfa completion fish > ~/.config/fish/completions/awsmfa.fish',
        userText(completionHelpText.fishLoadsIt()),
      )
      .example(
        'awsmfa completion pwsh | Out-String | Invoke-Expression',
        userText(completionHelpText.inPwshProfile()),
      )
      .epilogue(userText(completionHelpText.epilogue())) as unknown as Argv<CompletionArgs>,
  handler: (args: ArgumentsCamelCase<CompletionArgs>) => printCompletion(args, processTerminal()),
};

/** Prints the script for `args.shell`, else for the shell awsmfa runs in (bash when it is none of the four). */
export function printCompletion(
  args: CompletionArgs,
  terminal: Terminal,
  self: readonly string[] = selfCommand(),
): void {
  const detected = callerShell(terminal.env).shell;
  const shell =
    args.shell ??
    ((completionShellNames as readonly string[]).includes(detected)
      ? (detected as CompletionShellName)
      : 'bash');
  terminal.stdout.write(completionShells[shell].script(self));
}

/**
 * `awsmfa __complete <shell> <index> [words…]`, what the completion scripts run on Tab: the
 * candidates for word `index` of `words` (the command line after `awsmfa`), one per line in the
 * shell's format. Never fails: a Tab that finds nothing prints nothing.
 */
export async function runComplete(
  args: readonly string[],
  tree: () => CommandNode,
  terminal: Terminal,
): Promise<number> {
  const [shellName, indexText, ...words] = args;
  const shell = completionShells[shellName as CompletionShellName];
  const index = Number(indexText);
  if (!shell || !Number.isInteger(index) || index < 0) return 2;
  const { readAwsProfiles } = await import('@awsmfa/core');
  const candidates = completeCommandLine(tree(), words, index, {
    profileNames: () => [...readAwsProfiles({ env: terminal.env }).profiles.keys()],
  });
  terminal.stdout.write(shell.format(candidates));
  return 0;
}
