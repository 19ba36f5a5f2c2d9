// What the Linux test suite can only model, checked in the real shells of Windows and macOS
// (issue #16): PowerShell (pwsh and Windows PowerShell) evaluating `awsmfa env` under several
// console code pages, the prompt hook under Set-StrictMode with a theme's prompt, cmd.exe's
// `for /f … do @%i`, credential_process read by the AWS CLI v2 and by the JS SDK, exec of a .cmd
// shim, mfa_process with quotes, the home folder and the cache folder rules on Windows, and shell
// detection (and its cost) on macOS.
//
// By hand, after `pnpm install && pnpm build`, on Windows, macOS or Linux:
//   node scripts/windows-macos-check.mjs                       # the checks this machine can run
//   node scripts/windows-macos-check.mjs --require pwsh,cmd    # fail when one of these is missing
//   node scripts/windows-macos-check.mjs --interactive         # also the code prompt on this console
// .github/workflows/windows-macos.yml runs it on windows-latest and macos-latest. It needs the AWS
// CLI v2 (`aws` on PATH, or AWSMFA_CHECK_AWS); nothing outside a temporary folder is touched.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const windows = process.platform === 'win32';
// This process loads the JS SDK for the credential_process check; its Node 20 notice is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages', 'cli', 'dist', 'cli.js');
const shellPackage = join(root, 'packages', 'shell', 'dist', 'index.js');
// The AWS CLI v2: AWSMFA_CHECK_AWS, else /usr/bin/aws on Linux (the `aws` on PATH may be v1), else `aws`.
const { AWSMFA_CHECK_AWS } = process.env;
const awsCli =
  AWSMFA_CHECK_AWS ?? (process.platform === 'linux' && existsSync('/usr/bin/aws') ? '/usr/bin/aws' : 'aws');
const argv = process.argv.slice(2);
const required = new Set((argv[argv.indexOf('--require') + 1] ?? '').split(',').filter(Boolean));
if (!argv.includes('--require')) required.clear();
const interactive = argv.includes('--interactive');

for (const [what, ok] of [
  [`${cli} (run pnpm build)`, existsSync(cli)],
  [`${shellPackage} (run pnpm build)`, existsSync(shellPackage)],
  [
    `the AWS CLI v2 (${awsCli})`,
    spawnSync(awsCli, ['--version'], { encoding: 'utf8' }).stdout?.startsWith('aws-cli/2'),
  ],
]) {
  if (!ok) {
    console.error(`check: missing ${what}`);
    process.exit(2);
  }
}

/** Whether `shell` runs here. */
function available(shell) {
  const probe = {
    cmd: ['cmd.exe', '/d', '/c', 'exit 0'],
    pwsh: ['pwsh', '-NoProfile', '-Command', 'exit 0'],
    powershell: ['powershell', '-NoProfile', '-Command', 'exit 0'],
    bash: ['bash', '-c', 'exit 0'],
    zsh: ['zsh', '-f', '-c', 'exit 0'],
    fish: ['fish', '--no-config', '-c', 'exit 0'],
  }[shell];
  return spawnSync(probe[0], probe.slice(1)).status === 0;
}
const shellsHere = ['pwsh', 'powershell', 'cmd', 'bash', 'zsh', 'fish'].filter(
  (shell) =>
    (windows ? ['pwsh', 'powershell', 'cmd'] : ['pwsh', 'bash', 'zsh', 'fish']).includes(shell) &&
    available(shell),
);
for (const shell of required) {
  if (!shellsHere.includes(shell)) {
    console.error(`check: ${shell} is required (--require) but does not run here`);
    process.exit(2);
  }
}

