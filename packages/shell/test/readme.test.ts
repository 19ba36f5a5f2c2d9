// The README's lines for putting a session into each shell are what the shell package says they
// are, so that a fix here (cmd's `do @%i`, which keeps secrets off the screen) reaches the docs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shells } from '../src/shells/index.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README session lines', () => {
  it.each([
    ['bash', 'awsmfa env --profile dev'],
    ['fish', 'awsmfa env --profile dev --shell fish'],
    ['pwsh', 'awsmfa env --profile dev --shell pwsh'],
    // cmd_line_echoes_secrets: an interactive cmd prints each command of the loop unless it is `@%i`.
    ['cmd', 'awsmfa env --profile dev --shell cmd'],
  ] as const)('%s: %s', (shell, command) => {
    const line = shells[shell].evaluateOutput?.(command) as string;
    expect(readme.split('\n').some((l) => l.startsWith(`${line} `))).toBe(true);
  });
});
