import { writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const common: Options = {
  platform: 'node',
  target: 'node20',
  // Workspace packages are bundled from their sources, so the published CLI needs none of them at run time.
  noExternal: [/^@awsmfa\//],
  esbuildOptions(options) {
    options.conditions = ['source'];
  },
  dts: false,
  // The build script empties dist/ once; three configs cleaning it in parallel would race.
  clean: false,
  sourcemap: true,
};

export default defineConfig([
  {
    ...common,
    // dist/cli.js holds only the cache-hit fast path (src/fastPath.ts), bundled on its own and
    // tree-shaken, so `env`/`credential-process` with a cached session load neither yargs nor the
    // AWS SDK. With code splitting, esbuild put all of @awsmfa/core, SDK imports included, into a
    // chunk shared with the full CLI. CommonJS because Node starts a CJS entry faster than an ES
    // module (measured: 21 ms vs 27 ms for an empty file); dist/package.json says so.
    entry: { cli: 'src/cli.ts' },
    format: 'cjs',
    outExtension: () => ({ js: '.js' }),
    splitting: false,
    // The two bundles below, imported only when the fast path declines.
    external: ['./main.mjs', './session.js'],
    onSuccess: async () => {
      writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');
    },
  },
  {
    ...common,
    // `env` and `credential-process` without yargs. CommonJS and unsplit, so that the AWS SDK,
    // reached only through dynamic import(), is required lazily: processes that wait for another
    // one's refresh and then find the cached session never load it.
    entry: { session: 'src/runSessionCommand.ts' },
    format: 'cjs',
    outExtension: () => ({ js: '.js' }),
    splitting: false,
  },
  {
    ...common,
    entry: { main: 'src/main.ts' },
    format: 'esm',
    outExtension: () => ({ js: '.mjs' }),
    // Code splitting keeps the AWS SDK and heavy command code out of `--help` and other light paths.
    splitting: true,
  },
]);
