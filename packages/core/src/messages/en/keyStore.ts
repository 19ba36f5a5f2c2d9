import { defineMessages } from '../defineMessages.js';

/** A profile's key store setting (profileKeyStore; also on the fast path). */
export const keyStoreText = defineMessages('keyStore', {
  notAStore: (p: { profile: string; value: string }) =>
    `awsmfa_key_store of profile ${p.profile} is ${p.value}, which is not a key store.`,
  notAStoreHint: (p: { stores: readonly string[] }) =>
    `set it to ${p.stores.join(', ')}, or see where the keys are: awsmfa keys list`,
});
