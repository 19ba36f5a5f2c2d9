import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { AwsMfaError } from '../errors.js';
import { keysText } from '../messages/en/keys.js';
import type { Profile } from '../profiles/profile.js';
import { profileKeys } from '../profiles/profileKeys.js';
import { updateProfile } from '../profiles/updateProfile.js';
import type { KeyStores } from './keyStore.js';
import { profileKeyStore } from './profileKeyStore.js';

export interface OpenProfileKeysOptions {
  /**
   * Where to record the ID of the key a store holds when `awsmfa_access_key_id` does not name it
   * (written by hand, or a store changed behind awsmfa's back): cached sessions are checked
   * against that setting, so without it every cached session would look stale.
   */
  recordKeyId?: { env: Readonly<Record<string, string | undefined>>; home?: string | undefined };
}

/**
 * The one place a profile's own credentials are opened, wherever they live: the credentials file
 * (see profileKeys, which also takes session credentials), or the store `awsmfa_key_store` names,
 * which is only opened here, when a request needs the keys. A store without keys for the profile
 * is PROFILE_INCOMPLETE; a store that cannot be opened throws its own error, never falling back
 * to plaintext.
 *
 * @example const keys = await openProfileKeys(profile, keyStores)
 */
export async function openProfileKeys(
  profile: Profile,
  stores: KeyStores,
  options: OpenProfileKeysOptions = {},
): Promise<AwsCredentials> {
  const name = profileKeyStore(profile);
  if (name === 'file') return profileKeys(profile);
  const store = stores(name);
  const keys = await store.read(profile.name);
  if (!keys) {
    throw new AwsMfaError(
      'PROFILE_INCOMPLETE',
      keysText.storeHasNone({ profile: profile.name, location: store.location }),
      { hint: keysText.storeHasNoneHint({ profile: profile.name, store: name }) },
    );
  }
  if (options.recordKeyId && keys.accessKeyId !== profile.storedAccessKeyId) {
    // Best effort: a config file that cannot be written costs cache hits, not this command.
    await updateProfile({
      ...options.recordKeyId,
      file: 'config',
      profile: profile.name,
      set: { awsmfa_access_key_id: keys.accessKeyId },
    }).catch(() => undefined);
  }
  return { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey };
}
