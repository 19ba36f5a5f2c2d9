import { fillHook } from '../fillHook.js';
import { hookScripts } from '../hookScripts.js';
import { quoteBashZsh } from '../quote.js';
import type { Shell } from '../shell.js';
import { renderLines } from './renderLines.js';

/** bash: `export K=…` / `unset K`, for `eval "$(awsmfa env)"`. */
export const bash: Shell = {
  name: 'bash',
  exportVars: (change) =>
    renderLines(
      change,
      (name) => `unset ${name}`,
      (name, value) => `export ${name}=${quoteBashZsh(value)}`,
    ),
  evaluateOutput: (command) => `eval "$(${command})"`,
  hook: (self) => fillHook(hookScripts.bash, self, quoteBashZsh),
};
