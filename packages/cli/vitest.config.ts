import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const manifest = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // src/version.ts, as tsup.config.ts defines it for the build.
  define: { AWSMFA_VERSION: JSON.stringify(manifest.version) },
  // Resolve workspace packages to their TypeScript sources (the "source" export condition).
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
});
