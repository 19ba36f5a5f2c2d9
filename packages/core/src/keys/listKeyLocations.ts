import { isAwsMfaError } from '../errors.js';
import type { Message } from '../messages/message.js';
import { readAwsProfiles } from '../profiles/loadProfile.js';
import type { KeyStoreName } from './keyStore.js';
import { profileKeyStore } from './profileKeyStore.js';

/** Where one profile's long-term keys are, as `keys list` reports it. Never a secret. */
export interface KeyLocation {
  profile: string;
  /** The store the profile uses; undefined when it has no keys there to speak of (a role, an empty profile). */
  store?: KeyStoreName | undefined;
  /** The key's ID: from the credentials file, or `awsmfa_access_key_id` for a store. */
  accessKeyId?: string | undefined;
  /** The credentials file holds session credentials (ASIA… and a token), not long-term keys. */
  sessionCredentials?: boolean;
  /** A store profile whose plaintext keys are still in the credentials file too. */
  plaintextCopy?: boolean;
  /** For a role profile: the profile whose keys assume it. */
  sourceProfile?: string | undefined;
  /** What is wrong with the profile's key settings, e.g. an unknown awsmfa_key_store. */
  problem?: string | undefined;
  /** `problem` as a catalogue Message, for the user's language (not for JSON). */
  problemText?: Message | undefined;
}

/**
 * Where every profile's keys are, from the AWS files alone: no store is opened, so listing asks
 * for no passphrase and unlocks no keyring.
 *
 * @example listKeyLocations({ env: process.env }).filter((l) => l.store === 'file')
 */
export function listKeyLocations(options: {
  env: Readonly<Record<string, string | undefined>>;
  home?: string | undefined;
}): KeyLocation[] {
  const { profiles } = readAwsProfiles(options);
  return [...profiles.values()].map((profile): KeyLocation => {
    const location: KeyLocation = { profile: profile.name };
    const plaintext = profile.accessKeyId !== undefined && profile.secretAccessKey !== undefined;
    let store: KeyStoreName;
    try {
      store = profileKeyStore(profile);
    } catch (error) {
      if (!isAwsMfaError(error)) throw error;
      return {
        ...location,
        problem: error.message,
        problemText: error.text,
        accessKeyId: profile.accessKeyId,
      };
    }
    if (store !== 'file') {
      return {
        ...location,
        store,
        accessKeyId: profile.storedAccessKeyId,
        ...(plaintext ? { plaintextCopy: true } : {}),
      };
    }
    if (plaintext) {
      return {
        ...location,
        store,
        accessKeyId: profile.accessKeyId,
        ...(profile.sessionToken ? { sessionCredentials: true } : {}),
      };
    }
    return profile.roleArn !== undefined ? { ...location, sourceProfile: profile.sourceProfile } : location;
  });
}
