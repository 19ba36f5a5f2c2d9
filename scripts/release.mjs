// `pnpm release`: turns the pending changesets into a release, ready to publish (CONTRIBUTING.md):
//
//   1. every pending changeset that names only workspace packages (@awsmfa/core, …) also names
//      awsmfa with the same bump: awsmfa bundles them, so their changes are awsmfa's, and its
//      CHANGELOG.md is the one users read;
//   2. `changeset version`: new versions (one for all packages, .changeset/config.json "fixed")
//      and CHANGELOG.md entries; the changeset files are consumed;
//   3. a build, and in release/: the npm tarball (packages/cli/scripts/packCli.mjs) and the
//      standalone executable for this platform (packages/cli/scripts/buildStandalone.mjs).
//
// It changes the working tree only; committing, tagging and publishing stay with the maintainer.
//   node scripts/release.mjs [--out DIR] [--no-standalone]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildStandalone } from '../packages/cli/scripts/buildStandalone.mjs';
import { packCli } from '../packages/cli/scripts/packCli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const changesetDir = join(root, '.changeset');
const bumps = ['patch', 'minor', 'major'];

const { values } = parseArgs({
  options: { out: { type: 'string' }, 'no-standalone': { type: 'boolean', default: false } },
});
const out = resolve(values.out ?? join(root, 'release'));

const pending = readdirSync(changesetDir).filter((name) => name.endsWith('.md') && name !== 'README.md');
if (pending.length === 0) {
  console.error('release: no pending changesets in .changeset/ (add one with pnpm changeset)');
  process.exit(1);
}
for (const name of pending) nameTheCli(join(changesetDir, name));

run('pnpm', ['exec', 'changeset', 'version']);
const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));
run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
const tarball = packCli({ out });
const standalone = values['no-standalone'] ? undefined : await buildStandalone({ dir: out });

console.log(`
awsmfa ${version}: ${pending.length} changeset(s) released into CHANGELOG.md files.
  npm package:  ${tarball}${standalone ? `\n  standalone:   ${standalone}` : ''}

Next (CONTRIBUTING.md): review the diff, then
  git commit -am "Release awsmfa ${version}" && git tag v${version}
  npm publish ${tarball}`);

/** Adds `"awsmfa": <highest bump>` to a changeset that names other packages only. */
function nameTheCli(file) {
  const text = readFileSync(file, 'utf8');
  const header = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!header) throw new Error(`${file}: no front matter`);
  const releases = [...header[1].matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(\w+)\s*$/gm)];
  if (releases.length === 0 || releases.some(([, pkg]) => pkg === 'awsmfa')) return;
  const bump = bumps[Math.max(...releases.map(([, , type]) => bumps.indexOf(type)))];
  writeFileSync(file, text.replace(/^---\n/, `---\n"awsmfa": ${bump}\n`));
}

/** Runs a command in the repository root, its output shown; exits on failure. */
function run(command, args) {
  const r = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) {
    console.error(`release: ${command} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}
