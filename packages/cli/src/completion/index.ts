import { bashCompletion } from './bash.js';
import type { CompletionShell, CompletionShellName } from './completionShell.js';
import { fishCompletion } from './fish.js';
import { pwshCompletion } from './pwsh.js';
import { zshCompletion } from './zsh.js';

/** The completion of each shell awsmfa completes in. */
export const completionShells: Readonly<Record<CompletionShellName, CompletionShell>> = {
  bash: bashCompletion,
  zsh: zshCompletion,
  fish: fishCompletion,
  pwsh: pwshCompletion,
};
