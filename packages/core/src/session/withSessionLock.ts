import { AwsMfaError } from '../errors.js';
import { withFileLock } from '../profiles/withFileLock.js';

export interface SessionLockOptions {
  /** Give up waiting for another process after this long; default 3 minutes (it may be waiting for a typed code). */
  timeoutMs?: number;
  /** Called once when another process holds the lock and this one starts to wait. */
  onWait?: () => void;
  /** Names the profile in the timeout error. */
  profile?: string;
}

/**
 * Runs `task` while holding a cross-process lock on a cache entry, so that N awsmfa processes
 * with a cold cache make one GetSessionToken call and ask for one code: the first takes the lock
 * and refreshes, the others wait and then find the fresh entry. The lock of a holder killed with
 * SIGKILL is taken over at once (see withFileLock).
 */
export async function withSessionLock<T>(
  entryPath: string,
  task: () => Promise<T>,
  options: SessionLockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  return withFileLock(entryPath, task, {
    waitMs: timeoutMs,
    onWait: options.onWait,
    timeoutError: () =>
      new AwsMfaError(
        'TIMEOUT',
        `Another awsmfa process has been getting a session${options.profile ? ` for profile ${options.profile}` : ''} for over ${Math.round(timeoutMs / 1000)} s.`,
        {
          hint: `finish or stop that process; a lock left by a crash is taken over by itself (${entryPath}.lock)`,
        },
      ),
    lockError: (cause) =>
      new AwsMfaError(
        'FILE_ERROR',
        `Cannot lock the session cache entry ${entryPath} (${(cause as { code?: string }).code ?? 'error'}).`,
        { hint: 'check that the cache folder is writable (AWSMFA_CACHE_DIR)', cause },
      ),
  });
}
