import { fillHook } from '../fillHook.js';
import { hookScripts } from '../hookScripts.js';
import { quoteBashZsh } from '../quote.js';
import type { Shell } from '../shell.js';
import { renderLines } from './renderLines.js';

/** zsh: same statements as bash; `$'…'` is native zsh syntax too. */
export const zsh: Shell = {
  name: 'zsh',
  exportVars: (change) =>
    renderLines(
      change,
      (name) => `unset ${name}`,
      (name, value) => `export ${name}=${quoteBashZsh(value)}`,
    ),
  evaluateOutput: (command) => `eval "$(${command})"`,
  hook: (self) => fillHook(hookScripts.zsh, self, quoteBashZsh),
};
