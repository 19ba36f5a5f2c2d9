import type { Message } from '../messages/message.js';

/** Where a profile's long-term keys can live (README "Where your keys live"). */
export const keyStoreNames = ['file', 'keyring', 'encrypted-file'] as const;

/**
 * `file`: `~/.aws/credentials` in plaintext, where the AWS CLI reads them (the default);
 * `keyring`: the OS keyring (macOS Keychain, Windows Credential Manager, Secret Service);
 * `encrypted-file`: one file encrypted with a passphrase, for machines without a keyring.
 */
export type KeyStoreName = (typeof keyStoreNames)[number];

/** An IAM user's long-term access key. */
export interface LongTermKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * One place keys are kept, by profile name. `read` gives undefined when the store holds nothing
 * for the profile; `remove` says whether it held something. Every method throws AwsMfaError
 * (STORE_UNAVAILABLE, PASSPHRASE_WRONG, FILE_ERROR …) when the store cannot be used.
 */
export interface KeyStore {
  readonly name: KeyStoreName;
  /** Where the keys are, for messages: `the OS keyring (service awsmfa)`, a file's path. */
  readonly location: Message | string;
  read(profile: string): Promise<LongTermKeys | undefined>;
  write(profile: string, keys: LongTermKeys): Promise<void>;
  remove(profile: string): Promise<boolean>;
}

/** The stores of this machine by name; each is opened (a native module loaded, a passphrase asked) on first use only. */
export type KeyStores = (name: KeyStoreName) => KeyStore;
