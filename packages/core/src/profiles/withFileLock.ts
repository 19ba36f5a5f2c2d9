import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rmdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AwsMfaError } from '../errors.js';
import { profileEditsText } from '../messages/en/profileEdits.js';
import { isProcessAlive } from './isProcessAlive.js';

export interface FileLockOptions {
  /**
   * Give up waiting for another holder after this long; default 15 s, longer than `staleMs`, so
   * that a lock nobody holds any more is always recovered before giving up.
   */
  waitMs?: number;
  /** A lock whose holder cannot be checked and that was not touched for this long is stale; default 10 s. */
  staleMs?: number;
  /** Called once when another process holds the lock and this one starts to wait. */
  onWait?: () => void;
  /** The error thrown after `waitMs`; default TIMEOUT naming the file. */
  timeoutError?: () => AwsMfaError;
  /** The error thrown when the lock cannot be made at all; default FILE_ERROR naming the file. */
  lockError?: (cause: unknown) => AwsMfaError;
}

/**
 * Runs `task` holding a cross-process lock on `path`: the directory `path.lock` (made with mkdir,
 * which is atomic also on network file systems, as proper-lockfile and older awsmfa make it),
 * holding one `holder.PID.HOST.RANDOM` file that says who holds it. A lock whose holder process
 * is gone from this machine (killed while editing) is taken over at once; one whose holder cannot
 * be checked (another machine, or an older awsmfa) is stale when nobody touched it for `staleMs`;
 * live holders touch it every `staleMs / 2`. The parent directory must exist.
 *
 * @example await withFileLock('/home/me/.aws/credentials', async () => edit())
 */
export async function withFileLock<T>(
  path: string,
  task: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const release = await acquireFileLock(path, options);
  try {
    return await task();
  } finally {
    await release();
  }
}

const holderPattern = /^holder\.(\d+)\.([0-9a-f]{12})\.[0-9a-f]+$/;
let localHostTag: string | undefined;

/** This machine in holder file names: a short hash, since host names may hold any character. */
function hostTag(): string {
  localHostTag ??= createHash('sha256').update(hostname()).digest('hex').slice(0, 12);
  return localHostTag;
}

/** The name of the file that says this process holds a lock (exported for the tests). */
export function lockHolderName(pid: number = process.pid): string {
  return `holder.${pid}.${hostTag()}.${randomBytes(4).toString('hex')}`;
}

async function acquireFileLock(path: string, options: FileLockOptions): Promise<() => Promise<void>> {
  const lockDir = `${path}.lock`;
  const staleMs = options.staleMs ?? 10_000;
  const deadline = Date.now() + (options.waitMs ?? 15_000);
  let waiting = false;
  for (;;) {
    try {
      await mkdir(lockDir, { mode: 0o700 });
      const release = await hold(lockDir, staleMs);
      if (release) return release;
      continue;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw options.lockError?.(error) ?? lockError(path, error);
      }
    }
    if (await takeOverAbandoned(lockDir, staleMs)) continue;
    if (Date.now() >= deadline) {
      throw (
        options.timeoutError?.() ??
        new AwsMfaError('TIMEOUT', profileEditsText.lockedByOther({ path }), {
          hint: profileEditsText.lockedByOtherHint({ lock: lockDir }),
        })
      );
    }
    if (!waiting) {
      waiting = true;
      options.onWait?.();
    }
    await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 40));
  }
}

function lockError(path: string, error: unknown): AwsMfaError {
  return new AwsMfaError('FILE_ERROR', profileEditsText.cannotLock({ path }), {
    hint: profileEditsText.cannotLockHint(),
    cause: error,
  });
}

/** Marks the fresh lock as ours; undefined when a racing takeover removed it first. */
async function hold(lockDir: string, staleMs: number): Promise<(() => Promise<void>) | undefined> {
  const holder = join(lockDir, lockHolderName());
  try {
    await writeFile(holder, '', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    await rmdir(lockDir).catch(() => undefined);
    throw error;
  }
  const touch = setInterval(
    () => {
      const now = new Date();
      utimes(lockDir, now, now).catch(() => undefined);
    },
    Math.max(50, staleMs / 2),
  );
  touch.unref();
  return async () => {
    clearInterval(touch);
    await unlink(holder).catch(() => undefined);
    await rmdir(lockDir).catch(() => undefined);
  };
}

/**
 * Removes the lock when its holder is gone: every holder file names a process of this machine
 * that no longer runs, or there is no holder this process can check and nobody touched the lock
 * for `staleMs`. True when the caller should try to lock again at once.
 */
async function takeOverAbandoned(lockDir: string, staleMs: number): Promise<boolean> {
  let names: string[];
  let touchedMs: number;
  try {
    names = await readdir(lockDir);
    touchedMs = (await stat(lockDir)).mtimeMs;
  } catch (error) {
    // Released in the meantime: lock again now.
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  const holders = names.flatMap((name) => {
    const match = holderPattern.exec(name);
    return match ? [{ name, pid: Number(match[1]), local: match[2] === hostTag() }] : [];
  });
  const checkable = holders.length > 0 && holders.every((holder) => holder.local);
  if (checkable) {
    if (holders.some((holder) => isProcessAlive(holder.pid))) return false;
  } else if (Date.now() - touchedMs <= staleMs) {
    return false;
  }
  try {
    // Only the process that unlinks the dead holder's file goes on to remove the directory, so
    // two processes taking over the same lock never remove each other's new one.
    for (const holder of holders) await unlink(join(lockDir, holder.name));
    if (!checkable && Date.now() - (await stat(lockDir)).mtimeMs <= staleMs) return false;
    await rmdir(lockDir);
    return true;
  } catch {
    return false;
  }
}
