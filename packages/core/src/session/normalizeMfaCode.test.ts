import { describe, expect, it } from 'vitest';
import { normalizeMfaCode } from './normalizeMfaCode.js';

describe('normalizeMfaCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    [' 012345\n', '012345'],
    ['12\t34 56', '123456'],
  ])('%j is accepted as %s', (raw, code) => {
    expect(normalizeMfaCode(raw, '--code')).toBe(code);
  });

  it.each([
    ['12345', /5 digits/],
    ['1234567', /7 digits/],
    ['', /is empty/],
    ['12a456', /other than digits/],
    ['١٢٣٤٥٦', /other than digits/],
    ["123'456", /other than digits/],
    ['$(id)1', /other than digits/],
  ])('%j is refused without echoing it', (raw, message) => {
    expect(() => normalizeMfaCode(raw, '--code')).toThrow(message);
    try {
      normalizeMfaCode(raw, '--code');
    } catch (error) {
      const e = error as { code: string; message: string };
      expect(e.code).toBe('INVALID_INPUT');
      if (raw.trim()) expect(e.message).not.toContain(raw.trim());
    }
  });
});
