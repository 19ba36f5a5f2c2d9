// `awsmfa hook <shell>` end to end: the built CLI prints the hook, real bash, zsh and fish install
// it, and before a prompt it refreshes an expiring session against a started emulator. The hook's
// decisions (when to run awsmfa, $? kept, installed once, off) are pinned against a fake awsmfa in
// packages/shell/test/hooks.test.ts; here the hook meets the real CLI.
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderHook } from '@awsmfa/shell';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { cliPath } from './support/awsmfa.js';
import {
  awsmfa,
  expectNoSecrets,
  homeFor,
  run,
  type SessionBed,
  sessionTokenCalls,
  startSessionBed,
} from './support/sessionScenario.js';
import { startTmuxShell, type TmuxShell } from './support/tmux.js';

describe('awsmfa hook <shell>', () => {
  it.each(['bash', 'zsh', 'fish', 'pwsh'] as const)(
    '%s: prints the hook calling this node and this cli.js by absolute path',
    async (shell) => {
      const result = await awsmfa(['hook', shell], {});
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(renderHook(shell, [process.execPath, cliPath]));
      // Through yargs (any extra option declines the fast path), the same text.
      const slow = await awsmfa(['hook', shell, '--debug'], {});
      expect(slow.stdout).toBe(result.stdout);
    },
  );

  it('an unknown shell is a usage error (exit 2), nothing on stdout', async () => {
    const result = await awsmfa(['hook', 'tcsh'], {});
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('tcsh');
  });

  it('--help shows where each line goes', async () => {
    const result = await awsmfa(['hook', '--help'], {});
    expect(result.status).toBe(0);
    for (const line of [
      'eval "$(awsmfa hook bash)"',
      'eval "$(awsmfa hook zsh)"',
      'awsmfa hook fish | source',
      'awsmfa hook pwsh | Out-String | Invoke-Expression',
    ]) {
      expect(result.stdout).toContain(line);
    }
  });
});

let bed: SessionBed;
beforeAll(async () => {
  bed = await startSessionBed();
});
const terminals: TmuxShell[] = [];
afterAll(async () => {
  for (const terminal of terminals) terminal.kill();
  await bed.stop();
});

// Per shell: install the hook (twice, as a re-sourced rc file would), export a 15-minute session,
// run the prompt hook with the default window (nothing to do), then with a one-hour window and a
// code in AWSMFA_CODE (the session must be replaced), after a command that failed with 7.
const scripts = {
  bash: [
    'eval "$(awsmfa hook bash)"; eval "$(awsmfa hook bash)"',
    'eval "$(awsmfa env --quiet --profile cli-user --duration 900 --code "$CODE0")"',
    'first=$AWS_ACCESS_KEY_ID first_epoch=$AWSMFA_SESSION_EXPIRES_EPOCH',
    'eval "$PROMPT_COMMAND"; echo "idle key_same=$([ "$AWS_ACCESS_KEY_ID" = "$first" ] && echo yes || echo no)"',
    'export AWSMFA_HOOK_REFRESH_SECONDS=3600 AWSMFA_CODE=$CODE1',
    '(exit 7); eval "$PROMPT_COMMAND"; echo "status=$?"',
    'echo "refreshed key_same=$([ "$AWS_ACCESS_KEY_ID" = "$first" ] && echo yes || echo no) later=$((AWSMFA_SESSION_EXPIRES_EPOCH > first_epoch + 600)) hooks=$PROMPT_COMMAND"',
    '/usr/bin/aws s3 ls --endpoint-url "$AWS_ENDPOINT_URL" >/dev/null && echo s3=ok',
  ],
  zsh: [
    'eval "$(awsmfa hook zsh)"; eval "$(awsmfa hook zsh)"',
    'eval "$(awsmfa env --quiet --profile cli-user --duration 900 --code "$CODE0")"',
    'first=$AWS_ACCESS_KEY_ID first_epoch=$AWSMFA_SESSION_EXPIRES_EPOCH',
    'for f in $precmd_functions; do $f; done; echo "idle key_same=$([ "$AWS_ACCESS_KEY_ID" = "$first" ] && echo yes || echo no)"',
    'export AWSMFA_HOOK_REFRESH_SECONDS=3600 AWSMFA_CODE=$CODE1',
    '(exit 7); __awsmfa_hook; echo "status=$?"',
    'echo "refreshed key_same=$([ "$AWS_ACCESS_KEY_ID" = "$first" ] && echo yes || echo no) later=$((AWSMFA_SESSION_EXPIRES_EPOCH > first_epoch + 600)) hooks=$precmd_functions"',
    '/usr/bin/aws s3 ls --endpoint-url "$AWS_ENDPOINT_URL" >/dev/null && echo s3=ok',
  ],
  fish: [
    'awsmfa hook fish | source; awsmfa hook fish | source',
    'awsmfa env --quiet --profile cli-user --duration 900 --code $CODE0 | source',
    'set first $AWS_ACCESS_KEY_ID; set first_epoch $AWSMFA_SESSION_EXPIRES_EPOCH',
    // A command substitution that prints nothing would drop the whole word, hence the variables.
    'set same no; emit fish_prompt; test "$AWS_ACCESS_KEY_ID" = "$first"; and set same yes; echo "idle key_same=$same"',
    'set -gx AWSMFA_HOOK_REFRESH_SECONDS 3600; set -gx AWSMFA_CODE $CODE1',
    "sh -c 'exit 7'; __awsmfa_hook; echo status=$status",
    'set same no; test "$AWS_ACCESS_KEY_ID" = "$first"; and set same yes',
    'set later 0; test $AWSMFA_SESSION_EXPIRES_EPOCH -gt (math $first_epoch + 600); and set later 1',
    'echo "refreshed key_same=$same later=$later hooks="(functions --handlers-type generic | string match -e awsmfa | string replace "fish_prompt " "")',
    '/usr/bin/aws s3 ls --endpoint-url $AWS_ENDPOINT_URL >/dev/null; and echo s3=ok',
  ],
} as const;

