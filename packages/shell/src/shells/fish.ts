import { fillHook } from '../fillHook.js';
import { hookScripts } from '../hookScripts.js';
import { quoteFish } from '../quote.js';
import type { Shell } from '../shell.js';
import { renderLines } from './renderLines.js';

/** fish: `set -gx K …` / `set -e -g K` (when set), for `awsmfa env --shell fish | source`. */
export const fish: Shell = {
  name: 'fish',
  exportVars: (change) =>
    renderLines(
      change,
      // -g: erase the global, the scope `set -gx` wrote; `source` inside a function would otherwise
      // only see a function-local scope. `set -q` first: erasing an unset variable leaves $status 4,
      // which would fail `awsmfa env | source; and …`.
      (name) => `if set -q -g ${name}; set -e -g ${name}; end`,
      (name, value) => `set -gx ${name} ${quoteFish(value)}`,
    ),
  evaluateOutput: (command) => `${command} | source`,
  hook: (self) => fillHook(hookScripts.fish, self, quoteFish),
};
