import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from './parseDuration.js';

describe('parseDuration', () => {
  it.each([
    ['3600', 3600],
    ['1h', 3600],
    ['90m', 5400],
    ['1h30m', 5400],
    ['15m', 900],
    ['36h', 129_600],
    [' 2H ', 7200],
    [7200, 7200],
  ] as const)('%s is %d s', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it('defaults to one hour', () => {
    expect(parseDuration(undefined)).toBe(3600);
    expect(parseDuration('')).toBe(3600);
  });

  it.each([
    ['899', /outside AWS's range/],
    ['14m59s', /outside AWS's range/],
    ['37h', /outside AWS's range/],
    ['129601', /outside AWS's range/],
    ['1d', /not a duration/],
    ['-3600', /not a duration/],
    ['1.5h', /not a duration/],
    ['1h1h', /not a duration/],
    ['h', /not a duration/],
    ['99999999999999999999', /not a duration/],
  ])('%s is refused before any request', (input, message) => {
    expect(() => parseDuration(input, 'awsmfa_session_duration')).toThrow(message);
    try {
      parseDuration(input);
    } catch (error) {
      expect((error as { code: string }).code).toBe('INVALID_INPUT');
    }
  });

  it('accepts exactly the seconds in [900, 129600]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), (n) => {
        const ok = n >= 900 && n <= 129_600;
        if (ok) expect(parseDuration(String(n))).toBe(n);
        else expect(() => parseDuration(String(n))).toThrow();
      }),
    );
  });
});
