// `pnpm test`: typecheck, lint and vitest in every package through turbo, then one plain closing
// line with the totals ("N passed, N failed"), which CI reads. Non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const packages = readdirSync('packages').map((name) => join('packages', name));
// A stale report from an earlier run must not be counted as this run's result.
for (const dir of packages) rmSync(join(dir, 'vitest-report.json'), { force: true });

const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'typecheck', 'lint', 'test', '--continue', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      TURBO_TELEMETRY_DISABLED: '1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of packages) {
  const report = join(dir, 'vitest-report.json');
  if (!existsSync(report)) {
    if (existsSync(join(dir, 'vitest.config.ts'))) {
      console.error(`no test report from ${dir}: its tests did not run`);
      failed += 1;
    }
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that failed to load reports no failed tests; count it.
  failed += r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
}
if (turbo.status !== 0 && failed === 0) console.error('typecheck or lint failed (see above)');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = turbo.status === 0 && failed === 0 ? 0 : 1;
