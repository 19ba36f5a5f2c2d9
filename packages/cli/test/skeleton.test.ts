import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAwsmfa, testHome } from './support/awsmfa.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('awsmfa CLI skeleton', () => {
  it('--help lists commands, global options and examples on stdout', async () => {
    const { status, stdout, stderr } = await runAwsmfa(['--help'], { env: testHome().env });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    for (const text of [
      'Commands:',
      'completion',
      '--profile',
      '--region',
      '--endpoint-url',
      '--debug',
      'Examples:',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it('--version prints the package version', async () => {
    const { status, stdout } = await runAwsmfa(['--version'], { env: testHome().env });
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('unknown command is a usage error on stderr, exit 2, nothing on stdout', async () => {
    const { status, stdout, stderr } = await runAwsmfa(['frobnicate'], { env: testHome().env });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^awsmfa: error: .*frobnicate/m);
    expect(stderr).toContain('hint: usage: awsmfa <command> [options] (awsmfa --help for more)');
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  it('no command is a usage error, exit 2', async () => {
    const { status, stderr } = await runAwsmfa([], { env: testHome().env });
    expect(status).toBe(2);
    expect(stderr).toContain('Name a command');
  });

  it('NO_COLOR keeps escape codes out even when colour is forced', async () => {
    const colored = await runAwsmfa(['nope'], { env: { ...testHome().env, FORCE_COLOR: '1' } });
    expect(colored.stderr).toContain('\x1b[');
    const plain = await runAwsmfa(['nope'], { env: { ...testHome().env, FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stderr).not.toContain('\x1b[');
  });

  it('completion, outside any shell it knows, prints the bash script, which bash can load', async () => {
    const { status, stdout } = await runAwsmfa(['completion'], { env: testHome().env });
    expect(status).toBe(0);
    expect(stdout).toContain('complete -o default -o bashdefault -F _awsmfa_complete awsmfa');
    const { spawnSync } = await import('node:child_process');
    const check = spawnSync('bash', ['--norc', '--noprofile', '-n'], { input: stdout });
    expect(check.status).toBe(0);
  });
});
