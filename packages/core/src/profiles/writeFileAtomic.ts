import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isProcessAlive } from './isProcessAlive.js';

export interface WriteFileAtomicOptions {
  mode: number;
  owner?: { uid: number; gid: number } | undefined;
  /** Runs between writing the temporary file and renaming it (for the crash tests). */
  beforeRename?: (() => Promise<void>) | undefined;
}

/**
 * Replaces `path` with `data` atomically: a temporary file in the same directory, written,
 * chmod-ed to `mode` (umask does not apply), fsync-ed, then renamed over the target, and the
 * directory fsync-ed. A reader sees the old file or the new one, never half of either. Temporary
 * files that killed writers left for the same target are removed first (see
 * removeAbandonedTemporaries).
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteFileAtomicOptions,
): Promise<void> {
  const directory = dirname(path);
  await removeAbandonedTemporaries(path);
  const temporary = join(
    directory,
    `${temporaryPrefix(path)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temporary, 'wx', options.mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.chmod(options.mode);
      // Running as root on a user's file must not hand it to root.
      if (options.owner) await handle.chown(options.owner.uid, options.owner.gid).catch(() => undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/** A temporary file older than this is abandoned even when its process id is in use again. */
const abandonedAfterMs = 10 * 60_000;

function temporaryPrefix(path: string): string {
  return `.${basename(path)}.`;
}

/**
 * Removes the temporary files `.NAME.PID.HEX.tmp` (and the older `.NAME.PID.tmp`) that writers of
 * `path` killed between write and rename left behind, each a full copy of the file: those of a
 * process that no longer runs, and any older than ten minutes (the id was reused). A live
 * writer's file is never touched. Best effort: a failure here never fails the write.
 */
async function removeAbandonedTemporaries(path: string): Promise<void> {
  const directory = dirname(path);
  const prefix = temporaryPrefix(path);
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const match = /^(\d+)(?:\.[0-9a-f]{12})?$/.exec(name.slice(prefix.length, -'.tmp'.length));
    if (!match) continue;
    const pid = Number(match[1]);
    const file = join(directory, name);
    try {
      if (pid === process.pid) continue;
      if (isProcessAlive(pid) && Date.now() - (await stat(file)).mtimeMs < abandonedAfterMs) continue;
      await unlink(file);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

async function syncDirectory(directory: string): Promise<void> {
  // Best effort: makes the rename durable; some platforms (Windows) cannot open a directory.
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // ignored on purpose
  }
}
