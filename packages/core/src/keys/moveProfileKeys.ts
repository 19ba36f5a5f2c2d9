import { AwsMfaError } from '../errors.js';
import { keysText } from '../messages/en/keys.js';
import { findProfile, readAwsProfiles } from '../profiles/loadProfile.js';
import type { Profile } from '../profiles/profile.js';
import type { KeyStore, KeyStoreName, KeyStores, LongTermKeys } from './keyStore.js';
import { placeProfileKeys } from './placeProfileKeys.js';
import { profileKeyStore } from './profileKeyStore.js';

export interface MoveProfileKeysOptions {
  env: Readonly<Record<string, string | undefined>>;
  home?: string | undefined;
  profile: string;
  to: KeyStoreName;
  stores: KeyStores;
}

/** What `keys move` did. */
export interface MovedKeys {
  profile: string;
  from: KeyStoreName;
  to: KeyStoreName;
  accessKeyId: string;
  /** `moved`; `already-there` (nothing to do); `cleaned`: already there, and a stale plaintext copy was removed. */
  outcome: 'moved' | 'already-there' | 'cleaned';
}

/**
 * Moves a profile's long-term keys to another store (see placeProfileKeys for the order): the
 * plaintext lines of the credentials file go only after the new store gave the keys back. Moving
 * to the store the profile already uses removes a plaintext copy an interrupted move left behind.
 *
 * @example await moveProfileKeys({ env, profile: 'dev', to: 'keyring', stores })
 */
export async function moveProfileKeys(options: MoveProfileKeysOptions): Promise<MovedKeys> {
  const { env, home, to, stores } = options;
  const profile = findProfile(readAwsProfiles({ env, home }), options.profile);
  const from = profileKeyStore(profile);
  const keys = await readKeysOf(profile, stores(from));
  const result = { profile: profile.name, from, to, accessKeyId: keys.accessKeyId };
  if (from === to) {
    const plaintext = to === 'file' ? undefined : await stores('file').read(profile.name);
    if (!plaintext) return { ...result, outcome: 'already-there' };
    if (plaintext.accessKeyId !== keys.accessKeyId || plaintext.secretAccessKey !== keys.secretAccessKey) {
      throw new AwsMfaError(
        'CONFLICT',
        keysText.twoKeys({
          profile: profile.name,
          key: keys.accessKeyId,
          location: stores(to).location,
          other: plaintext.accessKeyId,
        }),
        { hint: keysText.twoKeysHint({ profile: profile.name }) },
      );
    }
    await stores('file').remove(profile.name);
    return { ...result, outcome: 'cleaned' };
  }
  await placeProfileKeys({ env, home, profile: profile.name, keys, to, stores, removeFrom: [from] });
  return { ...result, outcome: 'moved' };
}

/** The profile's keys from its store; PROFILE_INCOMPLETE (saying why) when there are none. */
export async function readKeysOf(profile: Profile, store: KeyStore): Promise<LongTermKeys> {
  const keys = await store.read(profile.name);
  if (keys) return keys;
  if (profile.roleArn !== undefined) {
    throw new AwsMfaError('PROFILE_INCOMPLETE', keysText.roleProfile({ profile: profile.name }), {
      hint: profile.sourceProfile
        ? keysText.roleProfileHint({ source: profile.sourceProfile })
        : keysText.nameTheHolderHint(),
    });
  }
  throw new AwsMfaError(
    'PROFILE_INCOMPLETE',
    keysText.noKeyIn({ profile: profile.name, location: store.location }),
    {
      hint: keysText.noKeyInHint({ profile: profile.name }),
    },
  );
}
