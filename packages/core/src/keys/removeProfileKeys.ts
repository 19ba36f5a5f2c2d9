import { AwsMfaError } from '../errors.js';
import { keysText } from '../messages/en/keys.js';
import type { Message } from '../messages/message.js';
import { findProfile, readAwsProfiles } from '../profiles/loadProfile.js';
import { updateProfile } from '../profiles/updateProfile.js';
import type { KeyStoreName, KeyStores } from './keyStore.js';
import { profileKeyStore } from './profileKeyStore.js';

export interface RemoveProfileKeysOptions {
  env: Readonly<Record<string, string | undefined>>;
  home?: string | undefined;
  profile: string;
  /** The store to remove them from; default the one the profile uses. */
  store?: KeyStoreName | undefined;
  stores: KeyStores;
}

/**
 * Removes a profile's keys from a store. From the store the profile uses, its `awsmfa_key_store`
 * and `awsmfa_access_key_id` go too (the profile then has no keys); from another store (a
 * leftover plaintext copy), only that copy goes. NOT_FOUND when the store holds nothing for it.
 *
 * @example await removeProfileKeys({ env, profile: 'dev', stores })
 */
export async function removeProfileKeys(
  options: RemoveProfileKeysOptions,
): Promise<{ profile: string; store: KeyStoreName; location: Message | string }> {
  const { env, home, stores } = options;
  const profile = findProfile(readAwsProfiles({ env, home }), options.profile);
  const used = profileKeyStore(profile);
  const name = options.store ?? used;
  const store = stores(name);
  if (!(await store.remove(profile.name))) {
    throw new AwsMfaError(
      'NOT_FOUND',
      keysText.nothingToRemove({ location: store.location, profile: profile.name }),
      {
        hint: keysText.nothingToRemoveHint(),
      },
    );
  }
  if (name === used && name !== 'file') {
    await updateProfile({
      env,
      home,
      file: 'config',
      profile: profile.name,
      unset: ['awsmfa_key_store', 'awsmfa_access_key_id'],
    });
  }
  return { profile: profile.name, store: name, location: store.location };
}
