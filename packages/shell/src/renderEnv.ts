import type { EnvChange } from './envChange.js';
import type { ShellName } from './shell.js';
import { shells } from './shells/index.js';

/**
 * Renders `change` as code for `shell`.
 *
 * @example renderEnv('bash', { set: { AWS_REGION: 'eu-west-1' }, unset: ['AWS_PROFILE'] })
 * // "unset AWS_PROFILE\nexport AWS_REGION='eu-west-1'\n"
 */
export function renderEnv(shell: ShellName, change: EnvChange): string {
  return shells[shell].exportVars(change);
}
