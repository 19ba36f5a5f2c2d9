// PowerShell is not installable here (no Debian package), so its output is checked with the
// tree-sitter PowerShell grammar: a syntax check, backed by the golden tests in src/ and by the
// evaluator in windowsOutput.test.ts (a syntax check alone accepts 'a’; calc; ‘').
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { renderEnv } from '../src/renderEnv.js';
import { renderHook } from '../src/renderHook.js';
import { hostileValues } from '../src/testing/hostileValues.js';
import { loadPwshParser } from '../src/testing/pwshParser.js';

let parser: Parser;

beforeAll(async () => {
  parser = await loadPwshParser();
});

/** Parses `source`; returns the statements' node types, or throws on a syntax error. */
function statements(source: string): string[] {
  const tree = parser.parse(source)!;
  expect(tree.rootNode.hasError, source).toBe(false);
  return source.trimEnd().split('\n');
}

describe('pwsh output parses as PowerShell', () => {
  it('the parser does catch a bash-style escape (so the check can fail)', () => {
    expect(parser.parse("$env:X = 'it\\'s'")!.rootNode.hasError).toBe(true);
  });

  it.each(Object.entries(hostileValues))('%s', (_name, value) => {
    const out = renderEnv('pwsh', { set: { AWS_SESSION_TOKEN: value }, unset: ['AWS_PROFILE'] });
    expect(statements(out)).toHaveLength(2);
  });

  it('500 generated values give one valid statement each', () => {
    const value = fc
      .oneof(
        fc.string({ unit: 'binary', maxLength: 24 }),
        fc.string({
          unit: fc.constantFrom(...'\'"$`\n\r\u2018\u2019\u201a\u201b\u201c\u201d(){}@;#'),
          maxLength: 24,
        }),
      )
      .filter((v) => !v.includes('\0') && !/\p{Cs}/u.test(v));
    fc.assert(
      fc.property(fc.array(value, { minLength: 100, maxLength: 100 }), (values) => {
        const set = Object.fromEntries(values.map((v, i) => [`V${i}`, v]));
        expect(statements(renderEnv('pwsh', { set, unset: [] }))).toHaveLength(100);
      }),
      { numRuns: 5 },
    );
  });
});

describe('the pwsh prompt hook parses as PowerShell', () => {
  it('the parser catches a broken hook (so the check can fail)', () => {
    const broken = renderHook('pwsh', ['/usr/bin/node']).replace(
      'function global:prompt {',
      'function global:prompt {{',
    );
    expect(parser.parse(broken)!.rootNode.hasError).toBe(true);
  });

  it.each(Object.entries(hostileValues))('with awsmfa at a path holding %s', (_name, value) => {
    const hook = renderHook('pwsh', ['C:\\Program Files\\nodejs\\node.exe', `C:\\x${value}\\cli.js`]);
    expect(parser.parse(hook)!.rootNode.hasError, hook.split('\n').slice(6, 9).join('\n')).toBe(false);
  });

  it('calls awsmfa through the call operator with both quoted paths', () => {
    expect(renderHook('pwsh', ['C:\\node.exe', "C:\\it's\\cli.js"])).toContain(
      "& 'C:\\node.exe' ('C:\\it' + [char]39 + 's\\cli.js') @args",
    );
  });
});
