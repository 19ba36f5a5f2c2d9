#!/usr/bin/env node
// `pnpm bench`, part 2: `awsmfa admin audit` at the size of real accounts, against a local
// `awsmfa sandbox --users N` (a separate process, as IAM would be), for N = 100, 1,000 and 10,000.
//
//   before: the per-user design awsmfa had until #15 (core's adminAuditOneByOne: ListUsers, then
//           ListMFADevices, ListGroupsForUser, the user's and groups' policies, ListAccessKeys,
//           GetAccessKeyLastUsed per user), in process, requests counted at the client.
//   after:  the bulk design (core's adminAudit: GetAccountAuthorizationDetails, the credential
//           report, ListVirtualMFADevices), in process with requests counted, and the real CLI
//           end to end (`awsmfa admin audit --json`, node start included).
//
// Targets (issue #15): requests ≤ 10 + users/100, and 10,000 users in under 10 s with the CLI.
// Knobs: BENCH_AUDIT_SIZES (default 100,1000,10000), BENCH_AUDIT_BEFORE_MAX (largest size the
// slow per-user audit runs at; default 10000).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IAMClient } from '@aws-sdk/client-iam';
import { adminAudit, adminAuditOneByOne } from '@awsmfa/core';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const sizes = (process.env.BENCH_AUDIT_SIZES ?? '100,1000,10000').split(',').map(Number);
const beforeMax = Number(process.env.BENCH_AUDIT_BEFORE_MAX ?? 10_000);
if (!existsSync(cli)) {
  console.error(`bench: missing ${cli} (run pnpm build)`);
  process.exit(1);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const rows = [];
for (const users of sizes) rows.push(await benchSize(users));

console.log(
  `\n## admin audit (${new Date().toISOString()}, node ${process.version}, ${(await import('node:os')).cpus().length} CPUs)\n`,
);
console.log(
  '| users | before: requests | before: s | after: requests | after: s | after, CLI end to end: s | request goal (≤ 10 + users/100) |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) {
  const goal = 10 + row.users / 100;
  console.log(
    `| ${row.users.toLocaleString('en')} | ${row.before ? row.before.requests.toLocaleString('en') : 'skipped'} | ${row.before ? seconds(row.before.ms) : '-'} | ${row.after.requests} | ${seconds(row.after.ms)} | ${seconds(row.cliMs)} | ${row.after.requests <= goal ? 'met' : 'MISSED'} (${goal}) |`,
  );
}
const largest = rows.find((row) => row.users === 10_000);
if (largest) {
  console.log(
    `\n- ${largest.cliMs < 10_000 ? 'met' : 'MISSED'}: 10,000 users audited by the CLI in under 10 s (${seconds(largest.cliMs)} s)`,
  );
}

async function benchSize(users) {
  const home = mkdtempSync(join(tmpdir(), 'awsmfa-bench-audit-'));
  const sandbox = spawn(
    process.execPath,
    [cli, 'sandbox', '--port', '0', '--json', '--users', String(users)],
    {
      env: { ...process.env, HOME: home },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  try {
    const info = JSON.parse(await firstLine(sandbox.stdout));
    const after = await counted(info, (iam) => adminAudit(iam));
    const cliMs = runCli(home, info);
    const before = users <= beforeMax ? await counted(info, (iam) => adminAuditOneByOne(iam)) : undefined;
    if (before && before.exposed !== after.exposed) {
      throw new Error(
        `before and after disagree at ${users} users: ${before.exposed} vs ${after.exposed} exposed`,
      );
    }
    console.error(`bench: ${users} users done`);
    return { users, before, after, cliMs };
  } finally {
    sandbox.kill('SIGTERM');
    rmSync(home, { recursive: true, force: true });
  }
}

/** Runs one audit in process with an IAM client that counts its requests. */
async function counted(info, audit) {
  const iam = new IAMClient({
    endpoint: info.endpoint,
    region: info.region,
    credentials: { accessKeyId: info.accessKeyId, secretAccessKey: info.secretAccessKey },
  });
  let requests = 0;
  const send = iam.send.bind(iam);
  iam.send = (command) => {
    requests += 1;
    return send(command);
  };
  try {
    const started = performance.now();
    const report = await audit(iam);
    return { requests, ms: performance.now() - started, exposed: report.exposed.length };
  } finally {
    iam.destroy();
  }
}

/** `awsmfa admin audit --json` as an administrator would run it; wall time in ms. */
function runCli(home, info) {
  mkdirSync(join(home, '.aws'), { recursive: true, mode: 0o700 });
  writeFileSync(join(home, '.aws', 'config'), '[profile admin]\nregion = us-east-1\n');
  writeFileSync(
    join(home, '.aws', 'credentials'),
    `[admin]\naws_access_key_id = ${info.accessKeyId}\naws_secret_access_key = ${info.secretAccessKey}\n`,
    { mode: 0o600 },
  );
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [cli, 'admin', 'audit', '--json', '--profile', 'admin', '--endpoint-url', info.endpoint],
    { env: { ...process.env, HOME: home }, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const ms = performance.now() - started;
  // The generated accounts hold users without MFA: exit 32 is the expected answer.
  if (result.status !== 32) throw new Error(`admin audit exited ${result.status}: ${result.stderr}`);
  return ms;
}

function firstLine(stream) {
  return new Promise((resolve, reject) => {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('\n')) resolve(buffer.slice(0, buffer.indexOf('\n')));
    });
    stream.on('end', () => reject(new Error('the sandbox did not start')));
  });
}

function seconds(ms) {
  return (ms / 1000).toFixed(2);
}
