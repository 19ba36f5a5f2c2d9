import { keysText } from '../messages/en/keys.js';
import type { KeyStore } from './keyStore.js';
import { decodeStoredKeys, encodeStoredKeys } from './storedKeys.js';

/** The service name of every awsmfa keyring entry; the account is the profile name. */
export const keyringService = 'awsmfa';

/**
 * The OS keyring as the keyring store needs it: one secret per account of service `awsmfa`.
 * The CLI provides it on @napi-rs/keyring; failures are AwsMfaError (STORE_UNAVAILABLE).
 */
export interface KeyringBackend {
  /** The secret of `account`, or undefined when there is none. */
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  /** Whether there was an entry to delete. */
  delete(account: string): Promise<boolean>;
}

/**
 * The `keyring` store: one entry per profile (service `awsmfa`, account = the profile name) whose
 * secret is the key as JSON (see encodeStoredKeys).
 *
 * @example const store = keyringKeyStore(osKeyring(env)); await store.read('dev')
 */
export function keyringKeyStore(backend: KeyringBackend): KeyStore {
  const where = (profile: string) => keysText.keyringEntry({ service: keyringService, profile });
  return {
    name: 'keyring',
    location: keysText.osKeyringLocation({ service: keyringService }),
    async read(profile) {
      const secret = await backend.get(profile);
      return secret === undefined ? undefined : decodeStoredKeys(secret, where(profile));
    },
    write: (profile, keys) => backend.set(profile, encodeStoredKeys(keys)),
    remove: (profile) => backend.delete(profile),
  };
}
