import {
  encryptedFileKeyStore,
  encryptedKeyFile,
  fileKeyStore,
  type KeyStore,
  type KeyStoreName,
  type KeyStores,
  keyringKeyStore,
} from '@awsmfa/core';
import { osKeyring } from './osKeyring.js';
import { passphrasePrompt } from './prompt/passphrasePrompt.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The key stores of this machine for the CLI: the credentials file, the OS keyring, and the
 * encrypted file with its passphrase from AWSMFA_FILE_PASSPHRASE or the terminal. Each is made on
 * first use, so a command that never needs a key loads no native module and asks nothing.
 *
 * @example const keys = await openProfileKeys(profile, openKeyStores(process.env))
 */
export function openKeyStores(env: Env): KeyStores {
  const opened = new Map<KeyStoreName, KeyStore>();
  const make = (name: KeyStoreName): KeyStore => {
    switch (name) {
      case 'file':
        return fileKeyStore({ env });
      case 'keyring':
        return keyringKeyStore(osKeyring(env));
      case 'encrypted-file':
        return encryptedFileKeyStore({
          path: encryptedKeyFile(env),
          passphrase: passphrasePrompt(env),
          beforeRename: testPause(env.AWSMFA_TEST_KEY_WRITE_PAUSE_MS),
        });
    }
  };
  return (name) => {
    let store = opened.get(name);
    if (!store) {
      store = make(name);
      opened.set(name, store);
    }
    return store;
  };
}

/** For the crash tests only: holds the encrypted file's writer between its temporary file and the rename. */
function testPause(ms: string | undefined): (() => Promise<void>) | undefined {
  const pause = Number(ms);
  if (!(pause > 0)) return undefined;
  return () => new Promise((resolve) => setTimeout(resolve, pause));
}
