import { win32 } from 'node:path';
import { AwsMfaError } from '../errors.js';
import { cacheText } from '../messages/en/cache.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * On Windows, file modes mean nothing on NTFS: what keeps other users out of the session cache is
 * the folder's ACL, which under the user profile is the user's alone (plus SYSTEM and
 * Administrators), while a folder elsewhere (`C:\temp`) usually inherits one that lets every user
 * read. Throws for a cache folder outside `profileDir` unless `AWSMFA_CACHE_DIR_OUTSIDE_PROFILE=1`
 * says its ACL was set up on purpose.
 */
export function refuseCacheDirOutsideProfile(dir: string, profileDir: string, env: Env): void {
  if (env.AWSMFA_CACHE_DIR_OUTSIDE_PROFILE === '1') return;
  const folder = win32.resolve(dir).toLowerCase();
  const profile = win32.resolve(profileDir).toLowerCase().replace(/\\+$/, '');
  if (folder === profile || folder.startsWith(`${profile}\\`)) return;
  throw new AwsMfaError('INVALID_INPUT', cacheText.outsideProfile({ dir, profileDir }), {
    hint: cacheText.outsideProfileHint(),
  });
}
