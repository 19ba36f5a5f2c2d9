import lockfile from 'proper-lockfile';
import { AwsMfaError } from '../errors.js';

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
 * and refreshes, the others wait and then find the fresh entry. A holder killed with SIGKILL stops
 * touching the lock and it goes stale after 10 s.
 */
export async function withSessionLock<T>(
  entryPath: string,
  task: () => Promise<T>,
  options: SessionLockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  let compromised: Error | undefined;
  const base = {
    realpath: false,
    stale: 10_000,
    update: 2_000,
    onCompromised: (error: Error) => {
      // The default throws from a timer and crashes the process; the refresh can still finish.
      compromised = error;
    },
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(entryPath, { ...base, retries: 0 });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw lockError(error, entryPath);
    options.onWait?.();
    const pollMs = 50;
    try {
      release = await lockfile.lock(entryPath, {
        ...base,
        retries: {
          retries: Math.ceil(timeoutMs / pollMs),
          factor: 1,
          minTimeout: pollMs,
          maxTimeout: pollMs,
        },
      });
    } catch (waitError) {
      if ((waitError as { code?: string }).code === 'ELOCKED') {
        throw new AwsMfaError(
          'TIMEOUT',
          `Another awsmfa process has been getting a session${options.profile ? ` for profile ${options.profile}` : ''} for over ${Math.round(timeoutMs / 1000)} s.`,
          {
            hint: `finish or stop that process; a lock left by a crash expires by itself (${entryPath}.lock)`,
          },
        );
      }
      throw lockError(waitError, entryPath);
    }
  }
  try {
    return await task();
  } finally {
    if (!compromised) await release().catch(() => undefined);
  }
}

function lockError(error: unknown, entryPath: string): AwsMfaError {
  const code = (error as { code?: string }).code ?? 'error';
  return new AwsMfaError('FILE_ERROR', `Cannot lock the session cache entry ${entryPath} (${code}).`, {
    hint: 'check that the cache folder is writable (AWSMFA_CACHE_DIR)',
    cause: error,
  });
}
