// Test helper: a throwaway HOME with files, for the profile tests of this folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';

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
