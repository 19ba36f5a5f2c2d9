import fc from 'fast-check';
import { generateSecret, generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { checkCodePair, secondsUntilNextCode } from './mfaCodes.js';

const seed = generateSecret({ length: 40 });
const t = 1_700_000_015_000;
const codeAt = (offset: number) => generateSync({ secret: seed, epoch: Math.floor(t / 1000) + offset * 30 });

describe('checkCodePair', () => {
  it.each([
    ['the current and the next code', 0, 1, 'consecutive'],
    ['the previous and the current code (typed as they appeared)', -1, 0, 'consecutive'],
    ['a phone 7 minutes fast still gives consecutive codes', 14, 15, 'consecutive'],
    ['the same code twice', 0, 0, 'same'],
    ['a skipped code', 0, 2, 'not-consecutive'],
    ['swapped codes', 1, 0, 'not-consecutive'],
  ])('%s', (_name, a, b, kind) => {
    expect(checkCodePair(seed, codeAt(a), codeAt(b), t).kind).toBe(kind);
  });

  it('codes of another device (an old app entry) are left for AWS to judge', () => {
    const other = generateSecret({ length: 40 });
    const code = (o: number) => generateSync({ secret: other, epoch: Math.floor(t / 1000) + o * 30 });
    expect(checkCodePair(seed, code(0), code(1), t).kind).toBe('unknown');
  });

  it('a seed otplib refuses does not throw', () => {
    expect(checkCodePair('not base32!', '123456', '234567', t)).toEqual({ kind: 'unknown' });
  });

  it('reports the gap between non-consecutive codes', () => {
    expect(checkCodePair(seed, codeAt(0), codeAt(3), t)).toEqual({ kind: 'not-consecutive', gap: 3 });
  });
});

describe('secondsUntilNextCode', () => {
  it('counts down within each 30 s period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 42 }), (ms) => {
        const s = secondsUntilNextCode(ms);
        return s >= 1 && s <= 30 && (Math.floor(ms / 1000) + s) % 30 === 0;
      }),
    );
  });
});
