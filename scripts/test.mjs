// `pnpm test`: typecheck, lint and vitest in every package through turbo, then the tests of these
// scripts, then one plain closing line with the totals ("N passed, N failed"), which CI reads.
// Every failure counts (see summarizeTestRun.mjs); non-zero exit on any.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closingLine, summarizeTestRun } from './summarizeTestRun.mjs';

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
const packageDirs = readdirSync('packages').map((name) => join('packages', name));
const scriptsReport = join('scripts', 'vitest-report.json');
// A stale report from an earlier run must not be counted as this run's result.
for (const dir of packageDirs) rmSync(join(dir, 'vitest-report.json'), { force: true });
rmSync(scriptsReport, { force: true });

const started = Date.now();
const turbo = spawnSync(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'typecheck',
    'lint',
    'test',
    '--continue',
    '--summarize',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env },
);
spawnSync(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--config',
    'scripts/vitest.config.mjs',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resolve(scriptsReport)}`,
  ],
  { stdio: 'inherit', env },
);

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const tasks = turboTasks();
const packages = packageDirs.map((dir) => {
  const name = readJson(join(dir, 'package.json'))?.name ?? dir;
  // With a --filter, only the packages turbo was asked to test owe a report.
  const hasTests = tasks
    ? tasks.some((task) => task.package === name && task.task === 'test')
    : existsSync(join(dir, 'vitest.config.ts'));
  return { dir, name, hasTests, report: readJson(join(dir, 'vitest-report.json')) };
});
packages.push({ dir: 'scripts', name: 'scripts', hasTests: true, report: readJson(scriptsReport) });

const summary = summarizeTestRun({ packages, tasks, turboExitCode: turbo.status });
for (const problem of summary.problems) console.error(`FAILED ${problem}`);
console.log(closingLine(summary));
process.exitCode = summary.failed === 0 ? 0 : 1;

/** Each task's exit code from the run summary turbo wrote for this run (`--summarize`). */
function turboTasks() {
  const runs = join('.turbo', 'runs');
  if (!existsSync(runs)) return undefined;
  const latest = readdirSync(runs)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(runs, name))
    .filter((file) => statSync(file).mtimeMs >= started)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (latest === undefined) return undefined;
  const summary = readJson(latest);
  rmSync(latest);
  return summary.tasks.map((task) => ({
    package: task.package,
    task: task.task,
    exitCode: task.execution?.exitCode ?? undefined,
  }));
}
