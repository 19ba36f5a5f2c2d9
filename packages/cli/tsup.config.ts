import { defineConfig, type Options } from 'tsup';

const common: Options = {
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Workspace packages are bundled from their sources, so the published CLI needs none of them at run time.
  noExternal: [/^@awsmfa\//],
  esbuildOptions(options) {
    options.conditions = ['source'];
  },
  dts: false,
  // No clean: parallel builds and running e2e tests would race on a deleted dist/.
  clean: false,
  sourcemap: true,
};

export default defineConfig([
  {
    ...common,
    // The entry holds only the cache-hit fast path (fastPath.ts), bundled on its own and tree-shaken,
    // so that `env`/`credential-process` with a cached session load neither yargs nor the AWS SDK.
    // With code splitting, esbuild would put all of @awsmfa/core (SDK imports included) into a chunk
    // shared with the full CLI, which the entry would then load.
    entry: { cli: 'src/cli.ts' },
    splitting: false,
    // The full CLI is the separate bundle below, imported only when the fast path declines.
    external: ['./main.js'],
  },
  {
    ...common,
    entry: { main: 'src/main.ts' },
    // Code splitting keeps the AWS SDK and heavy command code out of `--help` and other light paths.
    splitting: true,
  },
]);
