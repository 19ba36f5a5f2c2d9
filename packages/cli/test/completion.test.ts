// Tab completion in the real shells: the script `awsmfa completion <shell>` prints is sourced in
// bash (its completion function called as bash calls it, and a real Tab under tmux), zsh (a real
// Tab under tmux, compinit's menu) and fish (`complete -C`, fish's own query). PowerShell cannot
// be installed here: its script is parsed with the tree-sitter PowerShell grammar. Candidates:
// commands, options, shell names, and profile names read from the user's own AWS files; from an
// install (awsmfa on PATH) and from a checkout (`pnpm --silent awsmfa completion …`, no awsmfa on PATH).
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { loadPwshParser } from '../../shell/src/testing/pwshParser.js';
import { cliPath, runAwsmfa, runProcess, type TestHome, testHome } from './support/awsmfa.js';
import { startTmuxShell } from './support/tmux.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A HOME whose AWS files hold profiles in both files, and one in a custom AWS_CONFIG_FILE. */
function homeWithProfiles(): TestHome {
  return testHome({
    '.aws/config': '[default]\nregion = us-east-1\n\n[profile team-dev]\nregion = eu-west-1\n',
    '.aws/credentials': '[cli-user]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\n',
  });
}

/** The script for `shell` as an installed awsmfa prints it. */
async function script(shell: string, home: TestHome): Promise<string> {
  const result = await runAwsmfa(['completion', shell], { env: home.env });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** Writes `text` to a file of the test HOME and returns its path. */
function saved(home: TestHome, name: string, text: string): string {
  writeFileSync(home.path(name), text);
  return home.path(name);
}

const env = (home: TestHome) => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', ...home.env });

describe('bash: the completion function, as bash calls it', () => {
  /** What bash would offer at the end of `line` (words split on spaces; a trailing space starts a new word). */
  async function complete(home: TestHome, source: string, line: string): Promise<string[]> {
    const words = line.split(' ');
    const program = `source ${JSON.stringify(source)}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_awsmfa_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = await runProcess('bash', ['--norc', '--noprofile', '-c', program], {
      env: env(home),
      timeoutMs: 20_000,
    });
    expect(result.stderr).toBe('');
    return result.stdout.split('\n').filter((l) => l !== '');
  }

  it.each([
    ['commands', 'awsmfa ', ['import', 'enroll', 'device', 'profiles', 'trusted-ip', 'env', 'hook', 'exec']],
    ['a command by its start', 'awsmfa pro', ['profiles']],
    ['subcommands', 'awsmfa policy trusted-ip ', ['list', 'add', 'remove']],
    ['options', 'awsmfa env --re', ['--refresh', '--region']],
    ['profile names from both AWS files', 'awsmfa env --profile ', ['default', 'team-dev', 'cli-user']],
    ['profile names by their start', 'awsmfa status --profile t', ['team-dev']],
    ['--profile=… (bash splits at =)', 'awsmfa env --profile = c', ['cli-user']],
    ['shell names of hook', 'awsmfa hook ', ['bash', 'zsh', 'fish', 'pwsh']],
    ['shell names of env --shell', 'awsmfa env --shell p', ['pwsh']],
    ['shell names of completion', 'awsmfa completion f', ['fish']],
  ])('%s: %j', async (_, line, expected) => {
    const home = homeWithProfiles();
    const source = saved(home, 'awsmfa.bash', await script('bash', home));
    const offered = await complete(home, source, line);
    for (const word of expected) expect(offered).toContain(word);
    if (expected.length === 1) expect(offered).toEqual(expected);
  });

  it('an option used already is not offered again; nothing for a file argument (bash then offers files)', async () => {
    const home = homeWithProfiles();
    const source = saved(home, 'awsmfa.bash', await script('bash', home));
    expect(await complete(home, source, 'awsmfa env --refresh --r')).toEqual(['--region']);
    expect(await complete(home, source, 'awsmfa import ')).toEqual([]);
  });

  it('AWS_CONFIG_FILE is where profile names come from, as for every command', async () => {
    const home = homeWithProfiles();
    const source = saved(home, 'awsmfa.bash', await script('bash', home));
    const custom = saved(home, 'other-config', '[profile elsewhere]\n');
    const program = `source ${JSON.stringify(source)}; COMP_WORDS=(awsmfa env --profile ''); COMP_CWORD=3; _awsmfa_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = await runProcess('bash', ['--norc', '--noprofile', '-c', program], {
      env: { ...env(home), AWS_CONFIG_FILE: custom },
      timeoutMs: 20_000,
    });
    expect(result.stdout.split('\n').filter(Boolean).sort()).toEqual(['cli-user', 'elsewhere']);
  });
});

