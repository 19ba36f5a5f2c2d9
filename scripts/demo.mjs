// `pnpm demo`: the seed article's whole procedure, admin side and user side, against the embedded
// sandbox (a local IAM + STS endpoint): no AWS account, nothing outside a temporary HOME is touched.
// A small TOTP generator plays the user's phone.
//
// It builds first (`--no-build` skips that), exits by itself after the last step, and on every
// way out (success, a failed step, Ctrl-C, SIGTERM, SIGHUP, pnpm going away) stops the sandbox and
// the step running, waits for them, and removes the temporary HOME (it holds keys).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { demoNarration } from './demoNarration.mjs';

const cli = resolve('packages/cli/dist/cli.js');
const awsCli = '/usr/bin/aws'; // the AWS CLI v2 (Debian's awscli), an independent client of the sandbox

// Colour only a terminal, with NO_COLOR (https://no-color.org) and FORCE_COLOR as the CLI reads them.
const { NO_COLOR, FORCE_COLOR, TERM } = process.env;
const color =
  NO_COLOR !== undefined && NO_COLOR !== ''
    ? false
    : FORCE_COLOR !== undefined && FORCE_COLOR !== '' && FORCE_COLOR !== '0'
      ? true
      : process.stdout.isTTY === true && TERM !== 'dumb';
