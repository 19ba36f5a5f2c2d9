// THIRD-PARTY-LICENSES.txt: the npm packages bundled into dist/, found by the path comments
// esbuild writes above each module (`// ../../node_modules/.pnpm/…/node_modules/<name>/…`), with
// each one's version, license and license files, since their licenses ask that the notices travel
// with the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const moduleComment = /^\/\/ (\S*node_modules\/(?:@[^/\s]+\/)?[^/\s]+)\//gm;
const licenseFile = /^(licen[cs]e|notice|copying)/i;

/** The notices of every npm package bundled into `bundles` (files under `cliDir`), as one text. */
export function thirdPartyLicenses(cliDir, bundles) {
  const packageDirs = new Set();
  for (const bundle of bundles) {
    for (const match of readFileSync(bundle, 'utf8').matchAll(moduleComment)) {
      packageDirs.add(resolve(cliDir, match[1]));
    }
  }
  const entries = [...packageDirs]
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const files = readdirSync(dir).filter((name) => licenseFile.test(name));
      return { name: manifest.name, version: manifest.version, license: manifest.license, dir, files };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  // Many packages carry the very same text (the Apache License, an MIT notice of the same
  // authors): each text is printed once, under every package that carries it.
  const byText = new Map();
  for (const { name, version, license, dir, files } of entries) {
    const texts = files.map((file) => readFileSync(join(dir, file), 'utf8').trim());
    const text = texts.length > 0 ? texts.join('\n\n') : `${license}; the package ships no license file.`;
    byText.set(text, [...(byText.get(text) ?? []), `${name}@${version} (${license})`]);
  }
  const sections = [...byText].map(([text, names]) => `${'-'.repeat(78)}\n${names.join('\n')}\n\n${text}\n`);
  return `awsmfa bundles the following ${entries.length} npm packages. Their notices follow.\n\n${sections.join('\n')}`;
}
