// The programs the test suites run, and where they come from. A missing one must fail here, by
// name, rather than make tests vanish (a missing dash once skipped 37 POSIX sh round trips
// uncounted); `npm run setup` installs them (scripts/setup.sh).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every program a test runs → the Debian package that provides it (`essential` ones come with
 * Debian; `prerequisite` ones come before setup: Node and npm, which install pnpm, and git, which
 * made the checkout).
 */
const tools = {
  bash: 'bash',
  '/bin/bash': 'bash',
  zsh: 'zsh',
  fish: 'fish',
  dash: 'dash',
  '/bin/sh': 'dash',
  tmux: 'tmux',
  jq: 'jq',
  cat: 'coreutils',
  env: 'coreutils',
  timeout: 'coreutils',
  tar: 'tar',
  ps: 'procps',
  git: 'prerequisite',
  npm: 'prerequisite',
  npx: 'prerequisite',
  pnpm: 'prerequisite',
  setpriv: 'util-linux',
  '/usr/bin/aws': 'awscli',
  '/usr/bin/python3': 'awscli',
  hyperfine: 'hyperfine',
  grep: 'grep',
  'dbus-run-session': 'dbus-daemon',
  'dbus-send': 'dbus-bin',
  'gnome-keyring-daemon': 'gnome-keyring',
  'secret-tool': 'libsecret-tools',
  locale: 'libc-bin',
};
const essential = new Set([
  'bash',
  'dash',
  'coreutils',
  'util-linux',
  'tar',
  'grep',
  'libc-bin',
  'prerequisite',
]);

/** Test sources: every test file and test helper of every package. */
function testSources() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.test\.[cm]?[jt]s$/.test(entry.name) || /[/]test[/]support[/]|[/]testing/.test(path)) {
        files.push(path);
      }
    }
  };
  walk('packages');
  return files;
}

describe('the programs the tests run', () => {
  it('every program a test spawns by name is in the table above', () => {
    const spawned = new Set();
    const call = /\b(?:spawnSync|spawn|execFileSync|execFile|runProcess|run)\(\s*'([a-z/][a-z0-9/_.-]*)'/g;
    // Runner tables: argv: (…) => ['zsh', '-f', …]
    // (only under an `argv:` key: other arrow functions return plain data, e.g. profile names)
    const argv = /\bargv:\s*\([^)]*\)\s*=>\s*\[\s*'([a-z/][a-z0-9/_.-]*)'/g;
    for (const file of testSources()) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of [call, argv]) for (const [, name] of text.matchAll(pattern)) spawned.add(name);
    }
    expect([...spawned].filter((name) => !(name in tools)).sort()).toEqual([]);
    // The scan sees what it should: a tool that disappears from it is worth a look.
    expect(spawned).toContain('jq');
    expect(spawned).toContain('dash');
  });

  it.each(Object.keys(tools))('%s is installed', (tool) => {
    const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', tool], { encoding: 'utf8' });
    expect(found.status, `${tool} is missing: run npm run setup (Debian package ${tools[tool]})`).toBe(0);
  });

  it('the AWS CLI at /usr/bin/aws is v2 and its botocore loads', () => {
    expect(spawnSync('/usr/bin/aws', ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^aws-cli\/2\./);
    const botocore = spawnSync('/usr/bin/python3', ['-c', 'import awscli.botocore.configloader'], {
      encoding: 'utf8',
    });
    expect(botocore.stderr).toBe('');
  });

  it('the ja_JP.UTF-8 locale the Japanese terminal test runs in is compiled (Debian locales)', () => {
    const locales = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout.split('\n');
    expect(
      locales.map((name) => name.toLowerCase()),
      'run npm run setup',
    ).toContain('ja_jp.utf8');
  });

  it('setup installs every package that Debian does not always have', () => {
    const setup = readFileSync('scripts/setup.sh', 'utf8');
    const listed = /^packages=\(([^)]*)\)/m.exec(setup)?.[1]?.trim().split(/\s+/) ?? [];
    const needed = [...new Set(Object.values(tools))].filter((name) => !essential.has(name));
    expect(needed.filter((name) => !listed.includes(name))).toEqual([]);
  });
});
