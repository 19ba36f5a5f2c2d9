import { AwsMfaError } from '../errors.js';
import { profilesText } from '../messages/en/profiles.js';
import type { Message } from '../messages/message.js';

const knownCodes = ['EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EROFS', 'ENOSPC', 'ENOENT'] as const;

/**
 * A FILE_ERROR for `path` that says why in words (not `EACCES`); `what` is e.g.
 * profilesText.cannotRead({ path }).
 */
export function fileError(what: Message, error: unknown): AwsMfaError {
  const code = (error as NodeJS.ErrnoException).code;
  const known = knownCodes.find((candidate) => candidate === code);
  return new AwsMfaError(
    'FILE_ERROR',
    profilesText.fileProblem({ what, code: known, other: code ?? String(error) }),
    {
      hint: profilesText.fileProblemHint(),
      cause: error,
    },
  );
}
