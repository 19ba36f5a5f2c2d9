import { quotePosix } from '../quote.js';
import type { Shell } from '../shell.js';
import { renderLines } from './renderLines.js';

/**
 * dotenv: `K='v'` lines, readable by dotenv parsers and by `set -a; . ./file` in any POSIX shell.
 * A file cannot unset anything, so unsets are written as comments for the reader.
 */
export const dotenv: Shell = {
  name: 'dotenv',
  exportVars: (change) =>
    renderLines(
      change,
      (name) => `# unset ${name}`,
      (name, value) => `${name}=${quotePosix(value)}`,
    ),
};
