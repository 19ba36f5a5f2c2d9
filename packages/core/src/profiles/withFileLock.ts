import lockfile from 'proper-lockfile';
import { AwsMfaError } from '../errors.js';

/**
 * Runs `task` holding a cross-process lock on `path` (a `path.lock` directory, as proper-lockfile
 * makes it; one left by a crashed process counts as stale after 10 s). Waits up to a few seconds
 * for another holder, then fails with TIMEOUT. The parent directory must exist.
 */
export async function withFileLock<T>(path: string, task: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path, {
      // The target may not exist yet, so it cannot be resolved.
      realpath: false,
      stale: 10_000,
      retries: { retries: 40, factor: 1.3, minTimeout: 20, maxTimeout: 300, randomize: true },
      // The default throws from a timer and kills the process; an edit this short can carry on.
      onCompromised: () => undefined,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new AwsMfaError('TIMEOUT', `Another process is editing ${path} and kept it locked.`, {
        hint: `try again; if no awsmfa is running, remove ${path}.lock`,
        cause: error,
      });
    }
    throw new AwsMfaError('FILE_ERROR', `Cannot lock ${path}.`, {
      hint: 'check the directory permissions',
      cause: error,
    });
  }
  try {
    return await task();
  } finally {
    await release().catch(() => undefined);
  }
}
