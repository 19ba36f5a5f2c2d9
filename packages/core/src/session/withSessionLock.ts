import { AwsMfaError } from '../errors.js';
import { sessionText } from '../messages/en/session.js';
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
        sessionText.lockWait({ profile: options.profile, seconds: Math.round(timeoutMs / 1000) }),
        { hint: sessionText.lockWaitHint({ lock: `${entryPath}.lock` }) },
      ),
    lockError: (cause) =>
      new AwsMfaError(
        'FILE_ERROR',
        sessionText.cannotLock({ path: entryPath, error: (cause as { code?: string }).code ?? 'error' }),
        { hint: sessionText.cannotLockHint(), cause },
      ),
  });
}
