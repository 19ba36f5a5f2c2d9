import { AwsMfaError } from '../errors.js';
import { keysText } from '../messages/en/keys.js';
import type { Message } from '../messages/message.js';
import type { LongTermKeys } from './keyStore.js';

/**
 * The text a keyring entry holds: credential_process's field names, so that a user who opens the
 * entry (Keychain Access, Seahorse) recognises it.
 *
 * @example encodeStoredKeys({ accessKeyId: 'AKIA…', secretAccessKey: '…' }) // '{"Version":1,"AccessKeyId":…}'
 */
export function encodeStoredKeys(keys: LongTermKeys): string {
  return JSON.stringify({
    Version: 1,
    AccessKeyId: keys.accessKeyId,
    SecretAccessKey: keys.secretAccessKey,
  });
}

/**
 * Reads what encodeStoredKeys wrote (or the same object already parsed). Anything else is
 * FILE_ERROR naming `where`, never quoting the value, which may hold a secret.
 */
export function decodeStoredKeys(stored: unknown, where: Message | string): LongTermKeys {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      value = undefined;
    }
  }
  const record = (value ?? {}) as Record<string, unknown>;
  const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey } = record;
  if (
    typeof accessKeyId !== 'string' ||
    !/^\w+$/.test(accessKeyId) ||
    typeof secretAccessKey !== 'string' ||
    secretAccessKey === '' ||
    /[\s\0]/.test(secretAccessKey)
  ) {
    throw new AwsMfaError('FILE_ERROR', keysText.notAwsmfaFormat({ where }), {
      hint: keysText.notAwsmfaFormatHint(),
    });
  }
  return { accessKeyId, secretAccessKey };
}
