/**
 * Hides a secret for logs and debug output: keeps the first four characters (enough to tell
 * `AKIA…` from `ASIA…` keys apart) and replaces the rest. Short values are hidden entirely.
 *
 * @example mask('AKIAIOSFODNN7EXAMPLE') // 'AKIA****************'
 */
export function mask(secret: string): string {
  if (secret.length <= 8) return '*'.repeat(secret.length);
  return secret.slice(0, 4) + '*'.repeat(secret.length - 4);
}

/** Replaces every occurrence of each secret in `text` with its masked form. */
export function redact(text: string, secrets: Iterable<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(mask(secret));
  }
  return out;
}
