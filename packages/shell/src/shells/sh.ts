import { quotePosix } from '../quote.js';
import type { Shell } from '../shell.js';
import { renderLines } from './renderLines.js';

/** POSIX sh (dash, ash, ksh): plain single quotes only, since `$'…'` is not POSIX. */
export const sh: Shell = {
  name: 'sh',
  exportVars: (change) =>
    renderLines(
      change,
      (name) => `unset ${name}`,
      (name, value) => `${name}=${quotePosix(value)}; export ${name}`,
    ),
  evaluateOutput: (command) => `eval "$(${command})"`,
};
