import { importText } from '../messages/en/importCsv.js';
import type { Message } from '../messages/message.js';

/**
 * Why `accessKeyId` is not an AWS access key ID, or `undefined` when it is one: `AKIA` (long-term)
 * or `ASIA` (temporary) and 16 uppercase letters or digits. Never includes the value.
 */
export function accessKeyIdProblem(accessKeyId: string): Message | undefined {
  if (accessKeyId === '') return importText.noAccessKeyId();
  if (accessKeyId.trim() !== accessKeyId) return importText.spacesAroundAccessKeyId();
  if (!/^(AKIA|ASIA)[A-Z0-9]{16}$/.test(accessKeyId)) {
    return importText.badAccessKeyId({ length: accessKeyId.length });
  }
  return undefined;
}

/**
 * Why `secret` is not an AWS secret access key, or `undefined`: 40 characters of base64
 * (`A-Z a-z 0-9 / + =`). Never includes the value.
 */
export function secretAccessKeyProblem(secret: string): Message | undefined {
  if (secret === '') return importText.noSecret();
  if (secret.trim() !== secret) return importText.spacesAroundSecret();
  if (!/^[A-Za-z0-9/+=]{40}$/.test(secret)) {
    return importText.badSecret({ length: secret.length });
  }
  return undefined;
}
