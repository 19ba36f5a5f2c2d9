import { describe, expect, it } from 'vitest';
import { quoteBashZsh, quoteCmdAssignment, quoteFish, quotePosix, quotePwsh } from './quote.js';

describe(quotePosix.name, () => {
  it.each([
    ['', "''"],
    ['plain', "'plain'"],
    ["it's", `'it'\\''s'`],
    ['$HOME `x`', "'$HOME `x`'"],
  ])('%j → %s', (value, expected) => expect(quotePosix(value)).toBe(expected));
});

describe(quoteBashZsh.name, () => {
  it('uses plain single quotes when nothing needs escaping', () => {
    expect(quoteBashZsh("a'b")).toBe(`'a'\\''b'`);
  });
  it('newline_splits_statement: keeps control characters on one line', () => {
    expect(quoteBashZsh("a\nb'\\")).toBe("$'a\\x0ab\\'\\\\'");
  });
  it('hex_digit_after_escape: always two hex digits', () => {
    expect(quoteBashZsh('\x01F')).toBe("$'\\x01F'");
  });
});

describe(quoteFish.name, () => {
  it.each([
    ['', "''"],
    ["it's \\", "'it\\'s \\\\'"],
    ['a\nb', "'a'\\x0a'b'"],
  ])('%j → %s', (value, expected) => expect(quoteFish(value)).toBe(expected));
});

describe(quotePwsh.name, () => {
  it.each([
    ['', "''"],
    ['$env:HOME `n', "'$env:HOME `n'"],
    ["it's", "('it' + [char]39 + 's')"],
    ['a\u2019', "('a' + [char]8217)"],
    ['\n', "('' + [char]10)"],
    ['Jos\u00e9 \u65e5\u672c', "('Jos' + [char]233 + ' ' + [char]26085 + [char]26412)"],
    ['\x7f~', "('' + [char]127 + '~')"],
  ])('%j → %s', (value, expected) => expect(quotePwsh(value)).toBe(expected));
});

describe(quoteCmdAssignment.name, () => {
  it('keeps & | < > ^ literal inside the quoted assignment', () => {
    expect(quoteCmdAssignment('K', 'a&b|c<d>e^f')).toBe('set "K=a&b|c<d>e^f"');
  });
  it.each(['100%', 'a!b', 'say "x"', 'a\nb', 'é'])('refuses %j', (value) => {
    expect(quoteCmdAssignment('K', value)).toBeUndefined();
  });
});
