export { type AccessKeyApi, type AccessKeyInfo, createAccessKeyApi } from './accessKeyApi.js';
export {
  type EncryptedFileKeyStoreOptions,
  encryptedFileKeyStore,
  encryptedKeyFile,
  type PassphraseSource,
  type ScryptCost,
} from './encryptedFileKeyStore.js';
export { fileKeyStore } from './fileKeyStore.js';
export { type KeyringBackend, keyringKeyStore, keyringService } from './keyringKeyStore.js';
export {
  type KeyStore,
  type KeyStoreName,
  type KeyStores,
  keyStoreNames,
  type LongTermKeys,
} from './keyStore.js';
export { type KeyLocation, listKeyLocations } from './listKeyLocations.js';
export {
  type MovedKeys,
  type MoveProfileKeysOptions,
  moveProfileKeys,
  readKeysOf,
} from './moveProfileKeys.js';
export { type OpenProfileKeysOptions, openProfileKeys } from './openProfileKeys.js';
export { type PlaceProfileKeysOptions, placeProfileKeys } from './placeProfileKeys.js';
export { profileKeyStore } from './profileKeyStore.js';
export { type RemoveProfileKeysOptions, removeProfileKeys } from './removeProfileKeys.js';
export { type RotateAccessKeyOptions, type RotatedKey, rotateAccessKey } from './rotateAccessKey.js';
export { decodeStoredKeys, encodeStoredKeys } from './storedKeys.js';
