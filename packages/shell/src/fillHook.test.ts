import { describe, expect, it } from 'vitest';
import { ShellRenderError } from './envChange.js';
import { fillHook } from './fillHook.js';
import { quoteBashZsh, quoteFish, quotePwsh } from './quote.js';
import { renderHook } from './renderHook.js';
import { hookShellNames } from './shell.js';

const self = ['/usr/bin/node', "/opt/it's here/cli.js"];

describe('fillHook', () => {
  it('quotes each word of the command and joins them with spaces', () => {
    expect(fillHook('f() { __AWSMFA_SELF__ "$@"; }', self, quoteBashZsh)).toBe(
      `f() { '/usr/bin/node' '/opt/it'\\''s here/cli.js' "$@"; }`,
    );
  });

  it('dollar_pattern_in_path_is_not_a_replace_pattern', () => {
    // String.replace would turn `$&` into the placeholder and `$'` into the rest of the script.
    expect(fillHook('a __AWSMFA_SELF__ b', ["/x/$&/$'/$`/cli.js"], quoteBashZsh)).toBe(
      "a '/x/$&/$'\\''/$`/cli.js' b",
    );
  });

  it('empty_command_is_refused', () => {
    expect(() => fillHook('__AWSMFA_SELF__', [], quoteBashZsh)).toThrow(ShellRenderError);
  });

  it('nul_in_path_is_refused', () => {
    expect(() => fillHook('__AWSMFA_SELF__', ['/a\0b'], quoteBashZsh)).toThrow(/NUL/);
  });

  it('a script without the placeholder is a defect, not silently printed', () => {
    expect(() => fillHook('no placeholder', ['/x'], quoteBashZsh)).toThrow(/exactly once/);
  });
});

describe('renderHook', () => {
  it.each([
    ['bash', `__awsmfa_self() {\n  '/usr/bin/node' '/opt/it'\\''s here/cli.js' "$@"\n}`],
    ['zsh', `__awsmfa_self() {\n  '/usr/bin/node' '/opt/it'\\''s here/cli.js' "$@"\n}`],
    ['fish', `function __awsmfa_self\n    '/usr/bin/node' '/opt/it\\'s here/cli.js' $argv\nend`],
    ['pwsh', `    & '/usr/bin/node' ('/opt/it' + [char]39 + 's here/cli.js') @args 2>&1\n}`],
  ] as const)('%s calls awsmfa through the quoted paths', (shell, definition) => {
    const text = renderHook(shell, self);
    expect(text).toContain(definition);
    expect(text).not.toContain('__AWSMFA_SELF__');
  });

  it.each(hookShellNames)('%s uses the quoting of its shell', (shell) => {
    const quote = { bash: quoteBashZsh, zsh: quoteBashZsh, fish: quoteFish, pwsh: quotePwsh }[shell];
    const odd = '/tmp/a\nb $(x) `y` "z"/cli.js';
    expect(renderHook(shell, [odd])).toContain(quote(odd));
  });
});
