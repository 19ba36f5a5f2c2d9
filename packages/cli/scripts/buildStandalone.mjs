// `pnpm build:standalone`: awsmfa as one executable that needs no Node installed, by Node's
// single executable application (SEA) flow: a preparation blob made by the Node binary that will
// run it, injected into a copy of that binary with postject.
//
//   node packages/cli/scripts/buildStandalone.mjs [--node PATH] [--out FILE]
//
// --node  the Node binary to embed (default: Node 24 as `npm run setup` installs it); the
//         executable runs on that binary's OS and architecture.
// --out   where to write it (default: awsmfa-<version>-<os>-<arch> in --dir).
// --dir   the folder for that default name (default: release/ at the repository root).
//
// The blob's main script is dist/cli.js, the same fast path the npm package runs; dist/session.js
// and dist/main.js ride along as assets that src/loadBundle.ts evaluates only when the fast path
// declines, so a cached session never parses them. Needs a build (dist/).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { inject } from 'postject';
import { testNodes } from '../../../scripts/testNodes.mjs';

// Node's documented fuse: the string postject flips so that the binary looks for its blob.
const sentinelFuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(cliDir, 'dist');

/** Builds the executable and returns its path. */
export async function buildStandalone({
  node = defaultNode(),
  out,
  dir = join(cliDir, '..', '..', 'release'),
} = {}) {
  for (const file of ['cli.js', 'session.js', 'main.js']) {
    if (!existsSync(join(dist, file)))
      throw new Error(`${join(dist, file)} is missing: run pnpm build first`);
  }
  if (!existsSync(node)) throw new Error(`${node} is missing: run npm run setup, or pass --node PATH`);
  const target = nodeTarget(node);
  const { version } = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8'));
  const output = resolve(out ?? join(dir, `awsmfa-${version}-${target}`));

  const work = mkdtempSync(join(tmpdir(), 'awsmfa-sea-'));
  try {
    const blob = join(work, 'sea.blob');
    const config = {
      main: join(dist, 'cli.js'),
      output: blob,
      disableExperimentalSEAWarning: true,
      // V8's compiled code of the main script, so the fast path does not parse it.
      useCodeCache: true,
      assets: { 'session.js': join(dist, 'session.js'), 'main.js': join(dist, 'main.js') },
    };
    writeFileSync(join(work, 'sea-config.json'), JSON.stringify(config));
    const prepared = spawnSync(node, ['--experimental-sea-config', join(work, 'sea-config.json')], {
      encoding: 'utf8',
    });
    if (prepared.status !== 0) throw new Error(`${node} could not prepare the blob:\n${prepared.stderr}`);

    mkdirSync(dirname(output), { recursive: true });
    rmSync(output, { force: true });
    copyFileSync(node, output);
    chmodSync(output, 0o755);
    // postject's ELF writer warns about Node's note sections; its result is sound (the release
    // test runs the whole journey with it), so the noise is kept out of the build log.
    await quietly(() =>
      inject(output, 'NODE_SEA_BLOB', readFileSync(blob), {
        sentinelFuse,
        machoSegmentName: process.platform === 'darwin' ? 'NODE_SEA' : undefined,
      }),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return output;
}

/** Node 24 as setup installs it, else the Node running this script. */
function defaultNode() {
  return testNodes.find((node) => node.major === 24)?.bin ?? process.execPath;
}

/** `linux-x64`-style name of the platform `node` runs on. */
function nodeTarget(node) {
  const r = spawnSync(node, ['-p', 'process.platform + "-" + process.arch'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${node} does not run here:\n${r.stderr}`);
  return r.stdout.trim();
}

/** Runs `fn` with console.warn, which postject's WebAssembly module prints through, silenced. */
async function quietly(fn) {
  const warn = console.warn;
  const lines = [];
  console.warn = (...args) => lines.push(args.join(' '));
  try {
    return await fn();
  } catch (error) {
    warn(lines.join('\n'));
    throw error;
  } finally {
    console.warn = warn;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { node: { type: 'string' }, out: { type: 'string' }, dir: { type: 'string' } },
  });
  const output = await buildStandalone(values);
  console.log(output);
}
