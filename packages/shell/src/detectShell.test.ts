import { describe, expect, it } from 'vitest';
import { detectShell, shellFromName } from './detectShell.js';

describe(shellFromName.name, () => {
  it.each([
    ['/usr/bin/zsh', 'zsh'],
    ['-bash', 'bash'],
    ['fish', 'fish'],
    ['C:\\Program Files\\PowerShell\\7\\pwsh.EXE', 'pwsh'],
    ['powershell.exe', 'pwsh'],
    ['cmd.exe', 'cmd'],
    ['dash', 'sh'],
    ['node', undefined],
  ])('%s → %s', (name, expected) => expect(shellFromName(name)).toBe(expected));
});

describe(detectShell.name, () => {
  it('prefers the nearest shell ancestor over $SHELL', () => {
    expect(detectShell({ processNames: ['node', 'fish', 'bash'], shellVariable: '/bin/zsh' })).toBe('fish');
  });
  it('falls back to $SHELL, then to the platform default', () => {
    expect(detectShell({ processNames: ['node', 'tmux'], shellVariable: '/usr/bin/zsh' })).toBe('zsh');
    expect(detectShell({ processNames: [] })).toBe('bash');
    expect(detectShell({ platform: 'win32' })).toBe('pwsh');
  });
});
