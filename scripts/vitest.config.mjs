// The tests of the repository's own scripts (scripts/test.mjs runs them after the packages').
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { root: 'scripts', include: ['*.test.mjs'], environment: 'node' },
});
