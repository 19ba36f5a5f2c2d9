import type { EnvChange } from './envChange.js';

/** The shells and formats awsmfa can print an environment change for. */
export const shellNames = ['bash', 'zsh', 'fish', 'pwsh', 'cmd', 'sh', 'json', 'dotenv'] as const;
export type ShellName = (typeof shellNames)[number];

/** The shells that have a prompt hook (`awsmfa hook <shell>`). */
export const hookShellNames = ['bash', 'zsh', 'fish', 'pwsh'] as const;
export type HookShellName = (typeof hookShellNames)[number];

/** One shell (or machine format): how it sets and unsets variables, and its prompt hook. */
export interface Shell {
  readonly name: ShellName;
  /** Code that applies `change` when evaluated: one statement per line, ending in a newline. */
  exportVars(change: EnvChange): string;
  /**
   * The line a user types to run `command` and apply what it prints in this shell, e.g.
   * `eval "$(awsmfa env)"`. Absent for the machine formats (json, dotenv).
   */
  evaluateOutput?(command: string): string;
  /**
   * The prompt hook (hooks/<shell>.*) that refreshes the session before it expires, calling awsmfa
   * as `self`: the command's words, e.g. `[process.execPath, '/path/to/cli.js']`, each quoted here.
   * Absent for formats without a prompt (cmd, sh, json, dotenv).
   */
  hook?(self: readonly string[]): string;
}
