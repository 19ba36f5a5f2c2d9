// The prompt hooks run in the real shells: sourced the way users do (twice), then the prompt is
// simulated by calling what the shell calls before each prompt. awsmfa is a fake script that logs
// its arguments, at a path made of the characters that break naive quoting.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHook } from '../src/renderHook.js';
import type { HookShellName } from '../src/shell.js';

const work = mkdtempSync(join(tmpdir(), 'awsmfa-hook-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Relative: the shells run in `work`, so a path that gets executed as code creates this file.
const marker = join(work, 'MARKER');

const hostileDir = join(work, `it's "q" $(touch MARKER) \`touch MARKER\` $HOME \\ é\nx; touch MARKER`);
mkdirSync(hostileDir);
const fakeAwsmfa = join(hostileDir, 'awsmfa $(touch MARKER)');
// Plays `awsmfa env --quiet --profile P --shell S [--refresh]`: logs the call, then prints a session
// expiring at FAKE_NEW_EPOCH; FAKE_MODE=cached serves the old expiry unless --refresh,
// FAKE_MODE=fail fails the way awsmfa does (message on stderr, nothing on stdout).
writeFileSync(
  fakeAwsmfa,
  `printf '%s\\n' "$*" >> "$FAKE_LOG"
[ "$FAKE_MODE" = fail ] && { echo 'awsmfa: no code' >&2; exit 6; }
exp=$FAKE_NEW_EPOCH
case " $* " in *" --refresh "*) ;; *) [ "$FAKE_MODE" = cached ] && exp=$AWSMFA_SESSION_EXPIRES_EPOCH ;; esac
case " $* " in
  *" --shell fish "*) printf 'set -gx AWS_ACCESS_KEY_ID NEWKEY\\nset -gx AWSMFA_SESSION_EXPIRES_EPOCH %s\\n' "$exp" ;;
  *) printf 'export AWS_ACCESS_KEY_ID=NEWKEY\\nexport AWSMFA_SESSION_EXPIRES_EPOCH=%s\\n' "$exp" ;;
esac
`,
);
// Two words, like the CLI's [node, cli.js].
const self = ['/bin/sh', fakeAwsmfa];

interface Runner {
  argv(script: string): string[];
  /** Sources the hook file $HOOK_FILE. */
  install: string;
  /** What the shell runs before a prompt. */
  prompt: string;
  /** Prints the hook's registrations, one per line. */
  registrations: string;
  /** Prints `name=value` of a variable. */
  show(name: string): string;
  /** Runs a failing command, the hook, and prints the status the prompt would see. */
  statusAfterHook(code: number): string;
}

const runners: Record<'bash' | 'zsh' | 'fish', Runner> = {
  bash: {
    argv: (s) => ['bash', '--noprofile', '--norc', '-c', s],
    install: 'eval "$(cat "$HOOK_FILE")"',
    prompt: 'eval "$PROMPT_COMMAND"',
    registrations: `printf '%s\\n' "\${PROMPT_COMMAND[@]}"`,
    show: (name) => `echo "${name}=\${${name}-}"`,
    statusAfterHook: (code) => `(exit ${code}); __awsmfa_hook; echo "status=$?"`,
  },
  zsh: {
    argv: (s) => ['zsh', '-f', '-c', s],
    install: 'eval "$(cat "$HOOK_FILE")"',
    prompt: 'for f in $precmd_functions; do $f; done',
    registrations: 'print -l -- $precmd_functions',
    show: (name) => `echo "${name}=\${${name}-}"`,
    statusAfterHook: (code) => `(exit ${code}); __awsmfa_hook; echo "status=$?"`,
  },
  fish: {
    argv: (s) => ['fish', '--no-config', '-c', s],
    install: 'source $HOOK_FILE',
    prompt: 'emit fish_prompt',
    registrations: 'functions --handlers-type generic',
    show: (name) => `echo "${name}=$${name}"`,
    statusAfterHook: (code) => `sh -c 'exit ${code}'; __awsmfa_hook; echo "status=$status"`,
  },
};

const now = () => Math.floor(Date.now() / 1000);
let runs = 0;

/** Runs `lines` in `shell` after installing the hook twice; returns stdout, stderr and awsmfa's calls. */
function run(
  shell: keyof typeof runners,
  lines: string[],
  env: Record<string, string | undefined> = {},
): { stdout: string; stderr: string; calls: string[] } {
  const runner = runners[shell];
  const id = runs++;
  const hookFile = join(work, `hook-${id}`);
  const log = join(work, `calls-${id}`);
  writeFileSync(hookFile, renderHook(shell as HookShellName, self));
  writeFileSync(log, '');
  const script = [runner.install, runner.install, ...lines].join('\n');
  const [program, ...args] = runner.argv(script);
  const result = spawnSync(program!, args, {
    cwd: work,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: work,
      LANG: 'C.UTF-8',
      HOOK_FILE: hookFile,
      FAKE_LOG: log,
      FAKE_NEW_EPOCH: String(now() + 3600),
      AWSMFA_PROFILE: 'dev',
      AWS_ACCESS_KEY_ID: 'OLDKEY',
      ...env,
    },
  });
  expect(result.status, result.stderr).toBe(0);
  expect(existsSync(marker), 'the hook ran a command hidden in a path or value').toBe(false);
  const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { stdout: result.stdout, stderr: result.stderr, calls };
}

describe.each(Object.keys(runners) as Array<keyof typeof runners>)('%s hook', (shell) => {
  const r = runners[shell];
  const expiring = { AWSMFA_SESSION_EXPIRES_EPOCH: String(now() + 60) };

  it('installs quietly, once, without running anything (hostile awsmfa path)', () => {
    const result = run(shell, [r.registrations]);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter((line) => line.includes('__awsmfa_hook'))).toHaveLength(1);
    expect(result.calls).toEqual([]);
  });

  it('a fresh session: awsmfa is not run', () => {
    const result = run(shell, [r.prompt, r.prompt, r.show('AWS_ACCESS_KEY_ID')], {
      AWSMFA_SESSION_EXPIRES_EPOCH: String(now() + 3600),
    });
    expect(result.calls).toEqual([]);
    expect(result.stdout).toContain('AWS_ACCESS_KEY_ID=OLDKEY');
    expect(result.stderr).toBe('');
  });

  it('within the refresh window: awsmfa runs once, through the hostile path, and the session is replaced', () => {
    const result = run(shell, [r.prompt, r.prompt, r.show('AWS_ACCESS_KEY_ID')], expiring);
    expect(result.calls).toEqual([`env --quiet --profile dev --shell ${shell}`]);
    expect(result.stdout).toContain('AWS_ACCESS_KEY_ID=NEWKEY');
    expect(result.stderr).toBe('');
  });

  it('an expired session is refreshed too', () => {
    const result = run(shell, [r.prompt], { AWSMFA_SESSION_EXPIRES_EPOCH: String(now() - 10) });
    expect(result.calls).toHaveLength(1);
  });

  it('AWSMFA_HOOK_REFRESH_SECONDS widens the window; awsmfa serving the old session gets --refresh', () => {
    const result = run(shell, [r.prompt, r.prompt, r.show('AWS_ACCESS_KEY_ID')], {
      AWSMFA_SESSION_EXPIRES_EPOCH: String(now() + 1800),
      AWSMFA_HOOK_REFRESH_SECONDS: '3600',
      FAKE_NEW_EPOCH: String(now() + 7200),
      FAKE_MODE: 'cached',
    });
    expect(result.calls).toEqual([
      `env --quiet --profile dev --shell ${shell}`,
      `env --quiet --profile dev --shell ${shell} --refresh`,
    ]);
    expect(result.stdout).toContain('AWS_ACCESS_KEY_ID=NEWKEY');
  });

  it('keeps the exit status of the last command, whether awsmfa ran or not', () => {
    const ran = run(shell, [r.statusAfterHook(3)], expiring);
    expect(ran.calls).toHaveLength(1);
    expect(ran.stdout).toContain('status=3');
    const idle = run(shell, [r.statusAfterHook(4)], { AWSMFA_SESSION_EXPIRES_EPOCH: String(now() + 3600) });
    expect(idle.stdout).toContain('status=4');
  });

  it('awsmfa failing: its error and one line from the hook, once; no --refresh, no retry', () => {
    const result = run(shell, [r.statusAfterHook(5), r.prompt, r.prompt], { ...expiring, FAKE_MODE: 'fail' });
    expect(result.calls).toEqual([`env --quiet --profile dev --shell ${shell}`]);
    expect(result.stdout).toContain('status=5');
    expect(result.stderr.match(/awsmfa: no code/g)).toHaveLength(1);
    expect(result.stderr.match(/awsmfa hook: the session of profile dev was not refreshed/g)).toHaveLength(1);
  });

  it('without AWSMFA_PROFILE (off, or after env --unset) nothing runs', () => {
    const result = run(shell, [r.prompt], { ...expiring, AWSMFA_PROFILE: undefined });
    expect(result.calls).toEqual([]);
    expect(result.stderr).toBe('');
  });

  it.each([
    ['arithmetic_injection_in_expiry', { AWSMFA_SESSION_EXPIRES_EPOCH: 'a[$(touch MARKER)]' }],
    ['arithmetic_injection_in_window', { ...expiring, AWSMFA_HOOK_REFRESH_SECONDS: 'a[$(touch MARKER)]' }],
    ['trusted_network_session_has_no_expiry', { AWSMFA_SESSION_EXPIRES_EPOCH: undefined }],
  ])('%s: nothing runs', (_name, env) => {
    const result = run(shell, [r.prompt], env);
    expect(result.calls).toEqual([]);
    expect(result.stderr).toBe('');
  });
});

