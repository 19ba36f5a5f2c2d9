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

const ancestor = (name: string, ...args: string[]) => ({ name, args });

describe(detectShell.name, () => {
  it('prefers the nearest shell ancestor over $SHELL, and is certain of it', () => {
    expect(
      detectShell({
        ancestors: [ancestor('node'), ancestor('fish'), ancestor('bash')],
        shellVariable: '/bin/zsh',
      }),
    ).toEqual({
      shell: 'fish',
      certain: true,
    });
  });

  it.each([
    // pnpm awsmfa env | source, in fish: pnpm runs the script with sh -c.
    [
      'pnpm',
      [
        ancestor('sh', '-c', 'node packages/cli/dist/cli.js env --profile cli-user'),
        ancestor('node', '/usr/bin/pnpm', 'awsmfa'),
        ancestor('fish'),
      ],
      'fish',
    ],
    // npm exec / npx: node, then sh -c 'awsmfa env', under zsh.
    [
      'npx',
      [
        ancestor('sh', '-c', 'awsmfa env'),
        ancestor('node', '/usr/bin/npx', 'awsmfa', 'env'),
        ancestor('-zsh'),
      ],
      'zsh',
    ],
    // macOS: /bin/sh is bash started as sh; ps shows its argv[0].
    [
      'yarn on macOS',
      [ancestor('sh', '-c', 'awsmfa env'), ancestor('node', 'yarn'), ancestor('fish')],
      'fish',
    ],
    ['sh -c typed by hand', [ancestor('dash', '-ec', 'awsmfa env'), ancestor('fish')], 'fish'],
  ] as const)('shell_misdetected_behind_wrapper: %s', (_name, ancestors, expected) => {
    expect(detectShell({ ancestors, shellVariable: '/bin/bash' })).toEqual({
      shell: expected,
      certain: true,
    });
  });

  it.each([['eval "$(awsmfa env)"'], ['x=`awsmfa env`; eval "$x"'], ['awsmfa env > f; . f']])(
    'a -c script that evaluates the output itself is the shell: %s',
    (script) => {
      expect(detectShell({ ancestors: [ancestor('sh', '-c', script), ancestor('fish')] }).shell).toBe('sh');
    },
  );

  it('an interactive or script shell is no wrapper, nor is a bash or zsh someone started with -c', () => {
    expect(detectShell({ ancestors: [ancestor('bash', '.ci/run'), ancestor('fish')] }).shell).toBe('bash');
    expect(detectShell({ ancestors: [ancestor('zsh', '-c', 'awsmfa logout'), ancestor('fish')] }).shell).toBe(
      'zsh',
    );
    expect(detectShell({ ancestors: [ancestor('fish', '-c', 'awsmfa env | source')] }).shell).toBe('fish');
  });

  it('reads ancestors only until it finds the shell', () => {
    const read: string[] = [];
    function* ancestors() {
      for (const name of ['zsh', 'sshd', 'systemd']) {
        read.push(name);
        yield ancestor(name);
      }
    }
    detectShell({ ancestors: ancestors() });
    expect(read).toEqual(['zsh']);
  });

  it('falls back to $SHELL, then to the platform default, as guesses', () => {
    expect(
      detectShell({ ancestors: [ancestor('node'), ancestor('tmux')], shellVariable: '/usr/bin/zsh' }),
    ).toEqual({
      shell: 'zsh',
      certain: false,
    });
    expect(detectShell({ ancestors: [] })).toEqual({ shell: 'bash', certain: false });
    expect(detectShell({ platform: 'win32' })).toEqual({ shell: 'pwsh', certain: false });
  });

  describe('Windows, without a process tree', () => {
    const machine =
      'C:\\Program Files\\WindowsPowerShell\\Modules;C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\Modules';
    const user = 'C:\\Users\\me\\Documents\\PowerShell\\Modules';
    it.each([
      ['cmd.exe (PROMPT, machine module folders only)', { PROMPT: '$P$G', PSModulePath: machine }, 'cmd'],
      ['PowerShell (its user module folder first)', { PSModulePath: `${user};${machine}` }, 'pwsh'],
      ['PowerShell started from cmd', { PROMPT: '$P$G', PSModulePath: `${user};${machine}` }, 'pwsh'],
      ['nothing to go by', {}, 'pwsh'],
    ] as const)('%s: %s, a guess', (_name, environment, expected) => {
      const env = { USERPROFILE: 'C:\\Users\\me', ...environment };
      expect(detectShell({ platform: 'win32', environment: env })).toEqual({
        shell: expected,
        certain: false,
      });
    });
    it('Git Bash sets SHELL', () => {
      expect(detectShell({ platform: 'win32', shellVariable: '/usr/bin/bash' }).shell).toBe('bash');
    });
  });
});
