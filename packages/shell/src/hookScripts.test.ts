import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selfPlaceholder } from './fillHook.js';
import { hookScripts } from './hookScripts.js';
import { hookShellNames } from './shell.js';

const files = { bash: 'bash.sh', zsh: 'zsh.zsh', fish: 'fish.fish', pwsh: 'pwsh.ps1' } as const;

describe.each(hookShellNames)('hooks/%s', (shell) => {
  const file = readFileSync(new URL(`../hooks/${files[shell]}`, import.meta.url), 'utf8');

  it('embedded_copy_is_stale (run: pnpm --filter @awsmfa/shell hooks)', () => {
    expect(hookScripts[shell]).toBe(file);
  });

  it('holds the placeholder exactly once', () => {
    expect(file.split(selfPlaceholder)).toHaveLength(2);
  });

  it('ends with the line to add to the shell configuration', () => {
    expect(file).toMatch(/# Add to .+:\n# {3}.*awsmfa hook \w+.*\n$/);
  });
});
