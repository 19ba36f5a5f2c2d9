// RFC 6238 Appendix B, the published TOTP test vectors (SHA-1, secret "12345678901234567890",
// 30-s steps, T0 = 0), against the client's own TOTP code path: an independent check, not otplib
// compared with otplib. AWS devices show 6 digits; by RFC 4226's truncation (DBC mod 10^digits)
// those are the last six digits of the published 8-digit values.
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { checkCodePair, mfaCodeAt } from './mfaCodes.js';

/** base32 of the ASCII secret "12345678901234567890" (RFC 6238 Appendix B, SHA-1). */
const rfcSeed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
/** Time (s), the time step T in hex, and the 8-digit TOTP, as printed in the RFC's table. */
const vectors: Array<[number, string, string]> = [
  [59, '0000000000000001', '94287082'],
  [1111111109, '00000000023523EC', '07081804'],
  [1111111111, '00000000023523ED', '14050471'],
  [1234567890, '000000000273EF07', '89005924'],
  [2000000000, '0000000003F940AA', '69279037'],
  [20000000000, '0000000027BC86AA', '65353130'],
];

describe('RFC 6238 test vectors', () => {
  it.each(vectors)('t=%d (T=%s): the 6-digit code is the last six digits of %s', (time, stepHex, totp8) => {
    const step = Number.parseInt(stepHex, 16);
    expect(Math.floor(time / 30)).toBe(step);
    expect(mfaCodeAt(rfcSeed, step)).toBe(totp8.slice(2));
  });

  it.each(vectors)('the TOTP library at 8 digits gives the published value at t=%d', (time, _step, totp8) => {
    expect(generateSync({ secret: rfcSeed, digits: 8, epoch: time })).toBe(totp8);
  });

  it('checkCodePair places the published codes of 1111111109 and 1111111111 one step apart', () => {
    expect(checkCodePair(rfcSeed, '081804', '050471', 1111111111_000)).toEqual({ kind: 'consecutive' });
    expect(checkCodePair(rfcSeed, '050471', '081804', 1111111111_000)).toEqual({
      kind: 'not-consecutive',
      gap: -1,
    });
  });
});
