// The models are checked against the examples Microsoft documents for the C runtime
// ("Parsing C command-line arguments") and against botocore's own behaviour, so they can fail.
import { describe, expect, it } from 'vitest';
import { botocoreWindowsSplit, cmdPassesOn, crtSplit } from './windowsCommandLine.js';

const documented: Array<[string, string[]]> = [
  ['"a b c" d e', ['a b c', 'd', 'e']],
  ['"ab\\"c" "\\\\" d', ['ab"c', '\\', 'd']],
  ['a\\\\\\b d"e f"g h', ['a\\\\\\b', 'de fg', 'h']],
  ['a\\\\\\"b c d', ['a\\"b', 'c', 'd']],
  ['a\\\\\\\\"b c" d e', ['a\\\\b c', 'd', 'e']],
];

describe(botocoreWindowsSplit.name, () => {
  it.each(documented)('%s', (line, argv) => expect(botocoreWindowsSplit(line)).toEqual(argv));
  it('single quotes are ordinary characters', () => {
    expect(botocoreWindowsSplit("'C:\\Program Files\\node.exe' x")).toEqual([
      "'C:\\Program",
      "Files\\node.exe'",
      'x',
    ]);
  });
  it('an unclosed quote is an error', () => expect(() => botocoreWindowsSplit('"a')).toThrow(/No closing/));
});

describe(crtSplit.name, () => {
  it.each(documented)('prog %s', (line, argv) => expect(crtSplit(`prog ${line}`)).toEqual(['prog', ...argv]));
  it('"" inside quotes is a literal quote (UCRT)', () => expect(crtSplit('p "a""b"')).toEqual(['p', 'a"b']));
  it('the program name takes no backslash escapes', () =>
    expect(crtSplit('"C:\\a\\" x')).toEqual(['C:\\a\\', 'x']));
});

describe(cmdPassesOn.name, () => {
  it('^ escapes outside quotes; inside quotes everything is literal', () => {
    expect(cmdPassesOn('a ^& "b & ^c"')).toBe('a & "b & ^c"');
  });
  it.each(['a & b', 'a | b', 'a > f', '"x" %PATH%', '"%PATH%"'])('refuses %j', (line) => {
    expect(() => cmdPassesOn(line)).toThrow();
  });
});
