// The release as users get it: `pnpm release` in a copy of this working tree (with one extra
// changeset), then its npm tarball installed into an empty npm prefix with a fresh HOME and run
// by Node 20, 22 and 24 in turn (and refused by Node 18), then its standalone executable, each
// driving the seed journey against its own `awsmfa sandbox` with PATH holding neither pnpm nor the
// repository (nor, for the standalone executable, node), and the real AWS CLI v2 and bash checking
// the result.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNodes } from '../../../scripts/testNodes.mjs';
import { type RunResult, runProcess } from './support/awsmfa.js';
import { totpCode } from './support/virtualMfaDevice.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const aws = '/usr/bin/aws';
const work = mkdtempSync(join(tmpdir(), 'awsmfa-release-'));
const copy = join(work, 'repo');
const prefix = join(work, 'prefix');
let released: { version: string; tarball: string; standalone: string };

afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  // A copy of the working tree as git sees it (committed or not, ignored files left out), so the
  // release consumes the copy's changesets, never this repository's.
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8',
  }).stdout.split('\0');
  for (const file of files) {
    if (file && existsSync(join(repo, file))) cpSync(join(repo, file), join(copy, file), { recursive: true });
  }
  // A change of a bundled workspace package alone: it must still reach awsmfa's CHANGELOG.
  writeFileSync(
    join(copy, '.changeset/release-test-core-only.md'),
    '---\n"@awsmfa/core": patch\n---\n\nRelease test: a change of @awsmfa/core alone.\n',
  );
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
  for (const args of [['install', '--frozen-lockfile', '--offline'], ['release']]) {
    const r = spawnSync('pnpm', args, { cwd: copy, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  }
  const version = JSON.parse(readFileSync(join(copy, 'packages/cli/package.json'), 'utf8')).version as string;
  released = {
    version,
    tarball: join(copy, 'release', `awsmfa-${version}.tgz`),
    standalone: join(copy, 'release', `awsmfa-${version}-linux-x64`),
  };
}, 420_000);

