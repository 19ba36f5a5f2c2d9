// Identifiers shaped like AWS's: unique ids with their documented prefixes, 40-character secret
// keys, opaque session tokens and UUID request ids.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Prefixes AWS uses for unique ids: user, group, role, managed policy, long-term key, session key. */
export type IdPrefix = 'AIDA' | 'AGPA' | 'AROA' | 'ANPA' | 'AKIA' | 'ASIA';

/** An id such as `AIDA…` (21 characters) or `AKIA…` (20 characters), upper-case base32 after the prefix. */
export function awsId(prefix: IdPrefix): string {
  const length = prefix === 'AKIA' || prefix === 'ASIA' ? 20 : 21;
  let id = prefix;
  while (id.length < length) id += base32Alphabet[randomInt(base32Alphabet.length)];
  return id;
}

/** A 40-character secret access key from AWS's alphabet `[A-Za-z0-9/+]`. */
export function secretAccessKey(): string {
  return randomBytes(30).toString('base64');
}

/** An opaque session token; real ones are long base64 blobs, so clients must not assume a length. */
export function sessionToken(): string {
  return `IQoJb3JpZ2luX2Vj${randomBytes(180).toString('base64')}`;
}

/** A virtual MFA seed: 40 random bytes as 64 base32 characters, like AWS's. */
export function mfaSeed(): string {
  const bytes = randomBytes(40);
  let bits = 0;
  let value = 0;
  let seed = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      seed += base32Alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return seed;
}

/** A request id for `ResponseMetadata/RequestId` and `x-amzn-RequestId`. */
export function requestId(): string {
  return randomUUID();
}
