import { readFile } from 'node:fs/promises';
import { AwsMfaError } from '../errors.js';

/**
 * Reads an AWS shared file as UTF-8; `undefined` when it does not exist. Any other failure (a
 * directory, no permission) is a FILE_ERROR naming the file.
 */
export async function readAwsFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw fileError(`Cannot read ${path}`, error);
  }
}

/** A FILE_ERROR for `path` that says why in words (not `EACCES`). */
export function fileError(what: string, error: unknown): AwsMfaError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    ENOENT: 'no such file or directory',
  };
  return new AwsMfaError('FILE_ERROR', `${what}: ${reason[code ?? ''] ?? code ?? String(error)}.`, {
    hint: 'check the path and its permissions',
    cause: error,
  });
}
