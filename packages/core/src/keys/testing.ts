// Test helpers for the key store tests: the stores of a temporary HOME, with the OS keyring
// replaced by a map (the real one is tested end to end against gnome-keyring in packages/cli).
import { encryptedFileKeyStore, encryptedKeyFile } from './encryptedFileKeyStore.js';
import { fileKeyStore } from './fileKeyStore.js';
import { type KeyringBackend, keyringKeyStore } from './keyringKeyStore.js';
import type { KeyStore, KeyStoreName, KeyStores } from './keyStore.js';

/** A keyring held in memory: account → secret. */
export function memoryKeyring(
  entries = new Map<string, string>(),
): KeyringBackend & { entries: Map<string, string> } {
  return {
    entries,
    get: async (account) => entries.get(account),
    set: async (account, secret) => {
      entries.set(account, secret);
    },
    delete: async (account) => entries.delete(account),
  };
}

/** The three stores for `env`'s HOME: the real file and encrypted file (cheap scrypt), a memory keyring. */
export function testStores(
  env: Readonly<Record<string, string | undefined>>,
  options: { keyring?: KeyringBackend; passphrase?: string } = {},
): KeyStores & { keyring: KeyringBackend } {
  const keyring = options.keyring ?? memoryKeyring();
  const made: Record<KeyStoreName, KeyStore> = {
    file: fileKeyStore({ env }),
    keyring: keyringKeyStore(keyring),
    'encrypted-file': encryptedFileKeyStore({
      path: encryptedKeyFile(env),
      passphrase: async () => options.passphrase ?? 'test passphrase',
      cost: { N: 2 ** 10, r: 8, p: 1 },
    }),
  };
  return Object.assign((name: KeyStoreName) => made[name], { keyring });
}