describe('fish: complete -C, fish asking itself', () => {
  it.each([
    ['commands, with their descriptions', 'awsmfa ho', ['hook\tPrint a prompt hook']],
    [
      'profile names',
      'awsmfa env --profile ',
      ['cli-user\tprofile', 'default\tprofile', 'team-dev\tprofile'],
    ],
    ['subcommands of device', 'awsmfa device de', ['deactivate\t', 'delete\t']],
    ['options of a subcommand', 'awsmfa policy check --gr', ['--group\tIAM group to check']],
  ])('%s', async (_, line, expected) => {
    const home = homeWithProfiles();
    const source = saved(home, 'awsmfa.fish', await script('fish', home));
    const result = await runProcess(
      'fish',
      ['--no-config', '-c', `source ${JSON.stringify(source)}; complete -C ${JSON.stringify(line)}`],
      { env: env(home), timeoutMs: 20_000 },
    );
    expect(result.stderr).toBe('');
    for (const candidate of expected) expect(result.stdout).toContain(candidate);
  });

  it('a file argument gets paths', async () => {
    const home = homeWithProfiles();
    const source = saved(home, 'awsmfa.fish', await script('fish', home));
    saved(home, 'alice_accessKeys.csv', 'x');
    const result = await runProcess(
      'fish',
      [
        '--no-config',
        '-c',
        `source ${JSON.stringify(source)}; complete -C "awsmfa import ${home.path('alice_')}"`,
      ],
      { env: env(home), timeoutMs: 20_000 },
    );
    expect(result.stdout).toContain(home.path('alice_accessKeys.csv'));
  });

  it('awsmfa completion without a shell name, run from fish, prints the fish script', async () => {
    const home = homeWithProfiles();
    const result = await runProcess(
      'fish',
      ['--no-config', '-c', `'${process.execPath}' '${cliPath}' completion; true`],
      {
        env: env(home),
        timeoutMs: 20_000,
      },
    );
    expect(result.stdout).toContain("complete -c awsmfa -f -a '(__awsmfa_complete)'");
  });
});

describe('a real Tab at a terminal (tmux)', () => {
  let bin: string;
  beforeAll(() => {
    bin = mkdtempSync(join(tmpdir(), 'awsmfa-bin-'));
    symlinkSync(cliPath, join(bin, 'awsmfa'));
  });

  it('zsh, installed: Tab completes a command and an option, and lists the profiles', async () => {
    const home = homeWithProfiles();
    const shell = startTmuxShell(['zsh', '-f'], {
      ...home.env,
      PATH: `${bin}:${process.env.PATH}`,
      PS1: '$ ',
    });
    onTestFinished(() => shell.kill());
    shell.type('eval "$(awsmfa completion zsh)" && echo loaded');
    await shell.waitFor(/^loaded$/m);
    shell.keys('-l', 'awsmfa sta');
    shell.keys('Tab');
    await shell.waitFor(/\$ awsmfa status\s*$/m);
    shell.keys('-l', '--', '--prof');
    shell.keys('Tab');
    await shell.waitFor(/\$ awsmfa status --profile\s*$/m);
    shell.keys('Tab');
    const screen = await shell.waitFor(/team-dev/);
    expect(screen).toContain('cli-user');
    expect(screen).toContain('default');
  }, 60_000);

  it('bash, from a checkout: pnpm --silent awsmfa completion defines awsmfa, whose Tab and run both work', async () => {
    const home = homeWithProfiles();
    // No awsmfa on PATH: what a fresh clone has (the workspace's node_modules/.bin has one).
    const path = (process.env.PATH ?? '/usr/bin:/bin')
      .split(':')
      .filter((dir) => !dir.includes('node_modules'))
      .join(':');
    const shell = startTmuxShell(['bash', '--norc', '--noprofile'], {
      ...home.env,
      PATH: path,
      PS1: '$ ',
      // bash writes its history into HOME when tmux ends it, racing the HOME's removal.
      HISTFILE: '/dev/null',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    onTestFinished(() => shell.kill());
    shell.type(`eval "$(cd '${repoRoot}' && pnpm --silent awsmfa completion bash)" && type -t awsmfa`);
    await shell.waitFor(/^function$/m, 30_000);
    shell.keys('-l', 'awsmfa profi');
    shell.keys('Tab');
    await shell.waitFor(/\$ awsmfa profiles\s*$/m);
    shell.keys('-l', '--', '--profile team');
    shell.keys('Tab');
    await shell.waitFor(/\$ awsmfa profiles --profile team-dev\s*$/m);
    shell.keys('C-u');
    shell.type('awsmfa profiles');
    await shell.waitFor(/^team-dev\s+-\s+eu-west-1/m);
  }, 60_000);
});

describe('PowerShell (not installable here): the script parses', () => {
  it('as PowerShell, with the awsmfa path quoted for it', async () => {
    const parser = await loadPwshParser();
    const home = homeWithProfiles();
    const text = await script('pwsh', home);
    expect(parser.parse(text)!.rootNode.hasError, text).toBe(false);
    expect(text).toContain(`& '${process.execPath}' '${cliPath}' __complete pwsh $index @words`);
    expect(text).toContain('Register-ArgumentCompleter -Native -CommandName awsmfa');
    // The parser does catch a broken script, so the check can fail.
    expect(parser.parse(text.replace('{ $index -= 1 }', '{ $index -= 1 '))!.rootNode.hasError).toBe(true);
  });

  it('__complete answers PowerShell with value<TAB>description lines, whatever empty words it drops', async () => {
    const home = homeWithProfiles();
    const result = await runAwsmfa(['__complete', 'pwsh', '2', 'env', '--profile'], { env: home.env });
    expect(result.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'cli-user\tprofile',
      'default\tprofile',
      'team-dev\tprofile',
    ]);
  });
});

describe('awsmfa completion --help', () => {
  it('prints help, not the script', async () => {
    const result = await runAwsmfa(['completion', '--help'], { env: testHome().env });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Print the tab-completion script for bash, zsh, fish or PowerShell');
    expect(result.stdout).toContain('eval "$(awsmfa completion bash)"');
    expect(result.stdout).not.toContain('_awsmfa_complete');
  });
});
