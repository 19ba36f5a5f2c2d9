import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { keysText } from '../messages/en/keys.js';
import { updateProfile } from '../profiles/updateProfile.js';
import type { KeyStoreName, KeyStores, LongTermKeys } from './keyStore.js';

export interface PlaceProfileKeysOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** Overrides the home directory found from `env`. */
  home?: string | undefined;
  profile: string;
  keys: LongTermKeys;
  /** The store the keys go to. */
  to: KeyStoreName;
  stores: KeyStores;
  /** Stores that held this profile's keys before, emptied once the keys are safely in `to`. */
  removeFrom?: readonly KeyStoreName[];
}

/**
 * Puts a profile's keys in a store, in the order that never loses them: write, read back and
 * compare (a store that does not give back what it was given is an error, and nothing else
 * changes); then point the profile at the store in ~/.aws/config (`awsmfa_key_store` and
 * `awsmfa_access_key_id`, or neither for the credentials file); only then empty the stores it
 * leaves. A failure after the write says what was done.
 *
 * @example await placeProfileKeys({ env, profile: 'dev', keys, to: 'keyring', stores, removeFrom: ['file'] })
 */
export async function placeProfileKeys(options: PlaceProfileKeysOptions): Promise<void> {
  const { env, home, profile, keys, to, stores } = options;
  const target = stores(to);
  await target.write(profile, keys);
  const back = await target.read(profile);
  if (back?.accessKeyId !== keys.accessKeyId || back.secretAccessKey !== keys.secretAccessKey) {
    throw new AwsMfaError('FILE_ERROR', keysText.notReadBack({ location: target.location, profile }), {
      hint: keysText.notReadBackHint(),
    });
  }
  await updateProfile({
    env,
    home,
    file: 'config',
    profile,
    ...(to === 'file'
      ? { unset: ['awsmfa_key_store', 'awsmfa_access_key_id'] }
      : { set: { awsmfa_key_store: to, awsmfa_access_key_id: keys.accessKeyId } }),
  });
  for (const from of new Set(options.removeFrom ?? [])) {
    if (from === to) continue;
    const old = stores(from);
    try {
      await old.remove(profile);
    } catch (error) {
      const why = isAwsMfaError(error) ? error.text : String(error);
      throw new AwsMfaError(
        isAwsMfaError(error) ? error.code : 'FILE_ERROR',
        keysText.oldCopyLeft({ profile, location: target.location, old: old.location, error: why }),
        { hint: keysText.oldCopyLeftHint({ profile, store: to }), cause: error },
      );
    }
  }
}
