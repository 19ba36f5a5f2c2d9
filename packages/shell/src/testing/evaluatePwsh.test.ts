// The evaluator is only as good as its fidelity to PowerShell: these pin the tokenizer rules it
// models (tokenizer.cs ScanStringLiteral, CharTraits.cs IsSingleQuote) and show it can fail.
import { describe, expect, it } from 'vitest';
import { evaluatePwsh, evaluatePwshArguments, PwshEvalError } from './evaluatePwsh.js';

const run = (script: string, env: Record<string, string> = {}) =>
  evaluatePwsh(script, new Map(Object.entries(env)));
const evaluated = (expression: string) => run(`$env:V = ${expression}`).env.get('V');

describe('single-quoted strings', () => {
  it.each([
    ["'plain $x `n'", 'plain $x `n'],
    ["'it''s'", "it's"],
    // Any of the five quote characters ends the string, and any two in a row give the second one.
    ['\u2018a\u2019', 'a'],
    ["'a\u2019\u2019b'", 'a\u2019b'],
    ["'a\u2019'b'", "a'b"],
    ["'a\u201a\u201bb'", 'a\u201bb'],
    ["'two\nlines'", 'two\nlines'],
  ])('%j → %j', (expression, expected) => expect(evaluated(expression)).toBe(expected));

  it('a typographic quote ends the string: what follows is a statement (the grammar check accepts it)', () => {
    expect(() => run("$env:V = 'a\u2019; Start-Process calc; \u2018'")).toThrow(
      /Unknown statement.*Start-Process/,
    );
  });

  it('a missing terminator is an error', () => {
    expect(() => run("$env:V = 'open")).toThrow(PwshEvalError);
  });
});

describe('[char]N and +', () => {
  it.each([
    ["('a' + [char]39 + 'b')", "a'b"],
    ["'' + [char]55357 + [char]56593", '\u{1f511}'],
    ['[char]10', '\n'],
    ["('' + ([char]65) + 'B')", 'AB'],
  ])('%s → %j', (expression, expected) => expect(evaluated(expression)).toBe(expected));

  it('[char] + [char] adds numbers in PowerShell, so it is refused', () => {
    expect(() => evaluated('[char]97 + [char]98')).toThrow(/adds numbers/);
  });

  it('[char] above 65535 does not exist', () => {
    expect(() => evaluated('[char]65536')).toThrow(PwshEvalError);
  });

  it('double-quoted (expanding) strings are not evaluated', () => {
    expect(() => evaluated('"$(calc)"')).toThrow(PwshEvalError);
    expect(() => evaluated('\u201cx\u201d')).toThrow(PwshEvalError);
  });
});

describe('statements', () => {
  it('assignments and removals, separated by newlines or ;, with comments', () => {
    const result = run(
      "$env:A = 'x'; $env:B = 'y' # note\r\nRemove-Item -LiteralPath Env:C -ErrorAction Ignore\n",
      {
        C: 'old',
      },
    );
    expect(Object.fromEntries(result.env)).toEqual({ A: 'x', B: 'y' });
    expect(result.errorRecords).toEqual([]);
  });

  it('assigning the empty string removes the variable, as PowerShell does', () => {
    expect(run("$env:A = ''", { A: 'x' }).env.has('A')).toBe(false);
  });

  it('removing an absent variable with SilentlyContinue still records an error in $Error; Ignore does not', () => {
    expect(run('Remove-Item -LiteralPath Env:NOPE -ErrorAction SilentlyContinue').errorRecords).toHaveLength(
      1,
    );
    expect(run('Remove-Item -LiteralPath Env:NOPE -ErrorAction Ignore').errorRecords).toEqual([]);
    expect(() => run('Remove-Item Env:NOPE -ErrorAction Stop')).toThrow(/does not exist/);
  });

  it.each([
    'Start-Process calc',
    "$env:A = 'x' Start-Process calc",
    'Remove-Item -LiteralPath C:\\Windows',
    'Remove-Item -Path Env:A* -ErrorAction Ignore',
    "iex 'calc'",
    '$x = 1',
  ])('refuses %j', (script) => {
    expect(() => run(script)).toThrow(PwshEvalError);
  });
});

describe(evaluatePwshArguments.name, () => {
  it('reads the words of a call in command mode', () => {
    expect(evaluatePwshArguments("'C:\\node.exe' ('C:\\Jos' + [char]233 + '\\cli.js') @args")).toEqual([
      'C:\\node.exe',
      'C:\\Jos\u00e9\\cli.js',
      '@args',
    ]);
  });
  it('refuses a bare word or a word glued to a string', () => {
    expect(() => evaluatePwshArguments('calc')).toThrow(PwshEvalError);
    expect(() => evaluatePwshArguments("'a'b")).toThrow(PwshEvalError);
  });
});
