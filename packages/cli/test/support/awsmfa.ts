// Helpers for end-to-end tests: run the built `awsmfa` binary in a throwaway HOME.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

/** The built CLI; `turbo run test` builds it first. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
// Test files never rebuild dist/ themselves: the build empties it first, which would pull the
// binary from under the test files running beside them.
if (!existsSync(cliPath))
  throw new Error(`${cliPath} is missing: run pnpm --filter awsmfa build (pnpm test builds it)`);

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
  timeoutMs?: number;
  /** Run without root's power over file permissions, so that mode bits apply (see `unprivileged`). */
  unprivileged?: boolean;
}

/**
 * Runs `awsmfa …args` with a clean environment: only PATH, a LANG, and what `env` adds (typically
 * a test HOME). AWS_* variables of the developer's shell never leak in.
 */
export function runAwsmfa(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  for (const [key, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[key] = value;
  const [file, argv] = options.unprivileged
    ? unprivileged(process.execPath, [cliPath, ...args])
    : [process.execPath, [cliPath, ...args]];
  return runProcess(file, argv, {
    env,
    input: options.input,
    cwd: options.cwd,
    timeoutMs: options.timeoutMs ?? 15_000,
  });
}

/**
 * The command line that runs `file args` subject to file permissions. Root (as in CI) reads and
 * writes any file whatever its mode; setpriv takes CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from
 * the bounding set, so the program stays root (and can read the checkout, wherever it is) but meets
 * mode bits as any user does. As another user it is `file args` unchanged.
 */
export function unprivileged(file: string, args: readonly string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [file, [...args]];
  return ['setpriv', ['--bounding-set=-dac_override,-dac_read_search', '--', file, ...args]];
}

/**
 * Runs `file` with exactly `env`, writes `input` to its stdin and closes it, and collects its
 * output; SIGKILL after `timeoutMs`. `detached`: no controlling terminal, as under cron or CI.
 */
export function runProcess(
  file: string,
  args: readonly string[],
  options: {
    env: Record<string, string>;
    input?: string;
    cwd?: string;
    timeoutMs: number;
    detached?: boolean;
  },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: 'pipe',
      detached: options.detached ?? false,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
    // A child that exits without reading its input (`bash -c 'command -v …'`) closes the pipe
    // first: EPIPE here is that, not a failure.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.stdin.end(options.input ?? '');
  });
}

export interface TestHome {
  /** The HOME directory. */
  home: string;
  /** Absolute path of a file under HOME. */
  path(relative: string): string;
  /** Environment that points awsmfa and the AWS CLI at this HOME. */
  env: Record<string, string>;
}

/**
 * Creates a temporary HOME holding `files` (path relative to HOME → content), removed when the
 * test finishes.
 *
 * @example const t = testHome({ '.aws/config': '[profile dev]\nregion = eu-west-1\n' })
 */
export function testHome(files: Record<string, string> = {}): TestHome {
  const home = mkdtempSync(join(tmpdir(), 'awsmfa-home-'));
  onTestFinished(() => rmSync(home, { recursive: true, force: true }));
  for (const [relative, content] of Object.entries(files)) {
    const file = join(home, relative);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, content, { mode: 0o600 });
  }
  return {
    home,
    path: (relative) => join(home, relative),
    env: { HOME: home, USERPROFILE: home },
  };
}
