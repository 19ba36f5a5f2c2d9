import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Workspace packages are bundled from their sources, so the published CLI needs none of them at run time.
  noExternal: [/^@awsmfa\//],
  esbuildOptions(options) {
    options.conditions = ['source'];
  },
  // Code splitting keeps the AWS SDK and yargs out of the chunks that fast paths load.
  splitting: true,
  dts: false,
  // No clean: parallel builds and running e2e tests would race on a deleted dist/.
  clean: false,
  sourcemap: true,
});