describe('pnpm release', () => {
  it('versions every package alike, writes the changesets into CHANGELOG.md and packs the tarball and executable', () => {
    const before = JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8')).version;
    expect(released.version).not.toBe(before);
    for (const pkg of ['core', 'shell', 'emulator']) {
      expect(JSON.parse(readFileSync(join(copy, `packages/${pkg}/package.json`), 'utf8')).version).toBe(
        released.version,
      );
    }
    expect(readdirSync(join(copy, '.changeset')).sort()).toEqual(['README.md', 'config.json']);
    const changelog = readFileSync(join(copy, 'packages/cli/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${released.version}\n`);
    expect(changelog).toContain('- Release test: a change of @awsmfa/core alone.');
    expect(statSync(released.tarball).isFile()).toBe(true);
    expect(statSync(released.standalone).mode & 0o111).not.toBe(0);
  });

  it("packs a manifest with no dependencies (but the keyring store's optional native module), no scripts or workspace specifiers, and only the bundles", () => {
    const listing = spawnSync('tar', ['tzf', released.tarball], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n');
    expect(listing.sort()).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.ja.md',
        'README.md',
        'THIRD-PARTY-LICENSES.txt',
        'dist/cli.js',
        'dist/main.js',
        'dist/session.js',
        'package.json',
      ].map((file) => `package/${file}`),
    );
    const manifest = JSON.parse(
      spawnSync('tar', ['xzOf', released.tarball, 'package/package.json'], { encoding: 'utf8' }).stdout,
    );
    expect(Object.keys(manifest).sort()).toEqual(
      [
        'bin',
        'description',
        'engines',
        'files',
        'keywords',
        'license',
        'name',
        'optionalDependencies',
        'version',
      ].sort(),
    );
    // The keyring store's native module, which no bundle can hold; npm may skip it.
    expect(manifest.optionalDependencies).toEqual({ '@napi-rs/keyring': '2.1.2' });
    expect(manifest.version).toBe(released.version);
    expect(manifest.engines).toEqual({ node: '>=20.19' });
    const licenses = spawnSync('tar', ['xzOf', released.tarball, 'package/THIRD-PARTY-LICENSES.txt'], {
      encoding: 'utf8',
    }).stdout;
    for (const bundled of ['@aws-sdk/client-sts@', 'yargs@', 'otplib@', 'qrcode@'])
      expect(licenses).toContain(bundled);
  });
});

describe('npm install -g of the released tarball', () => {
  const binDir = join(prefix, 'bin');

  it('installs offline into an empty prefix: one package, no dependencies', () => {
    const r = spawnSync(
      'npm',
      ['install', '--global', '--prefix', prefix, '--offline', '--no-fund', '--no-audit', released.tarball],
      { env: cleanEnv(freshHome(), '/usr/bin:/bin'), encoding: 'utf8' },
    );
    expect(r.stderr).not.toMatch(/ERR/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('added 1 package');
    expect(readdirSync(join(prefix, 'lib/node_modules'))).toEqual(['awsmfa']);
    expect(existsSync(join(prefix, 'lib/node_modules/awsmfa/node_modules'))).toBe(false);
    // README "Install" says 5.5 MB: the three bundles and both READMEs, no source maps (they
    // would add 6.4 MB).
    const installed = join(prefix, 'lib/node_modules/awsmfa');
    const bytes = readdirSync(installed, { recursive: true, encoding: 'utf8' })
      .map((file) => statSync(join(installed, file)))
      .filter((stat) => stat.isFile())
      .reduce((sum, stat) => sum + stat.size, 0);
    expect(bytes).toBeGreaterThan(3_000_000);
    expect(bytes).toBeLessThan(6_000_000);
  });

  const runtimes = [
    { label: `Node ${process.versions.node} (this one)`, bin: process.execPath },
    ...testNodes
      .filter((node) => node.supported)
      .map((node) => ({ label: `Node ${node.version}`, bin: node.bin })),
  ];
  it.each(runtimes)(
    'runs the seed journey on $label',
    async ({ bin }) => {
      // On CI a missing Node fails here: setup installs them.
      expect(existsSync(bin), `${bin} is missing: run npm run setup`).toBe(true);
      const path = `${binDir}:${nodeDir(bin)}`;
      const node = await runBash('node --version; command -v pnpm || true', cleanEnv(freshHome(), path));
      expect(node.stdout).toBe(spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout);
      await seedJourney(join(binDir, 'awsmfa'), path);
    },
    120_000,
  );

  it.each(testNodes.filter((node) => !node.supported))(
    'refuses Node $version in one line with a hint, exit 50',
    async ({ bin }) => {
      expect(existsSync(bin), `${bin} is missing: run npm run setup`).toBe(true);
      const path = `${binDir}:${nodeDir(bin)}`;
      for (const args of [['--version'], ['env', '--profile', 'cli-user'], ['sandbox']]) {
        const r = await runProcess(join(binDir, 'awsmfa'), args, {
          env: cleanEnv(freshHome(), path),
          timeoutMs: 30_000,
        });
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(
          /^awsmfa: error: awsmfa needs Node\.js 20\.19 or later; this is Node\.js v18\.\d+\.\d+\.\nhint: .*standalone executable.*\n$/,
        );
        expect(r.status).toBe(50);
      }
    },
  );

  it("speaks Japanese with LANG=ja_JP.UTF-8: --help, yargs' own headings and words too, and English with LANG=C", async () => {
    const help = (args: string[], LANG: string) =>
      runProcess(join(binDir, 'awsmfa'), args, {
        env: { ...cleanEnv(freshHome(), `${binDir}:${nodeDir(process.execPath)}`), LANG },
        timeoutMs: 30_000,
      });
    const main = await help(['--help'], 'ja_JP.UTF-8');
    expect(main.stderr).toBe('');
    expect(main.stdout).toMatch(/^コマンド:$/m);
    // yargs' Options: heading is awsmfa's own group of shared options, in Japanese too.
    expect(main.stdout).toMatch(/^オプション（.+）:$/m);
    expect(main.stdout).toMatch(/^例:$/m);
    expect(main.stdout).toMatch(/--help +ヘルプを表示します +\[真偽値\]/);
    const setup = await help(['admin', 'setup', '--help'], 'ja_JP.UTF-8');
    expect(setup.stdout).toMatch(/--group +IAM グループ（例: MyUsers） +\[文字列\] \[必須\]/);
    const audit = await help(['admin', 'audit', '--help'], 'ja_JP.UTF-8');
    expect(audit.stdout).toContain('組織のすべてのアカウントを監査する');
    const english = await help(['--help'], 'C');
    expect(english.stdout).toMatch(/^Commands:$/m);
    expect(english.stdout).toMatch(/--help +Show help +\[boolean\]/);
  });

  it("its one dependency is the keyring store's optional native module; without it that store says how to get it", async () => {
    const manifest = JSON.parse(readFileSync(join(prefix, 'lib/node_modules/awsmfa/package.json'), 'utf8'));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.optionalDependencies).toEqual({ '@napi-rs/keyring': '2.1.2' });
    // Installed offline from an empty npm cache: npm skipped the optional module.
    const r = await keyringImport(join(binDir, 'awsmfa'), `${binDir}:${nodeDir(process.execPath)}`);
    expect(r.status).toBe(55);
    expect(r.stderr).toMatch(
      /^awsmfa: error: The keyring store needs the native module @napi-rs\/keyring, which is not installed beside awsmfa\.\nhint: reinstall awsmfa with its optional dependencies/,
    );
  });

  it('npx ./awsmfa-<version>.tgz runs it without installing it', async () => {
    const env = { ...cleanEnv(freshHome(), '/usr/bin:/bin'), npm_config_update_notifier: 'false' };
    // A download folder: npm resolves ./x.tgz from the enclosing project, and there is none here.
    const cwd = mkdtempSync(join(work, 'downloads-'));
    const name = `./${basename(released.tarball)}`;
    cpSync(released.tarball, join(cwd, name));
    const version = await runProcess('npx', ['--yes', name, '--version'], { env, cwd, timeoutMs: 60_000 });
    expect(version.stderr).toBe('');
    expect(version.stdout).toBe(`${released.version}\n`);
    const help = await runProcess('npx', ['--yes', name, 'sandbox', '--help'], {
      env,
      cwd,
      timeoutMs: 60_000,
    });
    expect(help.stderr).toBe('');
    expect(help.stdout).toContain('awsmfa sandbox');
  }, 120_000);

  it('npm uninstall -g removes it, leaving the prefix empty', () => {
    const r = spawnSync('npm', ['uninstall', '--global', '--prefix', prefix, 'awsmfa'], {
      env: cleanEnv(freshHome(), '/usr/bin:/bin'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(existsSync(join(binDir, 'awsmfa'))).toBe(false);
    expect(readdirSync(join(prefix, 'lib/node_modules'))).toEqual([]);
  });
});

describe('the standalone executable', () => {
  it('runs the seed journey with neither node nor the repository on PATH', async () => {
    const binDir = join(work, 'standalone-bin');
    mkdirSync(binDir);
    symlinkSync(released.standalone, join(binDir, 'awsmfa'));
    const lookup = await runBash('command -v node pnpm; command -v awsmfa', cleanEnv(freshHome(), binDir));
    expect(lookup.stdout).toBe(`${join(binDir, 'awsmfa')}\n`);
    await seedJourney(join(binDir, 'awsmfa'), binDir);
    // A native module cannot be inside it: the keyring store says so, and what to do.
    const r = await keyringImport(join(binDir, 'awsmfa'), binDir);
    expect(r.status).toBe(55);
    expect(r.stderr).toMatch(
      /^awsmfa: error: The keyring store needs the native module @napi-rs\/keyring, which the standalone executable cannot contain\.\nhint: install awsmfa with npm/,
    );
  }, 120_000);
});

/** `awsmfa import … --store keyring` of a throwaway key in a fresh HOME. */
async function keyringImport(awsmfa: string, path: string): Promise<RunResult> {
  const home = freshHome();
  writeFileSync(
    join(home, 'keys.csv'),
    'Access key ID,Secret access key\nAKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
  );
  return runProcess(awsmfa, ['import', join(home, 'keys.csv'), '--profile', 'dev', '--store', 'keyring'], {
    env: cleanEnv(home, path),
    timeoutMs: 30_000,
  });
}

/**
 * The seed article's journey with `awsmfa` (an absolute path, also first on `path`): the admin
 * sets up a group and a user against a fresh sandbox, the user imports the keys, is denied
 * without MFA, enrolls with two codes, puts a session into bash with `eval "$(awsmfa env)"` and
 * lists buckets with the AWS CLI, which also uses it through credential_process.
 */
async function seedJourney(awsmfa: string, path: string): Promise<void> {
  const home = freshHome();
  const env = cleanEnv(home, path);
  const run = async (args: string[], expected = 0, detached = false): Promise<RunResult> => {
    const r = await runProcess(awsmfa, args, { env, timeoutMs: 30_000, detached });
    expect(r.status, `awsmfa ${args.join(' ')}\n${r.stderr}`).toBe(expected);
    // Neither the AWS SDK's Node-version warning nor any other runtime warning reaches users.
    expect(r.stderr).not.toMatch(/Warning|ExperimentalWarning|DeprecationWarning/);
    return r;
  };

  expect((await run(['--version'])).stdout).toBe(`${released.version}\n`);
  const sandbox = await startSandbox(awsmfa, env);
  env.AWS_DEFAULT_REGION = sandbox.region;
  try {
    const ep = ['--endpoint-url', sandbox.endpoint];
    mkdirSync(join(home, '.aws'), { mode: 0o700 });
    writeFileSync(
      join(home, '.aws/credentials'),
      `[sandbox-admin]\naws_access_key_id = ${sandbox.accessKeyId}\naws_secret_access_key = ${sandbox.secretAccessKey}\n`,
      { mode: 0o600 },
    );
    const keys = join(home, 'keys');
    await run([
      'admin',
      'setup',
      '--profile',
      'sandbox-admin',
      ...ep,
      '--group',
      'MyUsers',
      '--user',
      'cli-user',
      '--managed-policy',
      'PowerUserAccess',
      '--trusted-ip',
      '203.0.113.0/24',
      '--csv-out',
      keys,
      '--yes',
    ]);
    await run(['import', join(keys, 'cli-user_credentials.csv')]);
    const denied = await runProcess(aws, ['s3', 'ls', '--profile', 'cli-user', ...ep], {
      env,
      timeoutMs: 30_000,
    });
    expect(denied.status, denied.stderr).toBe(254);
    expect(denied.stderr).toContain('AccessDenied');

    const created = await run(['enroll', '--profile', 'cli-user', ...ep, '--keep', '--show-secret'], 0, true);
    const seed = /Secret key for manual entry[^:]*: ([A-Z2-7]+)/.exec(created.stderr)?.[1];
    expect(seed, created.stderr).toBeDefined();
    await run([
      'enroll',
      '--profile',
      'cli-user',
      ...ep,
      '--code1',
      totpCode(seed!, -1),
      '--code2',
      totpCode(seed!),
    ]);

    // The next code (enroll spent this step's), then a second `env`: the cache-hit fast path.
    const bash = await runBash(
      `set -e
       eval "$(awsmfa env --profile cli-user ${ep.join(' ')} --code ${totpCode(seed!, 1)})"
       first="$AWS_ACCESS_KEY_ID"
       eval "$(awsmfa env --profile cli-user)"
       [ "$first" = "$AWS_ACCESS_KEY_ID" ] && echo "cached: $AWS_ACCESS_KEY_ID"
       ${aws} s3 ls ${ep.join(' ')} && echo "s3 ls: ok"
       ${aws} sts get-caller-identity ${ep.join(' ')} --query Arn --output text`,
      env,
    );
    // stderr holds env's one-line success message for each call, and nothing else.
    expect(bash.stderr).toMatch(/^(awsmfa: profile cli-user: [^\n]*\n){2}$/);
    expect(bash.stderr).not.toMatch(/warning|error/i);
    expect(bash.status).toBe(0);
    expect(bash.stdout).toMatch(/^cached: ASIA[A-Z2-7]{16}\n/);
    expect(bash.stdout).toContain('s3 ls: ok\n');
    expect(bash.stdout).toMatch(/arn:aws:iam::\d{12}:user\/cli-user\n$/);

    // credential_process names this very awsmfa (the executable alone, or node and the script).
    await run(['setup-credential-process', '--profile', 'cli-user', ...ep]);
    const viaProcess = await runProcess(
      aws,
      [
        'sts',
        'get-caller-identity',
        '--profile',
        'cli-user-mfa',
        ...ep,
        '--query',
        'Arn',
        '--output',
        'text',
      ],
      { env, timeoutMs: 30_000 },
    );
    expect(viaProcess.stderr).toBe('');
    expect(viaProcess.stdout).toMatch(/:user\/cli-user\n$/);
  } finally {
    await sandbox.stop();
  }
}

/** `awsmfa sandbox --port 0 --json` in the background, with its first line parsed. */
async function startSandbox(
  awsmfa: string,
  env: Record<string, string>,
): Promise<{
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
}> {
  const child: ChildProcessWithoutNullStreams = spawn(awsmfa, ['sandbox', '--port', '0', '--json'], { env });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('close', () => reject(new Error(`the sandbox exited: ${stderr}`)));
  });
  return {
    ...(JSON.parse(line) as {
      endpoint: string;
      region: string;
      accessKeyId: string;
      secretAccessKey: string;
    }),
    async stop() {
      child.kill('SIGTERM');
      await exited;
      expect(stderr).not.toMatch(/Warning/);
    },
  };
}

/** Runs a script in real bash (by absolute path, no rc files) with exactly `env`. */
function runBash(script: string, env: Record<string, string>): Promise<RunResult> {
  return runProcess('/bin/bash', ['--noprofile', '--norc', '-c', script], { env, timeoutMs: 60_000 });
}

/** The environment of a user who just installed awsmfa: no AWS_* or Node settings of this machine. */
function cleanEnv(home: string, path: string): Record<string, string> {
  return {
    PATH: path,
    HOME: home,
    LANG: 'C.UTF-8',
    AWS_PAGER: '',
    // Set for their own programs, it still must not make awsmfa print the SDK's Node 20 warning.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'false',
    AWS_CONFIG_FILE: join(home, '.aws/config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws/credentials'),
  };
}

/** A new folder holding only `node`, a link to the Node binary `bin`: for a PATH. */
function nodeDir(bin: string): string {
  const dir = mkdtempSync(join(work, 'node-'));
  symlinkSync(bin, join(dir, 'node'));
  return dir;
}

/** A new empty HOME under the test's folder. */
function freshHome(): string {
  return mkdtempSync(join(work, 'home-'));
}
