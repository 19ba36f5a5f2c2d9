import type { HookShellName } from './shell.js';
import { shells } from './shells/index.js';

/**
 * Renders the prompt hook of `shell`, calling awsmfa as `self` (its words, unquoted).
 *
 * @example renderHook('bash', [process.execPath, '/usr/lib/node_modules/awsmfa/dist/cli.js'])
 * // the text of hooks/bash.sh with the placeholder replaced by the two quoted paths
 */
export function renderHook(shell: HookShellName, self: readonly string[]): string {
  const { hook } = shells[shell];
  if (!hook) throw new Error(`${shell} has no prompt hook.`);
  return hook(self);
}
