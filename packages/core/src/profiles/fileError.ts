import { AwsMfaError } from '../errors.js';

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
