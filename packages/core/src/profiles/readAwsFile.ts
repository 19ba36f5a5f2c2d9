import { readFile } from 'node:fs/promises';
import { profilesText } from '../messages/en/profiles.js';
import { fileError } from './fileError.js';

export { fileError };

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
    throw fileError(profilesText.cannotRead({ path }), error);
  }
}
