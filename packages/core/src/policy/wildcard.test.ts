import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchWildcard, parseWildcard, patternText } from './wildcard.js';

/** Reference model: the pattern as an anchored regular expression. */
function viaRegExp(pattern: string, text: string, ignoreCase: boolean): boolean {
  const source = Array.from(pattern, (char) =>
    char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'),
  ).join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'isu' : 'su').test(text);
}

describe(matchWildcard.name, () => {
  it.each([
    ['*', '', true],
    ['*', 'arn:aws:s3:::bucket/key', true],
    ['', '', true],
    ['', 'a', false],
    ['?', '', false],
    ['?', 'é', true],
    ['iam:*MFA*', 'iam:ListMFADevices', true],
    ['iam:List*', 'iam:GetUser', false],
    ['s3:Get?bject', 's3:GetObject', true],
    ['arn:aws:iam::*:user/*', 'arn:aws:iam::123456789012:user/division/cli-user', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXcYYb', false],
    ['*.txt', 'x.txt.bak', false],
  ])('%s ~ %s: %s', (pattern, text, expected) => {
    expect(matchWildcard(parseWildcard(pattern), text)).toBe(expected);
  });

  it('ignore_case_folds_both_sides', () => {
    expect(matchWildcard(parseWildcard('IAM:list*'), 'iam:ListUsers', { ignoreCase: true })).toBe(true);
    expect(matchWildcard(parseWildcard('IAM:list*'), 'iam:ListUsers')).toBe(false);
  });

  it('literal_units_do_not_act_as_wildcards', () => {
    expect(matchWildcard([{ literal: '*' }], 'x')).toBe(false);
    expect(matchWildcard([{ literal: '*' }], '*')).toBe(true);
  });

  it('hostile_pattern_with_many_stars_finishes', () => {
    // A backtracking regex needs exponential time here; the scan stays quadratic.
    expect(matchWildcard(parseWildcard(`${'*a'.repeat(40)}*b`), 'a'.repeat(5000))).toBe(false);
  });

  it('agrees with an anchored regular expression', () => {
    const patternChars = fc.constantFrom('a', 'b', 'A', '*', '?', ':', 'é');
    const textChars = fc.constantFrom('a', 'b', 'A', ':', 'é', '*', '?');
    fc.assert(
      fc.property(
        fc.array(patternChars, { maxLength: 8 }).map((chars) => chars.join('')),
        fc.array(textChars, { maxLength: 10 }).map((chars) => chars.join('')),
        fc.boolean(),
        (pattern, text, ignoreCase) => {
          expect(matchWildcard(parseWildcard(pattern), text, { ignoreCase })).toBe(
            viaRegExp(pattern, text, ignoreCase),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe(patternText.name, () => {
  it('round_trips', () => {
    expect(patternText(parseWildcard('arn:*:?x'))).toBe('arn:*:?x');
  });
});
