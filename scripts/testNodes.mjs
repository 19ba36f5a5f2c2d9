// The Node versions the release test runs the installed awsmfa on beyond the one that runs the
// build (Node 20.19+): 22 and 24, which awsmfa supports, and 18 (Debian 12's), which it must refuse
// with a clear error. Each pinned here, installed by `npm run setup` from the npm registry into a
// cache outside the repository (shared by every clone), and used by the release test
// (packages/cli/test/release.test.ts) and the standalone build (packages/cli/scripts/buildStandalone.mjs).
//
//   node scripts/testNodes.mjs install   installs the missing ones (what setup.sh runs)
//   node scripts/testNodes.mjs           prints each version and its binary
//
// The registry's `node@X` package only runs an install script that installs `node-<os>-<arch>@X`;
// that package, which holds the binary and runs no script, is installed directly.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const versions = ['18.20.8', '22.23.5', '24.22.3'];
const oldestSupported = [20, 19];

const platformPackage = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const cacheDir = join(homedir(), '.cache', 'awsmfa-dev');

/**
 * The pinned extra Node versions: version, major, whether awsmfa supports it, and where
 * `npm run setup` puts the binary.
 */
export const testNodes = versions.map((version) => {
  const [major, minor] = version.split('.').map(Number);
  const prefix = join(cacheDir, `node-${version}`);
  return {
    version,
    major,
    supported: major > oldestSupported[0] || (major === oldestSupported[0] && minor >= oldestSupported[1]),
    prefix,
    bin: join(prefix, 'node_modules', platformPackage, 'bin', 'node'),
  };
});

/** Installs the missing ones, in parallel; rejects with npm's output if one fails. */
export async function installTestNodes() {
  await Promise.all(
    testNodes
      .filter((node) => !existsSync(node.bin))
      .map(
        (node) =>
          new Promise((resolve, reject) => {
            console.error(`setup: installing Node ${node.version} (${platformPackage}) into ${node.prefix}`);
            const npm = spawn(
              'npm',
              [
                'install',
                '--prefix',
                node.prefix,
                '--no-save',
                '--no-package-lock',
                '--no-fund',
                '--no-audit',
                '--loglevel=error',
                `${platformPackage}@${node.version}`,
              ],
              { stdio: ['ignore', 'ignore', 'pipe'] },
            );
            let stderr = '';
            npm.stderr.on('data', (chunk) => (stderr += chunk));
            npm.on('error', reject);
            npm.on('close', (status) =>
              status === 0 && existsSync(node.bin)
                ? resolve()
                : reject(new Error(`npm could not install ${platformPackage}@${node.version}:\n${stderr}`)),
            );
          }),
      ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === 'install') {
    await installTestNodes();
  } else {
    for (const node of testNodes)
      console.log(`${node.version}\t${existsSync(node.bin) ? node.bin : '(not installed: npm run setup)'}`);
  }
}