// --- A temporary user profile and a sandbox with an MFA user (the seed article's admin side).
const work = mkdtempSync(join(tmpdir(), 'awsmfa-check-'));
const profileDir = join(work, 'profile');
const bin = join(work, 'bin');
mkdirSync(join(profileDir, '.aws'), { recursive: true });
mkdirSync(bin);
const env = {
  ...process.env,
  USERPROFILE: profileDir,
  // On Windows the AWS CLI v2 and awsmfa read USERPROFILE; a HOME pointing elsewhere (as Git Bash
  // sets it) must not matter. Elsewhere HOME is the home.
  HOME: windows ? join(work, 'not-the-home') : profileDir,
  AWS_PAGER: '',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  AWSMFA_CHECK_NODE: process.execPath,
  AWSMFA_CHECK_CLI: cli,
};
delete env.AWS_PROFILE;
delete env.AWS_ACCESS_KEY_ID;
delete env.AWS_SECRET_ACCESS_KEY;
delete env.AWS_SESSION_TOKEN;
delete env.AWS_CONFIG_FILE;
delete env.AWS_SHARED_CREDENTIALS_FILE;
delete env.AWSMFA_CACHE_DIR;
// `awsmfa` on PATH, as an npm install provides it: a .cmd shim on Windows, a script elsewhere.
if (windows) {
  writeFileSync(join(bin, 'awsmfa.cmd'), '@"%AWSMFA_CHECK_NODE%" "%AWSMFA_CHECK_CLI%" %*\r\n');
} else {
  writeFileSync(join(bin, 'awsmfa'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`, {
    mode: 0o755,
  });
}
const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
env[pathKey] = `${bin}${windows ? ';' : ':'}${env[pathKey]}`;

const children = new Set();
let failures = 0;
function cleanUp() {
  for (const child of children) child.kill();
  try {
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  } catch (error) {
    console.error(`check: could not remove ${work}: ${error.message}`);
  }
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Runs a program to completion; returns status, stdout, stderr (strings). */
function run(program, args, options = {}) {
  const result = spawnSync(program, args, {
    env: options.env ?? env,
    encoding: 'utf8',
    input: options.input,
    windowsVerbatimArguments: options.verbatim,
    timeout: 120_000,
    cwd: options.cwd ?? work,
  });
  // Windows programs end lines with CRLF; the checks read lines.
  const text = (stream) => (stream ?? '').replaceAll('\r\n', '\n');
  return { status: result.status, stdout: text(result.stdout), stderr: text(result.stderr) };
}
const awsmfa = (...args) => run(process.execPath, [cli, ...args]);

/** Records one check; `body` throws (or returns a string to print) . */
async function check(name, body) {
  try {
    const note = await body();
    console.log(`ok    ${name}${note ? ` — ${note}` : ''}`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${name}\n      ${String(error?.message ?? error).replaceAll('\n', '\n      ')}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const sandbox = spawn(process.execPath, [cli, 'sandbox', '--port', '0', '--json'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
children.add(sandbox);
const first = await new Promise((ok) => {
  createInterface({ input: sandbox.stdout }).once('line', ok);
  sandbox.once('exit', () => ok(undefined));
});
if (!first) {
  console.error('check: the sandbox did not start');
  process.exit(1);
}
const box = JSON.parse(first);
const endpoint = box.endpoint;
const ep = ['--endpoint-url', endpoint];
env.AWS_DEFAULT_REGION = box.region;
// awsmfa reads AWS_ENDPOINT_URL, so the hook and credential_process reach the sandbox; the AWS CLI
// gets --endpoint-url (2.9 ignores the variable).
env.AWS_ENDPOINT_URL = endpoint;
env.ENDPOINT = endpoint;
writeFileSync(
  join(profileDir, '.aws', 'credentials'),
  `[sandbox-admin]\naws_access_key_id = ${box.accessKeyId}\naws_secret_access_key = ${box.secretAccessKey}\n`,
);
const setupSteps = [
  [
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
    '--csv-out',
    join(work, 'keys'),
    '--yes',
  ],
  ['import', join(work, 'keys', 'cli-user_credentials.csv')],
];
for (const step of setupSteps) {
  const result = awsmfa(...step);
  if (result.status !== 0) {
    console.error(`check: awsmfa ${step[0]} failed: ${result.stderr}`);
    process.exit(1);
  }
}
const created = awsmfa('enroll', '--profile', 'cli-user', ...ep, '--keep', '--show-secret');
const secret = /Secret key for manual entry[^:]*: ([A-Z2-7]+)/.exec(created.stderr)?.[1];
if (!secret) {
  console.error(`check: enroll gave no secret: ${created.stderr}`);
  process.exit(1);
}
const { generateSync } = await import(
  pathToFileURL(createRequire(join(root, 'packages', 'cli', 'package.json')).resolve('otplib')).href
);
const phone = (offset = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });
const enabled = awsmfa('enroll', '--profile', 'cli-user', ...ep, '--code1', phone(-1), '--code2', phone(0));
if (enabled.status !== 0) {
  console.error(`check: enroll failed: ${enabled.stderr}`);
  process.exit(1);
}
// One session (waits for the next code: the current one enabled the device); later calls hit the cache.
const primed = awsmfa('env', '--profile', 'cli-user', '--shell', 'json', '--code', await nextCode());
if (primed.status !== 0) {
  console.error(`check: the first session failed: ${primed.stderr}`);
  process.exit(1);
}
console.log(
  `sandbox ${endpoint}, user cli-user enrolled, a session cached; shells here: ${shellsHere.join(', ')}\n`,
);

/** The code of the next 30-s step, once it is current (a code is accepted once). */
async function nextCode() {
  const now = Date.now() / 1000;
  await new Promise((done) => setTimeout(done, (30 - (now % 30) + 1) * 1000));
  return phone(0);
}

// Values that break a naive quoter, and UTF-8 whose bytes read as a quote in cp932 and cp1252.
const hostile = [
  "it's",
  'a\u2019b\u2018c\u201ad\u201be',
  '\u0101e; New-Item MARKER; #',
  '\u0142; New-Item MARKER; #',
  'C:\\Users\\Jos\u00e9\\\u65e5\u672c\u8a9e',
  '$(New-Item MARKER) `n $env:PATH',
  'line1\nline2',
  '\u{1f511} key',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY+/=',
];
const renderScript = join(work, 'render.mjs');
writeFileSync(
  renderScript,
  `import { renderEnv } from ${JSON.stringify(pathToFileURL(shellPackage).href)};\nconst values = ${JSON.stringify(hostile)};\nprocess.stdout.write(renderEnv('pwsh', { set: Object.fromEntries(values.map((v, i) => ['V' + i, v])), unset: ['NEVER_SET'] }));\n`,
);

/** Runs a PowerShell script file with `shell` (pwsh or powershell). */
function powershell(shell, script) {
  const file = join(work, `check-${Math.random().toString(36).slice(2)}.ps1`);
  // UTF-8 with BOM: Windows PowerShell reads a BOM-less script in the ANSI code page.
  writeFileSync(file, `\ufeff${script}`);
  return run(shell, ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', file]);
}
const awsmfaFunction = `function awsmfa { & $env:AWSMFA_CHECK_NODE $env:AWSMFA_CHECK_CLI @args }`;

for (const shell of shellsHere.filter((s) => s === 'pwsh' || s === 'powershell')) {
  await check(`${shell}: awsmfa env | Out-String | Invoke-Expression, then the AWS CLI gets through`, () => {
    const result = powershell(
      shell,
      `$ErrorActionPreference = 'Stop'
${awsmfaFunction}
awsmfa env --profile cli-user --shell pwsh | Out-String | Invoke-Expression
if (-not $env:AWS_SESSION_TOKEN) { throw 'no session' }
& '${awsCli}' s3 ls --endpoint-url $env:ENDPOINT
if ($LASTEXITCODE -ne 0) { throw "aws s3 ls: $LASTEXITCODE" }
'done'`,
    );
    expect(result.status === 0 && result.stdout.includes('done'), `${result.stdout}\n${result.stderr}`);
  });

  for (const codePage of [932, 1252, 65001]) {
    await check(
      `${shell}: hostile values come back exactly with [Console]::OutputEncoding = ${codePage}`,
      () => {
        const result = powershell(
          shell,
          `$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::GetEncoding(${codePage})
& $env:AWSMFA_CHECK_NODE '${renderScript}' | Out-String | Invoke-Expression
if (Test-Path MARKER) { throw 'a value ran a command' }
0..${hostile.length - 1} | ForEach-Object { "V$_=" + [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes((Get-Item "Env:V$_").Value)) }
"errors=$($Error.Count)"`,
        );
        expect(result.status === 0, result.stderr);
        hostile.forEach((value, i) => {
          const b64 = new RegExp(`^V${i}=(.*)$`, 'm').exec(result.stdout)?.[1]?.trim();
          const back = b64 === undefined ? undefined : Buffer.from(b64, 'base64').toString('utf16le');
          expect(back === value, `V${i}: ${JSON.stringify(value)} came back as ${JSON.stringify(back)}`);
        });
        expect(/^errors=0\s*$/m.test(result.stdout), `Remove-Item left records in $Error: ${result.stdout}`);
      },
    );
  }

  await check(
    `${shell}: the prompt hook under Set-StrictMode, beside a theme's prompt, surfacing awsmfa's errors`,
    () => {
      const result = powershell(
        shell,
        `Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
${awsmfaFunction}
function global:prompt { 'theme> ' }
awsmfa hook pwsh | Out-String | Invoke-Expression
awsmfa hook pwsh | Out-String | Invoke-Expression
awsmfa env --profile cli-user --shell pwsh | Out-String | Invoke-Expression
# Pretend the session expires in a minute: the hook asks awsmfa, which serves the cached one.
$env:AWSMFA_SESSION_EXPIRES_EPOCH = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds() + 60
$env:AWS_ACCESS_KEY_ID = 'OLD'
"prompt=$(prompt)"
"key=$env:AWS_ACCESS_KEY_ID"
# A theme defined after the hook replaces it; running the hook line again wraps the theme.
function global:prompt { 'theme2> ' }
awsmfa hook pwsh | Out-String | Invoke-Expression
"wrapped=$("$function:prompt" -match '__awsmfa_hook')"
"prompt2=$(prompt)"
# awsmfa failing: its message and the hook's line reach stderr.
$env:AWSMFA_PROFILE = 'no-such-profile'
$env:AWSMFA_SESSION_EXPIRES_EPOCH = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds() + 60
$null = prompt
'done'`,
      );
      expect(result.status === 0 && result.stdout.includes('done'), `${result.stdout}\n${result.stderr}`);
      expect(/^prompt=theme> $/m.test(result.stdout), `the wrapped prompt: ${result.stdout}`);
      expect(/^key=ASIA/m.test(result.stdout), `the hook did not refresh: ${result.stdout}`);
      expect(
        /^wrapped=True$/m.test(result.stdout) && /^prompt2=theme2> $/m.test(result.stdout),
        result.stdout,
      );
      expect(result.stderr.includes('no-such-profile'), `awsmfa's error is not shown: ${result.stderr}`);
      expect(
        result.stderr.includes('awsmfa hook: the session of profile no-such-profile was not refreshed'),
        result.stderr,
      );
    },
  );

  await check(
    `${shell}: awsmfa at a non-ASCII path: its hook is ASCII and finds it under code page 932`,
    () => {
      // The cache-hit path of env is one self-contained file (dist/cli.js), so a copy of it runs.
      const folder = join(work, 'Jos\u00e9 \u65e5\u672c');
      mkdirSync(folder, { recursive: true });
      for (const file of ['cli.js', 'package.json']) {
        writeFileSync(join(folder, file), readFileSync(join(root, 'packages', 'cli', 'dist', file)));
      }
      const copy = join(folder, 'cli.js');
      const text = run(process.execPath, [copy, 'hook', 'pwsh']).stdout;
      expect(/^[\x20-\x7e\n]*$/.test(text), 'the hook is not pure ASCII');
      const result = powershell(
        shell,
        `Set-StrictMode -Version Latest
[Console]::OutputEncoding = [System.Text.Encoding]::GetEncoding(932)
& $env:AWSMFA_CHECK_NODE '${copy.replaceAll("'", "''")}' hook pwsh | Out-String | Invoke-Expression
$printed = __awsmfa_self env --profile cli-user --shell json | Out-String
"rc=$LASTEXITCODE"
$printed`,
      );
      expect(
        /^rc=0$/m.test(result.stdout) && result.stdout.includes('AWS_SESSION_TOKEN'),
        `${result.stdout}\n${result.stderr}`,
      );
    },
  );
}

if (shellsHere.includes('cmd')) {
  await check('cmd: for /f … do @%%i in a batch file sets the session', () => {
    const batch = join(work, 'env.cmd');
    writeFileSync(
      batch,
      `@echo off\r\nfor /f "delims=" %%i in ('awsmfa env --profile cli-user --shell cmd') do @%%i\r\necho key=%AWS_ACCESS_KEY_ID%\r\n"${awsCli}" s3 ls --endpoint-url %ENDPOINT% >nul && echo s3=ok\r\n`,
    );
    const result = run('cmd.exe', ['/d', '/c', batch]);
    expect(
      /^key=ASIA/m.test(result.stdout) && /^s3=ok/m.test(result.stdout),
      `${result.stdout}\n${result.stderr}`,
    );
  });

  await check("cmd: the README's line at a prompt (echo on) prints no secret", () => {
    const line = `for /f "delims=" %i in ('awsmfa env --profile cli-user --shell cmd') do @%i`;
    const result = run('cmd.exe', ['/d', '/s', '/c', `"${line}"`], { verbatim: true });
    expect(result.status === 0, result.stderr);
    expect(!result.stdout.includes('AWS_SECRET_ACCESS_KEY'), `echoed: ${result.stdout}`);
  });

  await check('exec: an npm .cmd shim gets its arguments intact', () => {
    writeFileSync(
      join(bin, 'echo-args.cjs'),
      'console.log(JSON.stringify({ args: process.argv.slice(2), session: !!process.env.AWS_SESSION_TOKEN }));\n',
    );
    writeFileSync(join(bin, 'echo-args.cmd'), '@"%AWSMFA_CHECK_NODE%" "%~dp0\\echo-args.cjs" %*\r\n');
    const args = ['a b', 'x&y', '^c', "it's", '(p)', '!x!', 'C:\\dir with space\\'];
    const result = awsmfa('exec', '--profile', 'cli-user', '--', 'echo-args', ...args);
    const out = JSON.parse(result.stdout.trim() || '{}');
    expect(
      JSON.stringify(out.args) === JSON.stringify(args) && out.session,
      `${result.stdout}\n${result.stderr}`,
    );
  });

  await check('Windows: an AWSMFA_CACHE_DIR outside the user profile is refused (exit 3)', () => {
    const result = run(process.execPath, [cli, 'env', '--profile', 'cli-user', '--shell', 'json'], {
      env: { ...env, AWSMFA_CACHE_DIR: join(work, 'shared-cache') },
    });
    expect(
      result.status === 3 && result.stderr.includes('AWSMFA_CACHE_DIR_OUTSIDE_PROFILE=1'),
      result.stderr,
    );
  });
}

for (const shell of shellsHere.filter((s) => ['bash', 'zsh', 'fish'].includes(s))) {
  const [program, ...flags] = {
    bash: ['bash', '--noprofile', '--norc', '-c'],
    zsh: ['zsh', '-f', '-c'],
    fish: ['fish', '--no-config', '-c'],
  }[shell];
  const evaluate =
    shell === 'fish' ? 'awsmfa env --profile cli-user | source' : 'eval "$(awsmfa env --profile cli-user)"';
  await check(`${shell}: ${evaluate} (shell detected, no --shell), then the AWS CLI gets through`, () => {
    const result = run(program, [
      ...flags,
      `${evaluate}; "${awsCli}" s3 ls --endpoint-url "$ENDPOINT" && echo "key=$AWS_ACCESS_KEY_ID"`,
    ]);
    expect(/^key=ASIA/m.test(result.stdout), `${result.stdout}\n${result.stderr}`);
  });
  await check(
    `${shell}: behind sh -c (as npm, pnpm and yarn run scripts) the code is still ${shell}'s`,
    () => {
      const result = run(
        program,
        [...flags, `sh -c 'awsmfa env --profile cli-user' > "$PRINTED"; cat "$PRINTED"`],
        {
          env: { ...env, PRINTED: join(work, 'printed') },
        },
      );
      const form = shell === 'fish' ? /^set -gx AWS_ACCESS_KEY_ID /m : /^export AWS_ACCESS_KEY_ID=/m;
      expect(form.test(result.stdout), result.stdout + result.stderr);
    },
  );
}

await check(
  'credential_process: the AWS CLI v2 and the JS SDK both run the line setup-credential-process wrote',
  async () => {
    const setup = awsmfa('setup-credential-process', '--profile', 'cli-user', ...ep);
    expect(setup.status === 0, setup.stderr);
    const line = /credential_process = (.*)/.exec(setup.stderr)?.[1];
    const viaCli = run(awsCli, [
      'sts',
      'get-caller-identity',
      '--profile',
      'cli-user-mfa',
      ...ep,
      '--output',
      'text',
    ]);
    expect(viaCli.status === 0 && viaCli.stdout.includes(':user/cli-user'), `AWS CLI: ${viaCli.stderr}`);
    const sdk = createRequire(join(root, 'packages', 'cli', 'package.json'));
    const { STSClient, GetCallerIdentityCommand } = await import(
      pathToFileURL(sdk.resolve('@aws-sdk/client-sts')).href
    );
    const saved = { ...process.env };
    // The JS SDK looks for the home in HOME first (the AWS CLI v2 does not on Windows): name the files.
    Object.assign(process.env, {
      AWS_CONFIG_FILE: join(profileDir, '.aws', 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(profileDir, '.aws', 'credentials'),
      USERPROFILE: env.USERPROFILE,
      HOME: env.HOME,
      AWS_PROFILE: 'cli-user-mfa',
    });
    try {
      const identity = await new STSClient({ region: box.region, endpoint }).send(
        new GetCallerIdentityCommand({}),
      );
      expect(identity.Arn?.endsWith(':user/cli-user'), `JS SDK: ${identity.Arn}`);
    } finally {
      process.env = saved;
    }
    return line;
  },
);

if (interactive) {
  await check('the code prompt on this console (type the code it shows)', async () => {
    await nextCode();
    console.log(`      the current code is ${phone(0)}; type it at the prompt`);
    const child = spawn(
      process.execPath,
      [cli, 'env', '--profile', 'cli-user', '--refresh', '--shell', 'json'],
      {
        stdio: ['inherit', 'pipe', 'inherit'],
      },
    );
    const status = await new Promise((done) => child.once('exit', done));
    expect(status === 0, `exit ${status}`);
  });
}

await check('mfa_process with quotes and spaces reaches its program intact (a fresh session)', async () => {
  const folder = join(work, 'phone dir');
  mkdirSync(folder);
  writeFileSync(
    join(folder, 'phone.mjs'),
    `import { generateSync } from ${JSON.stringify(pathToFileURL(createRequire(join(root, 'packages', 'cli', 'package.json')).resolve('otplib')).href)};\nif (process.argv[2] !== 'arg with space') { console.error('argv: ' + JSON.stringify(process.argv.slice(2))); process.exit(9); }\nconsole.log(generateSync({ secret: ${JSON.stringify(secret)} }));\n`,
  );
  const command = windows
    ? `"${process.execPath}" "${join(folder, 'phone.mjs')}" "arg with space"`
    : `'${process.execPath}' '${join(folder, 'phone.mjs')}' 'arg with space'`;
  const set = run(awsCli, ['configure', 'set', 'mfa_process', command, '--profile', 'cli-user']);
  expect(set.status === 0, set.stderr);
  await nextCode();
  const result = awsmfa('env', '--profile', 'cli-user', '--refresh', '--shell', 'json');
  expect(result.status === 0 && JSON.parse(result.stdout || '{}').AWS_SESSION_TOKEN, result.stderr);
});

await check('shell detection: what `awsmfa env` picks without --shell here, and what detecting costs', () => {
  const parentShell = windows ? (shellsHere.includes('pwsh') ? 'pwsh' : 'powershell') : 'bash';
  const timeRuns = (extra) => {
    const times = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      const result = awsmfa('env', '--profile', 'cli-user', ...extra);
      times.push(performance.now() - start);
      expect(result.status === 0, result.stderr);
    }
    return times.sort((a, b) => a - b)[5];
  };
  const detected = timeRuns([]);
  const named = timeRuns(['--shell', 'bash']);
  const picked = windows
    ? powershell(
        parentShell,
        `& $env:AWSMFA_CHECK_NODE $env:AWSMFA_CHECK_CLI env --profile cli-user`,
      ).stdout.split('\n')[0]
    : run('bash', [
        '-c',
        'code="$(awsmfa env --profile cli-user)"; printf "%s\\n" "$code" | head -1',
      ]).stdout.trim();
  return `from ${parentShell}: "${picked.slice(0, 40)}…"; median ${detected.toFixed(1)} ms detected vs ${named.toFixed(1)} ms with --shell`;
});

console.log(failures === 0 ? '\nall checks passed' : `\n${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
