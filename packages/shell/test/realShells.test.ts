// Executes rendered output in the real shells and reads the environment back byte for byte.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderEnv } from '../src/renderEnv.js';
import type { ShellName } from '../src/shell.js';
import { hostileValues } from '../src/testing/hostileValues.js';

const work = mkdtempSync(join(tmpdir(), 'awsmfa-shell-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const marker = join(work, 'MARKER');

// How each shell evaluates our output the way users do, then dumps its environment NUL-separated.
const runners: Record<string, { shell: ShellName; argv: (script: string, out: string) => string[] }> = {
  bash: {
    shell: 'bash',
    argv: (s, o) => [
      'bash',
      '--noprofile',
      '--norc',
      '-c',
      'eval "$(cat "$1")"; env -0 > "$2"',
      'bash',
      s,
      o,
    ],
  },
  zsh: {
    shell: 'zsh',
    argv: (s, o) => ['zsh', '-f', '-c', 'eval "$(cat "$1")"; env -0 > "$2"', 'zsh', s, o],
  },
  fish: {
    shell: 'fish',
    argv: (s, o) => ['fish', '--no-config', '-c', 'source $argv[1]; env -0 > $argv[2]', s, o],
  },
  dash: { shell: 'sh', argv: (s, o) => ['dash', '-c', 'eval "$(cat "$1")"; env -0 > "$2"', 'dash', s, o] },
};

const available = (program: string) => spawnSync(program, ['-c', 'exit 0']).status === 0;

let runCount = 0;
/** Renders `values` as V0…Vn for `runner`, evaluates it, and returns what the shell holds, as bytes. */
function roundTrip(
  runnerName: string,
  values: readonly string[],
): { env: Map<string, Buffer>; stderr: string } {
  const runner = runners[runnerName]!;
  const set = Object.fromEntries(values.map((v, i) => [`V${i}`, v]));
  const id = runCount++;
  const script = join(work, `script-${id}`);
  const out = join(work, `env-${id}`);
  writeFileSync(script, renderEnv(runner.shell, { set, unset: ['UNSET_ME'] }));
  const [program, ...args] = runner.argv(script, out);
  const result = spawnSync(program!, args, {
    cwd: work,
    env: { PATH: process.env.PATH, HOME: work, LANG: 'C.UTF-8', UNSET_ME: 'still here' },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const env = new Map<string, Buffer>();
  const dump = execFileSync('cat', [out]);
  let start = 0;
  for (let i = 0; i < dump.length; i++) {
    if (dump[i] !== 0) continue;
    const entry = dump.subarray(start, i);
    const eq = entry.indexOf(0x3d);
    env.set(entry.subarray(0, eq).toString('latin1'), Buffer.from(entry.subarray(eq + 1)));
    start = i + 1;
  }
  return { env, stderr: result.stderr };
}

function expectRoundTrip(runnerName: string, values: readonly string[]) {
  const { env, stderr } = roundTrip(runnerName, values);
  expect(stderr).toBe('');
  expect(env.has('UNSET_ME')).toBe(false);
  values.forEach((value, i) => {
    const got = env.get(`V${i}`);
    expect(got, `V${i} missing for ${JSON.stringify(value)}`).toBeDefined();
    expect(
      got!.equals(Buffer.from(value, 'utf8')),
      `V${i}: ${JSON.stringify(value)} came back as ${JSON.stringify(got!.toString('utf8'))}`,
    ).toBe(true);
  });
  expect(existsSync(marker), 'a value ran a command').toBe(false);
}

const hostile = Object.entries(hostileValues).map(
  ([name, v]) => [name, v.replaceAll('MARKER', marker)] as const,
);

// Characters that mean something to at least one shell, to make generated strings dense in them.
const specials = [...'\'"$`\\\n\r\t!*?[]{}()<>|&;#~%^=+-,. \u2018\u2019\u201a\u201b\x01\x1b\x7f'];
const value = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 24 }),
    fc.string({ unit: fc.constantFrom(...specials), maxLength: 24 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  )
  // NUL cannot live in an environment; a lone surrogate has no UTF-8 encoding.
  .filter((v) => !v.includes('\0') && !/\p{Cs}/u.test(v));

// Every shell, installed or not: a missing one fails its tests instead of skipping them unseen.
describe.each(Object.keys(runners))('%s', (runnerName) => {
  it.each(hostile)('%s', (_name, v) => {
    expectRoundTrip(runnerName, [v]);
  });

  it('all hostile values at once, with the marker payloads', () => {
    expectRoundTrip(
      runnerName,
      hostile.map(([, v]) => v),
    );
  });

  it('500 generated values come back byte for byte', () => {
    // 5 runs × 100 values: one shell process per run keeps the suite fast.
    fc.assert(
      fc.property(fc.array(value, { minLength: 100, maxLength: 100 }), (values) => {
        expectRoundTrip(runnerName, values);
      }),
      { numRuns: 5 },
    );
  });
});

it('the shells the suite promises are installed', () => {
  // `npm run setup` installs them; a missing one must fail loudly rather than skip silently.
  for (const program of ['bash', 'zsh', 'fish', 'dash']) expect(available(program), program).toBe(true);
});

it('fish_erase_of_an_absent_variable_fails_the_status: `env --unset | source; and …` goes on', () => {
  const out = renderEnv('fish', { set: { A: '1' }, unset: ['UNSET_ME', 'ZZ_NEVER_SET'] });
  const result = spawnSync(
    'fish',
    ['--no-config', '-c', 'printf %s $argv[1] | source; and echo "ok $A"', out],
    {
      env: { PATH: process.env.PATH, HOME: work, UNSET_ME: 'x' },
      encoding: 'utf8',
    },
  );
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe('ok 1\n');
});
