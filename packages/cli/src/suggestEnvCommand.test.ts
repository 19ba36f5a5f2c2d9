import { describe, expect, it } from 'vitest';
import { shellHint, suggestEnvCommand } from './suggestEnvCommand.js';

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

describe(shellHint.name, () => {
  it.each([
    [
      'get a new session: awsmfa env --profile dev --refresh',
      { shell: 'fish', certain: true },
      'get a new session: awsmfa env --profile dev --refresh | source',
    ],
    [
      'remove them: eval "$(awsmfa env --unset)"',
      { shell: 'pwsh', certain: false },
      'remove them: awsmfa env --unset --shell pwsh | Out-String | Invoke-Expression',
    ],
    [
      'or get an MFA session first: awsmfa env',
      { shell: 'bash', certain: true },
      'or get an MFA session first: eval "$(awsmfa env)"',
    ],
    [
      '新しいセッションを取得してください: awsmfa env --profile dev --refresh',
      { shell: 'fish', certain: true },
      '新しいセッションを取得してください: awsmfa env --profile dev --refresh | source',
    ],
  ] as const)('hint_in_bash_syntax_elsewhere: %s', (hint, detected, expected) => {
    expect(shellHint(hint, detected)).toBe(expected);
  });

  it('leaves other hints alone', () => {
    expect(shellHint('run awsmfa enroll --profile dev', { shell: 'fish', certain: true })).toBe(
      'run awsmfa enroll --profile dev',
    );
  });

  it('leaves an awsmfa env inside Japanese brackets alone (a usage hint, not a command to run)', () => {
    const hint = '使い方: awsmfa env [options]（詳しくは awsmfa env --help）';
    expect(shellHint(hint, { shell: 'bash', certain: true })).toBe(hint);
  });
});
