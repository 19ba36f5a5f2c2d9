// `pnpm pack:cli`: the npm package users install, as a tarball. Its manifest is written here
// rather than packed from packages/cli/package.json, which lists workspace packages and the
// build's and tests' dependencies: everything is bundled into dist/, so the published package has
// no dependencies at all (README "Install" says why), and nothing of the workspace leaks into it.
//
//   node packages/cli/scripts/packCli.mjs [--out DIR]     (default: release/ at the repository root)
//
// One exception, an optional dependency: @napi-rs/keyring, the native module of the keyring store,
// which no JavaScript bundle can contain. dist/ requires it from disk (createRequire) only when a
// keyring is used, and says how to install it when it is missing (src/osKeyring.ts).
//
// Contents: dist/cli.js, dist/session.js, dist/main.js, README.md, README.ja.md, LICENSE,
// CHANGELOG.md (after a release), THIRD-PARTY-LICENSES.txt. Refuses to pack a bundle that
// requires anything but Node's built-in modules and its sibling bundles. Needs a build (dist/).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { thirdPartyLicenses } from './thirdPartyLicenses.mjs';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const rootDir = join(cliDir, '..', '..');
const bundles = ['cli.js', 'session.js', 'main.js'];
const siblings = new Set(bundles.map((file) => `./${file}`));

/** Packs the CLI into `out` and returns the tarball's path. */
export function packCli({ out = join(rootDir, 'release') } = {}) {
  for (const file of bundles) {
    if (!existsSync(join(cliDir, 'dist', file)))
      throw new Error(`dist/${file} is missing: run pnpm build first`);
    assertSelfContained(join(cliDir, 'dist', file));
  }
  const source = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8'));
  const manifest = {
    name: source.name,
    version: source.version,
    description: source.description,
    license: source.license,
    keywords: source.keywords,
    engines: source.engines,
    bin: { awsmfa: 'dist/cli.js' },
    optionalDependencies: source.optionalDependencies,
    // npm adds README.md and LICENSE by itself, but not CHANGELOG.md, nor README.md's Japanese
    // twin, which it links to at its top.
    files: [
      ...bundles.map((file) => `dist/${file}`),
      'THIRD-PARTY-LICENSES.txt',
      'CHANGELOG.md',
      'README.ja.md',
    ],
  };

  const stage = mkdtempSync(join(tmpdir(), 'awsmfa-pack-'));
  try {
    mkdirSync(join(stage, 'dist'));
    for (const file of bundles) copyFileSync(join(cliDir, 'dist', file), join(stage, 'dist', file));
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    copyFileSync(join(rootDir, 'README.md'), join(stage, 'README.md'));
    copyFileSync(join(rootDir, 'README.ja.md'), join(stage, 'README.ja.md'));
    copyFileSync(join(rootDir, 'LICENSE'), join(stage, 'LICENSE'));
    if (existsSync(join(cliDir, 'CHANGELOG.md')))
      copyFileSync(join(cliDir, 'CHANGELOG.md'), join(stage, 'CHANGELOG.md'));
    writeFileSync(
      join(stage, 'THIRD-PARTY-LICENSES.txt'),
      thirdPartyLicenses(
        cliDir,
        bundles.map((file) => join(cliDir, 'dist', file)),
      ),
    );
    mkdirSync(out, { recursive: true });
    const packed = spawnSync(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', resolve(out)],
      {
        cwd: stage,
        encoding: 'utf8',
      },
    );
    if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
    return join(resolve(out), JSON.parse(packed.stdout)[0].filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Throws if `bundle` requires a module that is neither built in nor a sibling bundle, or calls
 * import(), which the standalone executable cannot run (tsup.config.ts turns them into require()).
 */
function assertSelfContained(bundle) {
  const text = readFileSync(bundle, 'utf8');
  // Calls in code, not the SDK's error texts that quote `[require("@aws-sdk/signature-v4-crt");]`.
  for (const [call, kind, name] of text.matchAll(/(?<![\w$.[])(require|import)\("([^"]+)"\)/g)) {
    if (kind === 'import') throw new Error(`${bundle} calls ${call}: make it a require()`);
    if (siblings.has(name) || isBuiltin(name)) continue;
    throw new Error(`${bundle} loads ${name}, which the installed package would not have: bundle it`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  console.log(packCli(values));
}