const bold = (text) => (color ? `\x1b[1m${text}\x1b[22m` : text);
const say = (text) => console.log(`\n${bold(`## ${text}`)}`);
/** The entries of `env` named in `names` that are set. */
const pick = (env, names) =>
  Object.fromEntries(names.filter((name) => env[name]).map((name) => [name, env[name]]));
const show = (argv) =>
  console.log(`$ ${argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`)).join(' ')}`);

/** A way out of the demo: stop what runs, remove the HOME, exit with `code`. */
class Exit extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// --- Lifecycle: everything the demo starts is tracked here and stopped on every way out.
const running = new Set();
let home;
let finishing;

/** Stops the children (SIGTERM, then SIGKILL after 5 s), removes the HOME, and exits. */
function finish(code, message) {
  finishing ??= (async () => {
    if (message) console.error(message);
    await Promise.all(
      [...running].map(
        (child) =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', done);
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
      ),
    );
    if (home) rmSync(home, { recursive: true, force: true });
    process.exit(code);
  })();
  return finishing;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () =>
    finish(code, `\ndemo: ${signal}: stopping the sandbox and removing ${home ?? 'nothing'}`),
  );
}
// `pnpm demo` execs this script, so pnpm hands it its signals; should pnpm be killed outright
// (SIGKILL), our parent changes: stop too.
if (process.env.npm_lifecycle_event === 'demo') {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) finish(129, '\ndemo: pnpm went away: stopping');
  }, 250).unref();
}

/** Spawns a tracked child (removed from the set when it exits). */
function start(program, args, options) {
  const child = spawn(program, args, options);
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

let env;

/** Runs a command in the demo HOME, echoing it and its output; fails the demo on an unexpected status. */
async function run(argv, { expect = 0, quiet = false, detached = false, echo = true } = {}) {
  if (echo) show(argv);
  const [program, ...args] = argv[0] === 'awsmfa' ? [process.execPath, cli, ...argv.slice(1)] : argv;
  // detached: no controlling terminal, as in CI (enroll then creates the device without asking).
  const child = start(program, args, { env, detached, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => {
    stdout += d;
    if (!quiet) process.stdout.write(d);
  });
  child.stderr.setEncoding('utf8').on('data', (d) => {
    stderr += d;
    if (!quiet) process.stdout.write(d);
  });
  const [status, signal] = await new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (...result) => done(result));
  });
  if (finishing) await finishing;
  if (status !== expect) throw new Exit(1, `demo: expected exit ${expect}, got ${status ?? signal}`);
  return { stdout, stderr };
}

/** What the demo says, in the language awsmfa will speak (English until awsmfa is built). */
async function narration() {
  const localeOf = resolve('packages/core/dist/messages/localeOf.js');
  const locale = existsSync(localeOf)
    ? (await import(pathToFileURL(localeOf).href)).localeOf(process.env)
    : 'en';
  return demoNarration(locale);
}

async function demo() {
  let text = await narration();
  if (!process.argv.includes('--no-build')) {
    say(text.building);
    env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
    await run(['pnpm', 'exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
  } else if (!existsSync(cli)) {
    throw new Exit(1, `demo: ${cli} is missing: run pnpm build, or pnpm demo without --no-build`);
  }
  text = await narration();
  const requireFromCli = createRequire(resolve('packages/cli/package.json'));
  const { generateSync } = await import(requireFromCli.resolve('otplib'));

  home = mkdtempSync(join(tmpdir(), 'awsmfa-demo-'));
  env = {
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    // awsmfa speaks the user's language (LANG=ja_JP.UTF-8, AWSMFA_LANG=ja); nothing else of theirs.
    ...pick(process.env, ['LANG', 'LC_ALL', 'LC_MESSAGES', 'AWSMFA_LANG']),
    HOME: home,
    AWS_CONFIG_FILE: join(home, '.aws/config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws/credentials'),
    AWS_PAGER: '',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...(NO_COLOR === undefined ? {} : { NO_COLOR }),
    ...(FORCE_COLOR === undefined ? {} : { FORCE_COLOR }),
  };
  say(text.home(home));

  // 0. The sandbox: a local IAM + STS endpoint with a bootstrap admin key. The IPC channel is its
  // lifeline: should this process die without stopping it (SIGKILL), the sandbox stops by itself.
  const sandbox = start(process.execPath, [cli, 'sandbox', '--port', '0', '--json'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const first = await new Promise((ok) => {
    createInterface({ input: sandbox.stdout }).once('line', ok);
    sandbox.once('exit', () => ok(undefined));
  });
  if (!first) throw new Exit(1, 'demo: the sandbox did not start');
  const box = JSON.parse(first);
  const endpoint = box.endpoint;
  say(text.sandbox(endpoint, box.accountId));
  env.AWS_DEFAULT_REGION = box.region;
  mkdirSync(join(home, '.aws'), { mode: 0o700 });
  writeFileSync(
    env.AWS_SHARED_CREDENTIALS_FILE,
    `# the sandbox's bootstrap administrator\n[sandbox-admin]\naws_access_key_id = ${box.accessKeyId}\naws_secret_access_key = ${box.secretAccessKey}\n`,
    { mode: 0o600 },
  );
  const ep = ['--endpoint-url', endpoint];

  say(text.adminSetup);
  const keys = join(home, 'keys');
  await run([
    'awsmfa',
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

  say(text.userImport);
  await run(['awsmfa', 'import', join(keys, 'cli-user_credentials.csv')]);
  console.log(text.officeNetwork);
  await run(['awsmfa', 'trusted-ip', 'set', '--profile', 'cli-user', '203.0.113.0/24']);

  say(text.denied);
  await run([awsCli, 's3', 'ls', '--profile', 'cli-user', ...ep], { expect: 254 });

  say(text.enroll);
  // In a terminal, `awsmfa enroll` shows the QR code and asks for the two codes itself.
  const created = await run(['awsmfa', 'enroll', '--profile', 'cli-user', ...ep, '--keep', '--show-secret'], {
    quiet: true,
    detached: true,
  });
  // The line "Secret key for manual entry (…): BASE32", in whichever language awsmfa speaks.
  const secret = /: ([A-Z2-7]{32,})$/m.exec(created.stderr)?.[1];
  if (!secret) throw new Exit(1, `demo: no secret in: ${created.stderr}`);
  console.log(text.phoneScans);
  const phone = (offset = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });
  await run(['awsmfa', 'enroll', '--profile', 'cli-user', ...ep, '--code1', phone(-1), '--code2', phone(0)]);

  say(text.mfaProcess);
  const phoneScript = join(home, 'phone.mjs');
  writeFileSync(
    phoneScript,
    `import { generateSync } from ${JSON.stringify(requireFromCli.resolve('otplib'))};\nprocess.stdout.write(generateSync({ secret: ${JSON.stringify(secret)} }) + '\\n');\n`,
    { mode: 0o600 },
  );
  await run([
    awsCli,
    'configure',
    'set',
    'mfa_process',
    `${process.execPath} ${phoneScript}`,
    '--profile',
    'cli-user',
  ]);
  await run(['awsmfa', 'profiles']);

  say(text.env);
  console.log(text.nextCode);
  const bashScript = `
  set -e
  awsmfa() { "${process.execPath}" "${cli}" "$@"; }
  session="$(awsmfa env --profile cli-user --endpoint-url ${endpoint})"
  eval "$session"
  echo "AWS_ACCESS_KEY_ID=\${AWS_ACCESS_KEY_ID:0:4}…  AWS_CREDENTIAL_EXPIRATION=\${AWS_CREDENTIAL_EXPIRATION}"
  ${awsCli} s3 ls --endpoint-url ${endpoint} && echo "${text.listedWithSession}"
  ${awsCli} sts get-caller-identity --endpoint-url ${endpoint} --output text
`;
  console.log('$ eval "$(awsmfa env --profile cli-user)"; aws s3 ls; aws sts get-caller-identity');
  await run(['bash', '--noprofile', '--norc', '-c', bashScript], { echo: false });

  say(text.credentialProcess);
  await run(['awsmfa', 'setup-credential-process', '--profile', 'cli-user', ...ep]);
  await run([awsCli, 's3', 'ls', '--profile', 'cli-user-mfa', ...ep]);
  await run(['awsmfa', 'status', '--profile', 'cli-user', ...ep]);

  say(text.policyCheck);
  await run(['awsmfa', 'policy', 'check', '--profile', 'sandbox-admin', ...ep, '--group', 'MyUsers']);

  say(text.trustLocalhost);
  await run([
    'awsmfa',
    'policy',
    'trusted-ip',
    'add',
    '--profile',
    'sandbox-admin',
    ...ep,
    '--group',
    'MyUsers',
    '127.0.0.1/32',
    '--yes',
  ]);
  await run([awsCli, 's3', 'ls', '--profile', 'cli-user', ...ep]);
  console.log(text.trustedListed);

  say(text.userTrusts);
  await run(['awsmfa', 'trusted-ip', 'add', '--profile', 'cli-user', '127.0.0.1/32']);
  console.log('$ eval "$(awsmfa env --profile cli-user)"; aws s3 ls');
  await run(
    [
      'bash',
      '--noprofile',
      '--norc',
      '-c',
      `set -e
  session="$("${process.execPath}" "${cli}" env --profile cli-user --endpoint-url ${endpoint})"
  eval "$session"
  echo "AWS_PROFILE=$AWS_PROFILE AWS_SESSION_TOKEN=\${AWS_SESSION_TOKEN:-(none)}"
  ${awsCli} s3 ls --endpoint-url ${endpoint}`,
    ],
    { echo: false },
  );

  say(text.done);
}

demo().then(
  () => finish(0),
  (error) =>
    finish(error instanceof Exit ? error.code : 1, error instanceof Exit ? error.message : error?.stack),
);
