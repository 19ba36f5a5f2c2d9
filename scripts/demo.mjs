// `pnpm demo`: the seed article's whole procedure, admin side and user side, against the embedded
// sandbox (a local IAM + STS endpoint): no AWS account, nothing outside a temporary HOME is touched.
// A small TOTP generator plays the user's phone.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const cli = resolve('packages/cli/dist/cli.js');
const requireFromCli = createRequire(resolve('packages/cli/package.json'));
const { generateSync } = await import(requireFromCli.resolve('otplib'));
const awsCli = '/usr/bin/aws'; // the AWS CLI v2 (Debian's awscli), an independent client of the sandbox

const home = mkdtempSync(join(tmpdir(), 'awsmfa-demo-'));
const env = {
  PATH: process.env.PATH,
  LANG: 'C.UTF-8',
  HOME: home,
  AWS_CONFIG_FILE: join(home, '.aws/config'),
  AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws/credentials'),
  AWS_PAGER: '',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

const say = (text) => console.log(`\n\x1b[1m## ${text}\x1b[22m`);
const show = (argv) =>
  console.log(`$ ${argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`)).join(' ')}`);

/** Runs a command in the demo HOME, echoing it and its output; fails the demo on an unexpected status. */
function run(argv, { expect = 0, quiet = false, detached = false } = {}) {
  show(argv);
  const [program, ...args] = argv[0] === 'awsmfa' ? [process.execPath, cli, ...argv.slice(1)] : argv;
  const r = spawnSync(program, args, { env, encoding: 'utf8', detached });
  if (!quiet) process.stdout.write(r.stdout + r.stderr);
  if (r.status !== expect) {
    console.error(`demo: expected exit ${expect}, got ${r.status}`);
    process.exit(1);
  }
  return r;
}

// 0. The sandbox: a local IAM + STS endpoint with a bootstrap admin key.
const sandbox = spawn(process.execPath, [cli, 'sandbox', '--port', '0', '--json'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const first = await new Promise((ok) => createInterface({ input: sandbox.stdout }).once('line', ok));
const box = JSON.parse(first);
const endpoint = box.endpoint;
const stop = () => {
  sandbox.kill('SIGTERM');
  rmSync(home, { recursive: true, force: true });
};
process.on('exit', stop);
say(`Sandbox running at ${endpoint} (account ${box.accountId})`);
env.AWS_DEFAULT_REGION = box.region;
mkdirSync(join(home, '.aws'), { mode: 0o700 });
writeFileSync(
  env.AWS_SHARED_CREDENTIALS_FILE,
  `# the sandbox's bootstrap administrator\n[sandbox-admin]\naws_access_key_id = ${box.accessKeyId}\naws_secret_access_key = ${box.secretAccessKey}\n`,
  { mode: 0o600 },
);
const ep = ['--endpoint-url', endpoint];

say(
  'Admin: group MyUsers + PowerUserAccess + MFA policy (trusted office 203.0.113.0/24) + user cli-user, in one command',
);
const keys = join(home, 'keys');
run([
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

run([awsCli, 's3', 'mb', 's3://team-reports', '--profile', 'sandbox-admin', ...ep]);

say('User: import the access-key CSV the admin handed over');
run(['awsmfa', 'import', join(keys, 'cli-user_credentials.csv')]);

say('Without MFA, from outside the trusted network, the long-term key is denied (real AWS CLI v2)');
run([awsCli, 's3', 'ls', '--profile', 'cli-user', ...ep], { expect: 254 });

say('User: enroll a virtual MFA device (no terminal here: create it, then enable it with two codes)');
// In a terminal, `awsmfa enroll` shows the QR code and asks for the two codes itself.
const created = run(['awsmfa', 'enroll', '--profile', 'cli-user', ...ep, '--keep', '--show-secret'], {
  quiet: true,
  detached: true,
});
const secret = /Secret key for manual entry[^:]*: ([A-Z2-7]+)/.exec(created.stderr)?.[1];
if (!secret) throw new Error(`no secret in: ${created.stderr}`);
console.log('(the phone scans the QR code; the demo keeps the secret in memory to play the phone)');
const phone = (offset = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });
run(['awsmfa', 'enroll', '--profile', 'cli-user', ...ep, '--code1', phone(-1), '--code2', phone(0)]);

say(
  'User: the phone as an mfa_process, so the demo needs no typing (in a terminal, awsmfa asks for the code)',
);
const phoneScript = join(home, 'phone.mjs');
writeFileSync(
  phoneScript,
  `import { generateSync } from ${JSON.stringify(requireFromCli.resolve('otplib'))};\nprocess.stdout.write(generateSync({ secret: ${JSON.stringify(secret)} }) + '\\n');\n`,
  { mode: 0o600 },
);
run([
  awsCli,
  'configure',
  'set',
  'mfa_process',
  `${process.execPath} ${phoneScript}`,
  '--profile',
  'cli-user',
]);
run(['awsmfa', 'profiles']);

say('User: eval "$(awsmfa env)" in bash, then the AWS CLI works with the MFA session');
console.log(
  '(the code on the phone was just used to enable the device: awsmfa waits for the next one rather than waste a try)',
);
const bashScript = `
  set -e
  awsmfa() { "${process.execPath}" "${cli}" "$@"; }
  session="$(awsmfa env --profile cli-user --endpoint-url ${endpoint})"
  eval "$session"
  echo "AWS_ACCESS_KEY_ID=\${AWS_ACCESS_KEY_ID:0:4}…  AWS_CREDENTIAL_EXPIRATION=\${AWS_CREDENTIAL_EXPIRATION}"
  ${awsCli} s3 ls --endpoint-url ${endpoint} && echo "aws s3 ls: OK with the MFA session"
  ${awsCli} sts get-caller-identity --endpoint-url ${endpoint} --output text
`;
show(['bash', '-c', 'eval "$(awsmfa env --profile cli-user)"; aws s3 ls; aws sts get-caller-identity']);
const bash = spawnSync('bash', ['--noprofile', '--norc', '-c', bashScript], { env, encoding: 'utf8' });
process.stdout.write(bash.stdout + bash.stderr);
if (bash.status !== 0) process.exit(1);

say('User: credential_process, so plain `aws --profile cli-user-mfa` works (cached session: no code asked)');
run(['awsmfa', 'setup-credential-process', '--profile', 'cli-user', ...ep]);
run([awsCli, 's3', 'ls', '--profile', 'cli-user-mfa', ...ep]);
run(['awsmfa', 'status', '--profile', 'cli-user', ...ep]);

say('Admin: prove the policy behaves as intended (MFA × trusted IP × actions)');
run(['awsmfa', 'policy', 'check', '--profile', 'sandbox-admin', ...ep, '--group', 'MyUsers']);

say('Admin: trust 127.0.0.1 (this machine) — the long-term key now works without a code');
run([
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
run([awsCli, 's3', 'ls', '--profile', 'cli-user', ...ep]);
console.log('aws s3 ls with the long-term key from a trusted IP: OK');

say('Done: the seed article, end to end, with no AWS account.');
