// What the review of hooks/pwsh.ps1 against PowerShell's behaviour found, pinned without
// PowerShell: a strict-mode lint, and the shape of the code that carries each fix. The real
// prompt runs in .github/workflows/windows-macos.yml (scripts/windows-macos-check.ps1).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { renderHook } from '../src/renderHook.js';
import { earlyGlobalReads, loadPwshParser } from '../src/testing/pwshParser.js';

const hook = readFileSync(new URL('../hooks/pwsh.ps1', import.meta.url), 'utf8');
let parser: Parser;
beforeAll(async () => {
  parser = await loadPwshParser();
});

/** The body of `function global:NAME { … }` in the hook. */
function functionBody(name: string): string {
  const start = hook.indexOf(`function global:${name} {`);
  expect(start, name).toBeGreaterThanOrEqual(0);
  return hook.slice(start, hook.indexOf('\n}\n', start));
}

describe('strict-mode lint: $global: reads before assignment', () => {
  it('flags a read before the assignment, also inside a string and in the assignment itself', () => {
    const script = [
      'function f { "$global:tried" }',
      'if (-not $global:hooked) { $global:hooked = $true }',
      '$global:count = $global:count',
      '$global:ok = 1',
      '$x = $global:ok',
    ].join('\n');
    expect(earlyGlobalReads(parser, script)).toEqual([
      { name: '$global:tried', line: 1 },
      { name: '$global:hooked', line: 2 },
      { name: '$global:count', line: 3 },
    ]);
  });

  it('accepts Get-Variable and Test-Path', () => {
    const script =
      'if (Get-Variable x -Scope Global -ValueOnly -ErrorAction Ignore) { Test-Path variable:global:y }';
    expect(earlyGlobalReads(parser, script)).toEqual([]);
  });

  it('hook_breaks_under_strict_mode: hooks/pwsh.ps1 reads no $global: variable before it exists', () => {
    expect(earlyGlobalReads(parser, hook)).toEqual([]);
  });
});

describe('hooks/pwsh.ps1', () => {
  it('hook_swallows_awsmfa_errors: stderr is merged on the call and error records go to [Console]::Error', () => {
    expect(functionBody('__awsmfa_self')).toMatch(/^ {4}& __AWSMFA_SELF__ @args 2>&1$/m);
    const refresh = functionBody('__awsmfa_refresh');
    expect(refresh).toMatch(
      /-is \[System\.Management\.Automation\.ErrorRecord\]\) \{ \[Console\]::Error\.WriteLine/,
    );
    // Windows PowerShell turns merged stderr into error records; a caller's 'Stop' must not throw them.
    expect(refresh).toContain("$ErrorActionPreference = 'Continue'");
  });

  it('install_guard_loses_hook_after_theme: installing checks the current prompt, not a flag', () => {
    const guard = hook.match(/^if \((.*)\) \{\n {4}\$global:__awsmfa_prompt_old = \$function:prompt$/m);
    expect(guard?.[1]).toBe(`"$function:prompt" -notmatch '__awsmfa_hook'`);
    // The wrapper must hold the name the guard looks for, or the next run would wrap it again.
    expect(functionBody('prompt')).toContain('__awsmfa_hook');
  });

  it('its own hint names the shell, so the suggested command needs no detection', () => {
    expect(hook).toContain(
      'awsmfa env --profile $env:AWSMFA_PROFILE --shell pwsh | Out-String | Invoke-Expression',
    );
  });

  it('the rendered hook parses', () => {
    const rendered = renderHook('pwsh', [
      'C:\\Program Files\\nodejs\\node.exe',
      'C:\\Users\\Jos\u00e9\\cli.js',
    ]);
    expect(parser.parse(rendered)?.rootNode.hasError).toBe(false);
  });
});
