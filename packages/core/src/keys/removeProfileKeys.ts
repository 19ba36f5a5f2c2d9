import { AwsMfaError } from '../errors.js';
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
): Promise<{ profile: string; store: KeyStoreName; location: string }> {
  const { env, home, stores } = options;
  const profile = findProfile(readAwsProfiles({ env, home }), options.profile);
  const used = profileKeyStore(profile);
  const name = options.store ?? used;
  const store = stores(name);
  if (!(await store.remove(profile.name))) {
    throw new AwsMfaError(
      'NOT_FOUND',
      `${store.location} holds no keys for profile ${profile.name}; nothing was removed.`,
      {
        hint: 'see where each profile keeps its keys: awsmfa keys list',
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
