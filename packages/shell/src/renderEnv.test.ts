import { describe, expect, it } from 'vitest';
import { ShellRenderError } from './envChange.js';
import { renderEnv } from './renderEnv.js';
import { shellNames } from './shell.js';

const change = {
  set: { AWS_SESSION_TOKEN: "tok'en", AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE', AWS_REGION: 'eu-west-1' },
  unset: ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE'],
};

// Golden output: the exact text a user evaluates. A change here is a change users see.
describe('golden output', () => {
  it('bash', () => {
    expect(renderEnv('bash', change)).toBe(
      [
        'unset AWS_DEFAULT_PROFILE',
        'unset AWS_PROFILE',
        "export AWS_ACCESS_KEY_ID='ASIAEXAMPLE'",
        "export AWS_REGION='eu-west-1'",
        `export AWS_SESSION_TOKEN='tok'\\''en'`,
        '',
      ].join('\n'),
    );
  });
  it('fish', () => {
    expect(renderEnv('fish', change)).toBe(
      [
        'if set -q -g AWS_DEFAULT_PROFILE; set -e -g AWS_DEFAULT_PROFILE; end',
        'if set -q -g AWS_PROFILE; set -e -g AWS_PROFILE; end',
        "set -gx AWS_ACCESS_KEY_ID 'ASIAEXAMPLE'",
        "set -gx AWS_REGION 'eu-west-1'",
        "set -gx AWS_SESSION_TOKEN 'tok\\'en'",
        '',
      ].join('\n'),
    );
  });
  it('pwsh', () => {
    expect(renderEnv('pwsh', change)).toBe(
      [
        'Remove-Item -LiteralPath Env:AWS_DEFAULT_PROFILE -ErrorAction Ignore',
        'Remove-Item -LiteralPath Env:AWS_PROFILE -ErrorAction Ignore',
        "$env:AWS_ACCESS_KEY_ID = 'ASIAEXAMPLE'",
        "$env:AWS_REGION = 'eu-west-1'",
        "$env:AWS_SESSION_TOKEN = ('tok' + [char]39 + 'en')",
        '',
      ].join('\n'),
    );
  });
  it('cmd', () => {
    const safe = {
      set: { AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'a/b+c=' },
      unset: ['AWS_PROFILE'],
    };
    expect(renderEnv('cmd', safe)).toBe(
      [
        'set AWS_PROFILE=',
        'set "AWS_ACCESS_KEY_ID=ASIAEXAMPLE"',
        'set "AWS_SECRET_ACCESS_KEY=a/b+c="',
        '',
      ].join('\n'),
    );
  });
  it('json', () => {
    expect(JSON.parse(renderEnv('json', change))).toEqual({
      AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
      AWS_DEFAULT_PROFILE: null,
      AWS_PROFILE: null,
      AWS_REGION: 'eu-west-1',
      AWS_SESSION_TOKEN: "tok'en",
    });
  });
  it('dotenv', () => {
    expect(renderEnv('dotenv', { set: { B: 'x y', A: '1' }, unset: ['C'] })).toBe(
      "# unset C\nA='1'\nB='x y'\n",
    );
  });
});

describe('every shell', () => {
  it.each(shellNames)('%s: output is deterministic whatever the input order', (shell) => {
    const reversed = {
      set: Object.fromEntries(Object.entries(change.set).reverse()),
      unset: [...change.unset].reverse(),
    };
    expect(renderEnv(shell, reversed)).toBe(renderEnv(shell, change));
  });
  it.each(shellNames.filter((s) => s !== 'json'))('%s: empty change prints nothing', (shell) => {
    expect(renderEnv(shell, { set: {}, unset: [] })).toBe('');
  });
  it.each(shellNames)('%s: name_injection_is_refused', (shell) => {
    expect(() => renderEnv(shell, { set: { 'A;touch x': '1' }, unset: [] })).toThrow(ShellRenderError);
    expect(() => renderEnv(shell, { set: {}, unset: ['$(x)'] })).toThrow(ShellRenderError);
  });
  it.each(shellNames)('%s: nul_byte_is_refused_not_truncated', (shell) => {
    expect(() => renderEnv(shell, { set: { A: 'a\0b' }, unset: [] })).toThrow(/NUL/);
  });
  it.each(shellNames)('%s: set_and_unset_same_name_is_refused', (shell) => {
    expect(() => renderEnv(shell, { set: { A: '1' }, unset: ['A'] })).toThrow(/both set and unset/);
  });
  it('cmd refuses a value it cannot carry, naming the variable', () => {
    expect(() => renderEnv('cmd', { set: { AWS_X: '50%' }, unset: [] })).toThrow(/AWS_X/);
  });
});
