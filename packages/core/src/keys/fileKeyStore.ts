import { AwsMfaError } from '../errors.js';
import { mask } from '../mask.js';
import { keysText } from '../messages/en/keys.js';
import { editAwsFile } from '../profiles/editAwsFile.js';
import { readAwsProfiles } from '../profiles/loadProfile.js';
import type { AwsFileKind } from '../profiles/profileSection.js';
import { resolveAwsFiles } from '../profiles/resolveAwsFiles.js';
import { profileEdit } from '../profiles/updateProfile.js';
import type { KeyStore } from './keyStore.js';

// A session token left without its keys would only break the next keys written there.
const keyLines = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'];

/**
 * The `file` store: `aws_access_key_id` and `aws_secret_access_key` of `[PROFILE]` in the
 * credentials file, in plaintext, where the AWS CLI reads them. Writes and removals change those
 * two lines only (a session token left beside new keys is removed too: it would break every
 * call); every other byte of the file stays.
 *
 * @example await fileKeyStore({ env: process.env }).read('dev')
 */
export function fileKeyStore(options: {
  env: Readonly<Record<string, string | undefined>>;
  home?: string | undefined;
}): KeyStore {
  const { env, home } = options;
  const edit = (
    file: AwsFileKind,
    profile: string,
    change: { set?: Record<string, string>; unset: string[] },
  ) => editAwsFile({ env, home, file, edit: profileEdit({ file, profile, ...change }) });
  return {
    name: 'file',
    location: resolveAwsFiles(env, home).credentialsFile,
    async read(profile) {
      // Keys in the config file count too, as for the AWS CLI; the credentials file wins.
      const found = readAwsProfiles({ env, home }).profiles.get(profile);
      if (!found?.accessKeyId || !found.secretAccessKey) return undefined;
      if (found.sessionToken) {
        throw new AwsMfaError(
          'CREDENTIALS_INVALID',
          keysText.sessionCredentials({ profile, key: mask(found.accessKeyId) }),
          { hint: keysText.sessionCredentialsHint({ profile }) },
        );
      }
      return { accessKeyId: found.accessKeyId, secretAccessKey: found.secretAccessKey };
    },
    async write(profile, keys) {
      await edit('credentials', profile, {
        set: { aws_access_key_id: keys.accessKeyId, aws_secret_access_key: keys.secretAccessKey },
        unset: ['aws_session_token'],
      });
    },
    async remove(profile) {
      const fromCredentials = await edit('credentials', profile, { unset: keyLines });
      const fromConfig = await edit('config', profile, { unset: keyLines });
      return fromCredentials.changed || fromConfig.changed;
    },
  };
}
