// The shell is detected past the wrappers that start awsmfa from a checkout or a project: pnpm's
// `sh -c`, npx's node and `sh -c` (issue #10.5). From real fish, zsh and bash, through
// `pnpm awsmfa` and `npx awsmfa` in this workspace (its own bin; no network), the printed code is
// that shell's, and evaluating it puts the session into the shell.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess, testHome } from './support/awsmfa.js';
import { awsmfa, homeFor, type SessionBed, startSessionBed } from './support/sessionScenario.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

let bed: SessionBed;
beforeAll(async () => {
  bed = await startSessionBed();
});
afterAll(() => bed.stop());

const wrappers = { 'pnpm awsmfa': 'pnpm awsmfa', 'npx awsmfa': 'npx --offline awsmfa' };

// Each script saves what awsmfa printed to $RAW, evaluates it the shell's way, prints the key.
const shells = {
  fish: {
    argv: (script: string) => ['fish', '--no-config', '-c', script],
    script: (cmd: string) =>
      `${cmd} env --profile dev > $RAW; ${cmd} env --profile dev | source; printf 'key=%s\\n' $AWS_ACCESS_KEY_ID`,
    printed: /^set -gx AWS_ACCESS_KEY_ID 'ASIA/m,
  },
  zsh: {
    argv: (script: string) => ['zsh', '-f', '-c', script],
    script: (cmd: string) =>
      `code="$(${cmd} env --profile dev)"; print -r -- "$code" > $RAW; eval "$code"; print -r -- "key=$AWS_ACCESS_KEY_ID"`,
    printed: /^export AWS_ACCESS_KEY_ID='ASIA/m,
  },
  bash: {
    argv: (script: string) => ['bash', '--noprofile', '--norc', '-c', script],
    script: (cmd: string) =>
      `code="$(${cmd} env --profile dev)"; printf '%s\\n' "$code" > "$RAW"; eval "$code"; printf 'key=%s\\n' "$AWS_ACCESS_KEY_ID"`,
    printed: /^export AWS_ACCESS_KEY_ID='ASIA/m,
  },
};

describe.each(Object.entries(wrappers))('%s', (_wrapper, command) => {
  it.each(Object.entries(shells))('shell_misdetected_behind_wrapper: from %s', async (shell, how) => {
    const user = await bed.newUser(`detect-${shell}-${command.split(' ')[0]}`);
    const home = homeFor(user, { profile: 'dev' });
    const first = await awsmfa(
      [
        'env',
        '--profile',
        'dev',
        '--shell',
        'bash',
        '--endpoint-url',
        bed.emulator.endpoint,
        '--code',
        user.code(),
      ],
      home.env,
    );
    expect(first.status, first.stderr).toBe(0);
    const raw = join(home.home, 'printed');
    const [program, ...args] = how.argv(how.script(command));
    const result = await runProcess(program as string, args, {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        LANG: 'C.UTF-8',
        ...home.env,
        RAW: raw,
        // The login shell says something else: detection must come from the process tree.
        SHELL: '/bin/sh',
        // npx: this workspace's own bin, no registry, no update check.
        npm_config_update_notifier: 'false',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      timeoutMs: 30_000,
      detached: true,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(raw, 'utf8')).toMatch(how.printed);
    expect(result.stdout).toMatch(/^key=ASIA/m);
    expect(result.stderr).not.toMatch(/Unknown command|not found|error/i);
  });
});

describe('hints suggest the line for the detected shell', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const inShell = { AWS_SESSION_TOKEN: 'x', AWSMFA_PROFILE: 'dev', SHELL: '/bin/zsh' };

  it('logout from fish: the fish line, no --shell (the process tree showed fish)', async () => {
    const home = testHome();
    const result = await runProcess(
      'fish',
      ['--no-config', '-c', `${process.execPath} ${cli} logout --profile dev`],
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...home.env, ...inShell },
        timeoutMs: 30_000,
      },
    );
    expect(result.stderr).toContain(
      'This shell still holds a session in its environment: awsmfa env --unset | source\n',
    );
  });

  it('hint_without_shell_when_guessed: no shell among the ancestors, so the guess ($SHELL) is named', async () => {
    const home = testHome();
    // Eight `timeout` processes fill the ancestors detection looks at, and none is a shell.
    const timeouts = Array.from({ length: 8 }, () => ['timeout', '60']).flat();
    const result = await runProcess(
      timeouts[0] as string,
      [...timeouts.slice(1), process.execPath, cli, 'logout', '--profile', 'dev'],
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...home.env, ...inShell },
        timeoutMs: 30_000,
      },
    );
    expect(result.stderr).toContain(
      'This shell still holds a session in its environment: eval "$(awsmfa env --unset --shell zsh)"\n',
    );
  });
});
