// On the fast path (via credentialChain): node built-ins only.
import { AwsMfaError } from '../errors.js';
import { keyStoreText } from '../messages/en/keyStore.js';
import type { Profile } from '../profiles/profile.js';
import { type KeyStoreName, keyStoreNames } from './keyStore.js';

/**
 * Where a profile's long-term keys are: its `awsmfa_key_store` setting, else `file` (the
 * credentials file). An unknown value is INVALID_INPUT: guessing would send the user's keys
 * looking in the wrong place, or fall back to plaintext.
 *
 * @example profileKeyStore(loadProfile('dev', { env })) // 'keyring'
 */
export function profileKeyStore(profile: Profile): KeyStoreName {
  const value = profile.keyStore;
  if (value === undefined) return 'file';
  if ((keyStoreNames as readonly string[]).includes(value)) return value as KeyStoreName;
  throw new AwsMfaError(
    'INVALID_INPUT',
    keyStoreText.notAStore({ profile: profile.name, value: JSON.stringify(value) }),
    { hint: keyStoreText.notAStoreHint({ stores: keyStoreNames }) },
  );
}
