import { readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * `import('node:x')` of a built-in module becomes a require() of it: the standalone executable
 * evaluates the bundles without Node's ES module loader (src/loadBundle.ts), and a bundle's own
 * import() calls are all lazy requires once esbuild has inlined the rest.
 */
const builtinImportsAsRequire: Plugin = {
  name: 'builtin-imports-as-require',
  setup(build) {
    build.onResolve({ filter: /^[\w:/]+$/ }, (args) =>
      args.kind === 'dynamic-import' && isBuiltin(args.path)
        ? { path: args.path, namespace: 'builtin-require' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

const common: Options = {
  platform: 'node',
  target: 'node20',
  // Everything is bundled, workspace packages and npm dependencies alike: the published package
  // has no dependencies (README "Install" says why), and the standalone executable, which can
  // only load Node's built-in modules, runs these same files.
  noExternal: [/^[^.]/],
  // `node:sea` exists only with its prefix.
  removeNodeProtocol: false,
  esbuildPlugins: [builtinImportsAsRequire],
  esbuildOptions(options) {
    options.conditions = ['source'];
    // The Japanese catalogue as UTF-8, not \uXXXX escapes: a third of the bytes to read and parse.
    options.charset = 'utf8';
  },
  // CommonJS and unsplit: Node starts a CommonJS file faster than an ES module (measured: 21 ms vs
  // 27 ms for an empty file), and esbuild's code splitting hoisted the AWS SDK's CommonJS parts
  // into the chunks `--help` loads. Modules reached only through import() stay lazy inside a
  // bundle: esbuild wraps them in functions that run on first use.
  format: 'cjs',
  outExtension: () => ({ js: '.js' }),
  splitting: false,
  // src/version.ts: the version this build prints.
  define: { AWSMFA_VERSION: JSON.stringify(manifest.version) },
  // yargs is ESM-only and reads import.meta.url; this defines it from __filename.
  shims: true,
  dts: false,
  // The build script empties dist/ once; three configs cleaning it in parallel would race.
  clean: false,
  sourcemap: true,
};

export default defineConfig([
  {
    ...common,
    // dist/cli.js holds only the cache-hit fast path (src/fastPath.ts), `hook`, and `--version`,
    // so `env`/`credential-process` with a cached session load neither yargs nor the AWS SDK.
    entry: { cli: 'src/cli.ts' },
    // The two bundles below, loaded only when the fast path declines (src/loadBundle.ts).
    external: ['./main.js', './session.js'],
    onSuccess: async () => {
      writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');
    },
  },
  {
    ...common,
    // `env` and `credential-process` without yargs; the AWS SDK, reached only through import(),
    // is initialised lazily: processes that wait for another one's refresh and then find the
    // cached session never run it.
    entry: { session: 'src/runSessionCommand.ts' },
  },
  {
    ...common,
    // The yargs CLI: every other command, --help, and usage errors.
    entry: { main: 'src/main.ts' },
  },
]);