describe('the hook refreshes an expiring session through the real CLI', () => {
  it.each(Object.keys(scripts) as Array<keyof typeof scripts>)('%s', async (shell) => {
    const user = await bed.newUser(`hook-${shell}`);
    const home = homeFor(user, { profile: 'cli-user' });
    const before = sessionTokenCalls(bed.emulator, user);
    const args = {
      bash: ['--norc', '--noprofile', '-c'],
      zsh: ['-f', '-c'],
      fish: ['--no-config', '-c'],
    }[shell];
    const result = await run(shell, [...args, scripts[shell].join('\n')], {
      ...home.env,
      PATH: `${shimDir()}:/usr/bin:/bin`,
      AWS_ENDPOINT_URL: bed.emulator.endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_PAGER: '',
      // Two codes of different time steps: a device accepts each step once.
      CODE0: user.code(0),
      CODE1: user.code(1),
    });
    expect(result.stderr, shell).toBe('');
    expect(result.stdout).toContain('idle key_same=yes\n');
    expect(result.stdout).toContain('status=7\n');
    expect(result.stdout).toMatch(/refreshed key_same=no later=1 hooks=__awsmfa_hook\n/);
    expect(result.stdout).toContain('s3=ok\n');
    // One session from `env`, one from the hook (awsmfa env served the cached one first, then
    // --refresh, since the session was outside awsmfa's own 5-minute window).
    expect(sessionTokenCalls(bed.emulator, user)).toBe(before + 2);
    expectNoSecrets(result.stdout + result.stderr, [user.secretAccessKey]);
  });
});

// Under a real terminal (tmux): the hook asks for the code on /dev/tty before the prompt, and
// Ctrl-C there declines for this session instead of asking again at every prompt.
describe.each([
  ['bash', ['bash', '--norc', '--noprofile']],
  ['zsh', ['zsh', '-f']],
] as const)('%s on a terminal', (shell, argv) => {
  /** `elsewhere`: the first session comes from another cache, so the hook's awsmfa finds none. */
  async function setUp(name: string, options: { elsewhere?: boolean } = {}) {
    const user = await bed.newUser(`hook-tty-${shell}-${name}`);
    const home = homeFor(user, { profile: 'cli-user' });
    const term = startTmuxShell([...argv], {
      ...home.env,
      PATH: `${shimDir()}:${process.env.PATH}`,
      AWS_ENDPOINT_URL: bed.emulator.endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // bash writes its history into HOME when tmux hangs up, racing the HOME's removal.
      HISTFILE: '/dev/null',
    });
    terminals.push(term);
    // Before the HOME goes: awsmfa may still be waiting in the terminal.
    onTestFinished(() => term.kill());
    term.type(`eval "$(awsmfa hook ${shell})"`);
    const before = sessionTokenCalls(bed.emulator, user);
    // A 15-minute session and a one-hour window: the very next prompt wants a new session.
    term.type(
      `eval "$(${options.elsewhere ? 'AWSMFA_CACHE_DIR=$HOME/elsewhere ' : ''}awsmfa env --profile cli-user --duration 900 --code ${user.code(0)})"; first=$AWS_ACCESS_KEY_ID; export AWSMFA_HOOK_REFRESH_SECONDS=3600`,
    );
    // With the same cache, awsmfa first waits for the next 30-s step (this one was spent on the
    // first session).
    await term.waitFor(new RegExp(`MFA code for ${user.serial}: $`, 'm'), 45_000);
    return { user, term, before };
  }

  it('asks for a code before the prompt; the typed code replaces the session', async () => {
    const { user, term, before } = await setUp('code');
    // The step awsmfa waited for is now the current one.
    term.type(user.code(0));
    term.type('[ "$AWS_ACCESS_KEY_ID" != "$first" ] && echo "refreshed-$((40 + 2))"');
    await term.waitFor(/^refreshed-42$/m, 45_000);
    expect(sessionTokenCalls(bed.emulator, user)).toBe(before + 2);
    expect((term.screen().match(/MFA code for \S+: /g) ?? []).length).toBe(1);
  }, 90_000);

  it('ctrl_c_at_the_code_prompt_asks_again_at_every_prompt: it asks no more for this session', async () => {
    const { user, term, before } = await setUp('cancel', { elsewhere: true });
    term.keys('C-c');
    term.type('echo "after-$((40 + 2))"');
    await term.waitFor(/^after-42$/m);
    term.type('echo "again-$((40 + 2))"');
    const screen = await term.waitFor(/^again-42$/m);
    expect((screen.match(/MFA code for \S+: /g) ?? []).length, screen).toBe(1);
    expect(sessionTokenCalls(bed.emulator, user)).toBe(before + 1);
  }, 90_000);
});

// A directory with an `awsmfa` symlink to the built CLI, as a global npm install provides.
let shim: string | undefined;
function shimDir(): string {
  if (shim) return shim;
  const dir = mkdtempSync(join(tmpdir(), 'awsmfa-bin-'));
  symlinkSync(cliPath, join(dir, 'awsmfa'));
  shim = dir;
  return dir;
}
