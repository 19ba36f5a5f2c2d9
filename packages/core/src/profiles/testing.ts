// Test helpers for the profile tests of this folder: a throwaway HOME with files, and an edit
// run subject to file permissions even when the tests run as root.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import type { UpdateProfileOptions } from './updateProfile.js';

/**
 * Creates a temporary HOME holding `files` (path relative to HOME → content) and returns the
 * environment pointing at it; removed when the test finishes.
 *
 * @example const { env, path } = tempHome({ '.aws/config': '[default]\n' })
 */
export function tempHome(files: Record<string, string> = {}) {
  const home = mkdtempSync(join(tmpdir(), 'awsmfa-core-'));
  onTestFinished(() => rmSync(home, { recursive: true, force: true }));
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(dirname(join(home, relative)), { recursive: true, mode: 0o700 });
    writeFileSync(join(home, relative), content, { mode: 0o600 });
  }
  return {
    home,
    env: { HOME: home } as Record<string, string | undefined>,
    path: (p: string) => join(home, p),
  };
}

const builtCore = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/**
 * Runs `updateProfile(options)` of the built core (turbo builds it before the tests) in a child
 * process that file permissions apply to: root (as in CI) writes into any folder whatever its
 * mode, so as root the child runs through setpriv without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH.
 * Returns the result, or the error's code.
 */
export function updateProfileUnprivileged(options: UpdateProfileOptions): {
  result?: unknown;
  code?: string;
} {
  if (!existsSync(builtCore))
    throw new Error(`${builtCore} is missing: run pnpm --filter @awsmfa/core build`);
  const script = `
    const { updateProfile } = await import(${JSON.stringify(builtCore)});
    const options = JSON.parse(process.argv[1]);
    const outcome = await updateProfile(options).then((result) => ({ result }), (error) => ({ code: error.code ?? String(error) }));
    process.stdout.write(JSON.stringify(outcome));`;
  const node = [process.execPath, '--input-type=module', '-e', script, JSON.stringify(options)];
  const [file, ...args] =
    process.getuid?.() === 0
      ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--', ...node]
      : node;
  const child = spawnSync(file!, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${file} failed (${child.status}): ${child.error ?? child.stderr}`);
  return JSON.parse(child.stdout) as { result?: unknown; code?: string };
}
