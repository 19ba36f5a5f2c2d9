import { type EnvChange, sortedEntries } from '../envChange.js';

/** Joins one statement per unset and per set, in sorted order, ending in a newline. */
export function renderLines(
  change: EnvChange,
  unsetLine: (name: string) => string,
  setLine: (name: string, value: string) => string,
): string {
  const { unset, set } = sortedEntries(change);
  const lines = [...unset.map(unsetLine), ...set.map(([name, value]) => setLine(name, value))];
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
