import type { Candidate } from './completeCommandLine.js';

/** The shells awsmfa completes in. */
export const completionShellNames = ['bash', 'zsh', 'fish', 'pwsh'] as const;
export type CompletionShellName = (typeof completionShellNames)[number];

/** One shell's completion: the script that registers it, and how `awsmfa __complete` answers it. */
export interface CompletionShell {
  name: CompletionShellName;
  /**
   * The script to source: registers completion for `awsmfa`, which it asks by `self` (node and
   * cli.js by absolute path, so it works without awsmfa on PATH), and defines `awsmfa` as a
   * function running `self` where no `awsmfa` command exists (a checkout).
   */
  script(self: readonly string[]): string;
  /** The candidates as the script reads them, one per line. */
  format(candidates: readonly Candidate[]): string;
}

/** One candidate per line, value and description separated by a tab (fish reads this itself). */
export function tabSeparated(candidates: readonly Candidate[]): string {
  return candidates.map((c) => `${c.value}\t${c.description.replace(/[\t\n]/g, ' ')}\n`).join('');
}
