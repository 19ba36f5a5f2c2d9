/**
 * Why `accessKeyId` is not an AWS access key ID, or `undefined` when it is one: `AKIA` (long-term)
 * or `ASIA` (temporary) and 16 uppercase letters or digits. Never includes the value.
 */
export function accessKeyIdProblem(accessKeyId: string): string | undefined {
  if (accessKeyId === '') return 'has no access key ID';
  if (accessKeyId.trim() !== accessKeyId) return 'has spaces around the access key ID';
  if (!/^(AKIA|ASIA)[A-Z0-9]{16}$/.test(accessKeyId)) {
    return `has an access key ID that is not AKIA or ASIA and 16 uppercase letters or digits (${accessKeyId.length} characters)`;
  }
  return undefined;
}

/**
 * Why `secret` is not an AWS secret access key, or `undefined`: 40 characters of base64
 * (`A-Z a-z 0-9 / + =`). Never includes the value.
 */
export function secretAccessKeyProblem(secret: string): string | undefined {
  if (secret === '') return 'has no secret access key';
  if (secret.trim() !== secret) return 'has spaces around the secret access key';
  if (!/^[A-Za-z0-9/+=]{40}$/.test(secret)) {
    return `has a secret access key that is not 40 base64 characters (${secret.length} characters)`;
  }
  return undefined;
}