describe('bash PROMPT_COMMAND', () => {
  it('a string keeps its commands, after the hook', () => {
    const result = run('bash', ['echo "[$PROMPT_COMMAND]"'], { PROMPT_COMMAND: 'history -a' });
    expect(result.stdout).toContain('[__awsmfa_hook;history -a]');
  });

  it('an array (bash 5.1+) gets the hook once, first', () => {
    const result = spawnSync(
      'bash',
      [
        '--noprofile',
        '--norc',
        '-c',
        `PROMPT_COMMAND=('history -a' 'echo hi'); ${runners.bash.install}; ${runners.bash.install}; printf '[%s]' "\${PROMPT_COMMAND[@]}"`,
      ],
      { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH, HOOK_FILE: hookFileFor('bash') } },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('[__awsmfa_hook][history -a][echo hi]');
  });
});

function hookFileFor(shell: HookShellName): string {
  const file = join(work, `hook-${shell}-plain`);
  writeFileSync(file, renderHook(shell, self));
  return file;
}

describe('the hook scripts pass their shells’ own checks', () => {
  const file = (name: string) => new URL(`../hooks/${name}`, import.meta.url).pathname;
  it.each([
    ['bash', ['-n', file('bash.sh')]],
    ['zsh', ['-n', file('zsh.zsh')]],
    ['fish', ['--no-execute', file('fish.fish')]],
    ['fish_indent', ['--check', file('fish.fish')]],
  ])('%s', (program, args) => {
    const result = spawnSync(program, args, { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
