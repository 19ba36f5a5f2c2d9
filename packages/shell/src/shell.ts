import type { EnvChange } from './envChange.js';

/** The shells and formats awsmfa can print an environment change for. */
export const shellNames = ['bash', 'zsh', 'fish', 'pwsh', 'cmd', 'sh', 'json', 'dotenv'] as const;
export type ShellName = (typeof shellNames)[number];

/** One shell (or machine format): how it sets and unsets variables. */
export interface Shell {
  readonly name: ShellName;
  /** Code that applies `change` when evaluated: one statement per line, ending in a newline. */
  exportVars(change: EnvChange): string;
}
