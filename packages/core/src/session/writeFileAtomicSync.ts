import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `path` through a 0600 temporary file in the same folder, flushed, then renamed
 * over `path`: readers and crashes (even SIGKILL) see the old content or the new, never a mix.
 * `beforeRename` exists for the crash test.
 */
export function writeFileAtomicSync(path: string, text: string, beforeRename?: () => void): void {
  const temporary = join(
    dirname(path),
    `.tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    beforeRename?.();
    renameSync(temporary, path);
  } catch (error) {
    // A failed write (a full disk) would otherwise leave part of a secret lying around for a minute.
    try {
      unlinkSync(temporary);
    } catch {}
    throw error;
  }
}
