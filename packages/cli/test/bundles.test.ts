// What loading a bundle costs shows in what it loads. A fresh session (`env --code`, a
// credential_process miss) loads dist/session.js: if that loaded the AWS SDK's clients up front
// (the IAM client's runtime pulls in http, https, http2 and zlib), every fresh session would
// pay about 30 ms for clients it does not use. The bench measures the time; this checks the cause.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Node's built-in modules that requiring `bundle` loads, of those an SDK client would. */
function networkModulesLoadedBy(bundle: string): string[] {
  const script = `
    const before = new Set(process.moduleLoadList);
    require(${JSON.stringify(bundle)});
    const loaded = process.moduleLoadList.filter((m) => !before.has(m));
    process.stdout.write(JSON.stringify(loaded.filter((m) => /^NativeModule (http|https|http2|zlib)$/.test(m))));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as string[];
}

describe('the bundles load lazily', () => {
  it('the check sees an SDK client load its network modules (the check can fail)', () => {
    const iamClient = createRequire(import.meta.url).resolve('@aws-sdk/client-iam');
    expect(networkModulesLoadedBy(iamClient)).toEqual(
      expect.arrayContaining(['NativeModule http2', 'NativeModule https']),
    );
  });

  it('loading the session bundle loads no SDK client: it needs none to sign GetSessionToken', () => {
    const bundle = `${dist}session.js`;
    expect(existsSync(bundle), 'run pnpm build first').toBe(true);
    expect(networkModulesLoadedBy(bundle)).toEqual([]);
  });
});
