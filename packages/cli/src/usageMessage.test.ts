import { describe, expect, it } from 'vitest';
import { usageMessage } from './usageMessage.js';

const invalid = 'Invalid values:\n  Argument: shell, Given: "bogus", Choices: "bash", "zsh", "fish"';

describe('usageMessage', () => {
  it('turns yargs\' two-line "Invalid values" into one line naming the option and the choices', () => {
    expect(usageMessage(invalid, ['env', '--shell', 'bogus']).english).toBe(
      '--shell "bogus" is not one of: bash, zsh, fish.',
    );
    expect(usageMessage(invalid, ['env', '--shell=bogus']).english).toBe(
      '--shell "bogus" is not one of: bash, zsh, fish.',
    );
  });

  it('a positional argument keeps its bare name', () => {
    expect(usageMessage(invalid, ['hook', 'bogus']).english).toBe(
      'shell "bogus" is not one of: bash, zsh, fish.',
    );
  });

  it('any other message is joined onto one line', () => {
    expect(usageMessage('Unknown arguments: x\n  y', []).english).toBe('Unknown arguments: x y');
  });
});
