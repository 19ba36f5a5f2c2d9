// `pnpm demo` as a user runs it: a real process (pnpm, the demo script, the sandbox it starts, the
// awsmfa and AWS CLI steps) with a time limit. It must end by itself, and on every way out leave
// no process and no temporary HOME (which holds keys) behind: at the end, on Ctrl-C (SIGINT to the
// whole process group, as a terminal sends it) and on SIGTERM to pnpm alone.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import './support/awsmfa.js'; // fails early, and clearly, when dist/ is not built

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface DemoRun {
  /** Everything the demo printed so far (stdout and stderr, in order). */
  output(): string;
  /** Resolves once the demo printed a line matching `pattern`. */
  waitFor(pattern: RegExp): Promise<void>;
  /** Sends `signal` to pnpm alone, or to the whole process group (Ctrl-C at a terminal). */
  signal(signal: NodeJS.Signals, target: 'pnpm' | 'group'): void;
  /**
   * Resolves when pnpm has exited and every process holding its output is gone (the demo, the
   * sandbox, a running step): the moment the user gets the prompt back.
   */
  closed: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `pnpm demo --no-build` (the build is `pnpm test`'s own first step) in its own process group. */
function startDemo(limitMs: number, language: Record<string, string> = {}): DemoRun {
  const child = spawn('pnpm', ['demo', '--no-build'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
      AWSMFA_LANG: undefined,
      ...language,
    },
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
  const limit = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {}
  }, limitMs);
  const closed = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => {
      clearTimeout(limit);
      resolve({ status, signal });
    }),
  );
  return {
    output: () => output,
    async waitFor(pattern) {
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`the demo ended before ${pattern}:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    signal(signal, target) {
      process.kill(target === 'group' ? -child.pid! : child.pid!, signal);
    },
    closed,
  };
}

/** The demo's temporary HOME, as it announces it. */
function demoHome(output: string): string {
  // mkdtemp's six characters end the path, whatever the language puts after it.
  const home = /HOME[^:]*: (\S*?awsmfa-demo-[A-Za-z0-9]{6})/.exec(output)?.[1];
  if (!home) throw new Error(`the demo did not say where its HOME is:\n${output}`);
  return home;
}

/** Processes still running with HOME=home or home on their command line (the sandbox, a step). */
function processesOf(home: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (environ.includes(`HOME=${home}`) || cmdline.includes(home)) found.push(`${pid}: ${cmdline}`);
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

describe('pnpm demo', () => {
  it('runs the whole journey and exits 0 by itself, plain text into a pipe, leaving nothing behind', async () => {
    const demo = startDemo(240_000);
    const { status } = await demo.closed;
    const output = demo.output();
    expect(status, output).toBe(0);
    expect(output).toContain('## Done: the seed article, end to end, with no AWS account.');
    // The trusted-network path of env, offline: the sandbox answered the IP lookup itself.
    expect(output).toContain(
      'awsmfa: Trusted network (127.0.0.1 is in 127.0.0.1/32): using profile cli-user without MFA.',
    );
    // The bucket the sandbox seeds, listed with the MFA session as the seed article shows it.
    expect(output).toMatch(
      /aws s3 ls[\s\S]*\d\d:\d\d:\d\d awsmfa-sandbox-example\n[\s\S]*aws s3 ls: OK with the MFA session/,
    );
    expect(output).not.toContain('\x1b[');
    const home = demoHome(output);
    expect(existsSync(home)).toBe(false);
    expect(processesOf(home)).toEqual([]);
  }, 260_000);

  it.each([
    ['SIGINT', 'group', 130, { LANG: 'ja_JP.UTF-8' }],
    ['SIGTERM', 'pnpm', 143, { LANG: 'C.UTF-8' }],
  ] as const)(
    '%s to %s mid-run: the sandbox is stopped and the HOME removed before it exits %i (locale %o)',
    async (signal, target, code, language) => {
      const demo = startDemo(60_000, language);
      // The demo and awsmfa in it speak the user's language: the step's heading, the admin's plan.
      const japanese = language.LANG === 'ja_JP.UTF-8';
      await demo.waitFor(
        japanese
          ? /## ユーザー: 管理者から受け取ったアクセスキーの CSV/
          : /## User: import the access-key CSV/,
      );
      expect(demo.output()).toMatch(
        japanese ? /グループ MyUsers +グループを作成/ : /group MyUsers +create group/,
      );
      const home = demoHome(demo.output());
      expect(existsSync(home)).toBe(true);
      expect(processesOf(home).some((p) => p.includes('sandbox'))).toBe(true);
      demo.signal(signal, target);
      const { status } = await demo.closed;
      expect(status, demo.output()).toBe(code);
      expect(demo.output()).toContain(`demo: ${signal}: stopping the sandbox and removing ${home}`);
      expect(existsSync(home)).toBe(false);
      expect(processesOf(home)).toEqual([]);
    },
    90_000,
  );
});
