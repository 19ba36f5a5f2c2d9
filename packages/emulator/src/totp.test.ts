import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { mfaSeed } from './ids.js';
import { acceptedCodeStep, codeAt, consecutiveCodesStep, timeStep } from './totp.js';

const seed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const now = new Date('2026-02-03T04:05:06Z');
const step = timeStep(now);

describe('TOTP checks', () => {
  it('codes are RFC 6238 SHA-1 6-digit codes, as authenticator apps compute them', () => {
    expect(codeAt(seed, step)).toBe(generateSync({ secret: seed, epoch: step * 30 }));
    expect(codeAt(seed, step)).toMatch(/^\d{6}$/);
  });

  it('accepts the previous, current and next step once each, nothing further', () => {
    expect(acceptedCodeStep(seed, codeAt(seed, step - 1), now)).toBe(step - 1);
    expect(acceptedCodeStep(seed, codeAt(seed, step), now)).toBe(step);
    expect(acceptedCodeStep(seed, codeAt(seed, step + 1), now)).toBe(step + 1);
    expect(acceptedCodeStep(seed, codeAt(seed, step + 2), now)).toBeUndefined();
    expect(acceptedCodeStep(seed, codeAt(seed, step - 2), now)).toBeUndefined();
  });

  it('refuses a code at or before the last accepted step (replay)', () => {
    expect(acceptedCodeStep(seed, codeAt(seed, step), now, step)).toBeUndefined();
    expect(acceptedCodeStep(seed, codeAt(seed, step - 1), now, step)).toBeUndefined();
    expect(acceptedCodeStep(seed, codeAt(seed, step + 1), now, step)).toBe(step + 1);
  });

  it.each([['12345'], ['1234567'], ['abcdef'], [''], ['12 456']])('refuses the malformed code %j', (code) => {
    expect(acceptedCodeStep(seed, code, now)).toBeUndefined();
  });

  it('finds two consecutive codes within the window, and only consecutive ones', () => {
    const window = { stepsBack: 10, stepsAhead: 0 };
    expect(consecutiveCodesStep(seed, codeAt(seed, step - 1), codeAt(seed, step), now, window)).toBe(
      step - 1,
    );
    expect(consecutiveCodesStep(seed, codeAt(seed, step), codeAt(seed, step + 1), now, window)).toBe(step);
    expect(consecutiveCodesStep(seed, codeAt(seed, step), codeAt(seed, step), now, window)).toBeUndefined();
    expect(
      consecutiveCodesStep(seed, codeAt(seed, step - 2), codeAt(seed, step), now, window),
    ).toBeUndefined();
    expect(
      consecutiveCodesStep(seed, codeAt(seed, step - 11), codeAt(seed, step - 10), now, window),
    ).toBeUndefined();
  });

  it('new seeds are 64 base32 characters (40 bytes), like AWS virtual MFA seeds', () => {
    const a = mfaSeed();
    expect(a).toMatch(/^[A-Z2-7]{64}$/);
    expect(mfaSeed()).not.toBe(a);
    expect(codeAt(a, step)).toMatch(/^\d{6}$/);
  });
});
