import { quoteFish } from '../quote.js';
import type { Shell } from '../shell.js';
import { renderLines } from './renderLines.js';

/** fish: `set -gx K …` / `set -e K`, for `awsmfa env --shell fish | source`. */
export const fish: Shell = {
  name: 'fish',
  exportVars: (change) =>
    renderLines(
      change,
      // -g: erase the global, the scope `set -gx` wrote; `source` inside a function would otherwise
      // only see a function-local scope.
      (name) => `set -e -g ${name}`,
      (name, value) => `set -gx ${name} ${quoteFish(value)}`,
    ),
};
