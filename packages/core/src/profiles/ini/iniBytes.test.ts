import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeIniBytes, encodeIniText } from './iniBytes.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('decodeIniBytes / encodeIniText', () => {
  it('any bytes survive decoding and encoding, byte for byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(encodeIniText(decodeIniBytes(bytes))).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('bytes that look like UTF-8 but are not (truncated, overlong, surrogates, beyond U+10FFFF) survive', () => {
    for (const hex of [
      'c3',
      'e2 82',
      'c0 af',
      'ed a0 80',
      'f4 90 80 80',
      'f0 9f 98',
      'ff fe',
      'f0 9f 98 80 80',
    ]) {
      const bytes = Buffer.from(hex.replaceAll(' ', ''), 'hex');
      expect(encodeIniText(decodeIniBytes(bytes))).toEqual(bytes);
    }
  });

  it('valid UTF-8 decodes to its text, a BOM included; other bytes to U+DC80–U+DCFF', () => {
    expect(decodeIniBytes(Buffer.from('\ufeff[dev]\n# é 😀\n', 'utf8'))).toBe('\ufeff[dev]\n# é 😀\n');
    expect(decodeIniBytes(latin1('# Ren\xe9\n'))).toBe('# Ren\udce9\n');
  });

  it('text added around escaped bytes is UTF-8', () => {
    const text = `${decodeIniBytes(latin1('# Ren\xe9\n'))}[é]\n`;
    expect(encodeIniText(text)).toEqual(Buffer.concat([latin1('# Ren\xe9\n'), Buffer.from('[é]\n', 'utf8')]));
  });
});
