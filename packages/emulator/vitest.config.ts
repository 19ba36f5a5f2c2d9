import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve workspace packages to their TypeScript sources (the "source" export condition).
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // The AWS CLI test files spend their time in separate `aws` processes (~0.5 s each); two
    // workers run two of those files at once even on a 2-core machine, where the default is one.
    maxWorkers: 2,
  },
});
