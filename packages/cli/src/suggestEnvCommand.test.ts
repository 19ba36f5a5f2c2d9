import { describe, expect, it } from 'vitest';
import { suggestEnvCommand } from './suggestEnvCommand.js';

describe(suggestEnvCommand.name, () => {
  it.each([
    ['bash', true, 'eval "$(awsmfa env --profile dev)"'],
    ['fish', true, 'awsmfa env --profile dev | source'],
    ['zsh', false, 'eval "$(awsmfa env --profile dev --shell zsh)"'],
    ['pwsh', false, 'awsmfa env --profile dev --shell pwsh | Out-String | Invoke-Expression'],
    ['cmd', false, `for /f "delims=" %i in ('awsmfa env --profile dev --shell cmd') do @%i`],
  ] as const)('%s (certain: %s): %s', (shell, certain, line) => {
    expect(suggestEnvCommand('--profile dev', { shell, certain })).toBe(line);
  });

  it('hint_without_shell_when_guessed: a guess is named, so the line works where detection fails', () => {
    expect(suggestEnvCommand('--unset', { shell: 'bash', certain: false })).toContain('--shell bash');
  });
});
