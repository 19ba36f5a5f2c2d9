import { sortedEntries } from '../envChange.js';
import type { Shell } from '../shell.js';

/** JSON for scripts: one object, sorted keys, `null` for a variable to unset. */
export const json: Shell = {
  name: 'json',
  exportVars: (change) => {
    const { unset, set } = sortedEntries(change);
    const entries: Array<[string, string | null]> = [...set, ...unset.map((n): [string, null] => [n, null])];
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
  },
};
