import { type DetectedShell, detectShell, isShellName } from '@awsmfa/shell';
import { ancestorProcesses } from './ancestorProcesses.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The shell awsmfa's output goes to: `--shell` when given (certain), else detected from the
 * ancestor processes past wrappers such as `pnpm`'s `sh -c`, else guessed from `$SHELL` and the
 * platform.
 */
export function callerShell(env: Env, explicit?: string): DetectedShell {
  if (explicit !== undefined && isShellName(explicit)) return { shell: explicit, certain: true };
  return detectShell({
    ancestors: ancestorProcesses(),
    shellVariable: env.SHELL,
    platform: process.platform,
    environment: env,
  });
}
