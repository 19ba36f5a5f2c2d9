// RFC 6238 Appendix B, the published TOTP test vectors (SHA-1, secret "12345678901234567890",
// 30-s steps), against the emulator's TOTP checks: AWS devices show 6 digits, which by RFC 4226's
// truncation (DBC mod 10^digits) are the last six digits of the published 8-digit values.
import { describe, expect, it } from 'vitest';
import { acceptedCodeStep, codeAt, consecutiveCodesStep, timeStep } from './totp.js';

/** base32 of the ASCII secret "12345678901234567890". */
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
  it.each(vectors)('t=%d: step %s, code = last six digits of %s, accepted then', (time, stepHex, totp8) => {
    const at = new Date(time * 1000);
    const step = Number.parseInt(stepHex, 16);
    expect(timeStep(at)).toBe(step);
    expect(codeAt(rfcSeed, step)).toBe(totp8.slice(2));
    expect(acceptedCodeStep(rfcSeed, totp8.slice(2), at)).toBe(step);
    // The 8-digit form is no code to AWS.
    expect(acceptedCodeStep(rfcSeed, totp8, at)).toBeUndefined();
  });

  it('the codes of 1111111109 and 1111111111 are consecutive; at 1111111111 the earlier one is still accepted once', () => {
    const at = new Date(1111111111_000);
    expect(consecutiveCodesStep(rfcSeed, '081804', '050471', at, { stepsBack: 1, stepsAhead: 0 })).toBe(
      0x23523ec,
    );
    expect(acceptedCodeStep(rfcSeed, '081804', at)).toBe(0x23523ec);
    expect(acceptedCodeStep(rfcSeed, '081804', at, 0x23523ec)).toBeUndefined();
  });
});
