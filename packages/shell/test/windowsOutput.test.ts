// PowerShell and cmd.exe are not installable here, so their output is evaluated by a model of
// PowerShell's tokenizer (src/testing/evaluatePwsh.ts) and of cmd's `set`, the way a Windows
// console hands it over: as bytes decoded with its code page (cp932 on Japanese Windows, cp1252).
// The real shells run the same output in .github/workflows/windows-macos.yml.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEnv } from '../src/renderEnv.js';
import { renderHook } from '../src/renderHook.js';
import { decodeAs } from '../src/testing/decodeAs.js';
import { evaluatePwsh, evaluatePwshArguments } from '../src/testing/evaluatePwsh.js';
import { hostileValues } from '../src/testing/hostileValues.js';

const codePages = ['shift_jis', 'windows-1252'] as const;
const printableAscii = /^[\x20-\x7e\n]*$/;

/** The text as PowerShell sees it: as written (UTF-8 console), and decoded with each code page. */
function asConsolesRead(text: string): Array<[string, string]> {
  const bytes = Buffer.from(text, 'utf8');
  return [['utf-8', text], ...codePages.map((page): [string, string] => [page, decodeAs(bytes, page)])];
}

/** Renders `values` as V0…Vn for PowerShell; evaluating it under every code page gives them back. */
function expectPwshRoundTrip(values: readonly string[]) {
  const set = Object.fromEntries(values.map((v, i) => [`V${i}`, v]));
  const text = renderEnv('pwsh', { set, unset: ['UNSET_ME', 'NEVER_SET'] });
  expect(text, 'pwsh output must be printable ASCII').toMatch(printableAscii);
  // PowerShell cannot hold an empty environment variable: assigning '' removes it.
  const expected = new Map(Object.entries(set).filter(([, v]) => v !== ''));
  for (const [page, decoded] of asConsolesRead(text)) {
    const result = evaluatePwsh(decoded, new Map([['UNSET_ME', 'still here']]));
    expect(result.env, `read as ${page}`).toEqual(expected);
    expect(result.errorRecords, 'unsetting must leave nothing in $Error').toEqual([]);
  }
}

// Dense in what matters to PowerShell and to code pages: the five single quotes, the double ones,
// `$`, backtick, `#`, `;`, and characters whose UTF-8 bytes decode to quotes in cp932 or cp1252.
const specials = [
  ...'\'\u2018\u2019\u201a\u201b"\u201c\u201d\u201e$`#;()@{}\n\r\t\x7f\u0085\u00a0',
  '\u0101',
  '\u0142',
  '\u00e9',
  '\u65e5',
  '\u{1f511}',
];
const value = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 24 }),
    // UTF-16 code units, lone surrogates included: Windows environment values are UTF-16.
    fc.string({
      unit: fc.integer({ min: 1, max: 0xffff }).map((n) => String.fromCharCode(n)),
      maxLength: 24,
    }),
    fc.string({ unit: fc.constantFrom(...specials), maxLength: 24 }),
  )
  .filter((v) => !v.includes('\0'));

describe('pwsh output, evaluated as PowerShell reads it', () => {
  it.each(Object.entries(hostileValues))('%s', (_name, v) => {
    expectPwshRoundTrip([v]);
  });

  it('all hostile values at once', () => {
    expectPwshRoundTrip(Object.values(hostileValues));
  });

  it('600 generated values (any code point, lone surrogates, quote-like characters) come back exactly', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 100, maxLength: 100 }), (values) => {
        expectPwshRoundTrip(values);
      }),
      { numRuns: 6 },
    );
  });

  it('surrogate pairs are spliced one code unit at a time', () => {
    expect(renderEnv('pwsh', { set: { K: '\u{1f511}' }, unset: [] })).toBe(
      "$env:K = ('' + [char]55357 + [char]56593)\n",
    );
  });
});

describe('the pwsh prompt hook', () => {
  const node = 'C:\\Program Files\\nodejs\\node.exe';

  it.each([
    [
      'non_ascii_user_folder',
      'C:\\Users\\Jos\u00e9\\AppData\\Roaming\\npm\\node_modules\\awsmfa\\dist\\cli.js',
    ],
    ['japanese_user_folder', 'C:\\Users\\\u7530\u4e2d\\awsmfa\\cli.js'],
    ...Object.entries(hostileValues).map(([name, v]): [string, string] => [name, `C:\\x${v}\\cli.js`]),
  ])('is ASCII and calls awsmfa at its exact path under every code page: %s', (_name, cli) => {
    const hook = renderHook('pwsh', [node, cli]);
    expect(hook).toMatch(printableAscii);
    for (const [page, decoded] of asConsolesRead(hook)) {
      const call = decoded.match(/^ {4}& (.*) @args/m)?.[1];
      expect(call, `read as ${page}`).toBeDefined();
      expect(evaluatePwshArguments(call as string), `read as ${page}`).toEqual([node, cli]);
    }
  });
});

describe('cmd output', () => {
  /** cmd.exe running each line as `for /f … do @%i` does: `set "K=V"` sets, `set K=` removes. */
  function evaluateCmd(text: string): Map<string, string> {
    const env = new Map<string, string>();
    for (const line of text.split('\n').filter(Boolean)) {
      // Inside the quotes & | < > ^ are literal; % ! " are not (the renderer refuses them).
      const assignment =
        line.match(/^set "([A-Za-z_][A-Za-z0-9_]*)=([^"%!]*)"$/) ??
        line.match(/^set ([A-Za-z_][A-Za-z0-9_]*)=()$/);
      // cmd cannot hold an empty variable either: `set "K="` removes K.
      if (assignment?.[2]) env.set(assignment[1] as string, assignment[2]);
      else if (assignment) env.delete(assignment[1] as string);
      else throw new Error(`cmd would read ${JSON.stringify(line)} differently`);
    }
    return env;
  }

  it('is printable ASCII, reads the same under every code page, or is refused', () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.string({ unit: 'binary-ascii', maxLength: 24 })), (v) => {
        let text: string;
        try {
          text = renderEnv('cmd', { set: { K: v }, unset: ['U'] });
        } catch {
          return; // refused: %, !, ", control or non-ASCII characters
        }
        expect(text).toMatch(printableAscii);
        for (const [, decoded] of asConsolesRead(text)) {
          expect(evaluateCmd(decoded).get('K')).toBe(v === '' ? undefined : v);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('an AWS secret survives', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY+/=';
    expect(evaluateCmd(renderEnv('cmd', { set: { K: secret }, unset: [] })).get('K')).toBe(secret);
  });
});
