// The arithmetic behind `pnpm test`'s closing line, kept apart from the I/O so it can be tested on
// synthetic reports (scripts/summarizeTestRun.test.mjs). What vitest 4.1's JSON report says for
// each kind of failure, checked by making each happen in a scratch project:
//   - a failing test: `numFailedTests`, and its file has status "failed";
//   - a throwing `beforeAll`: the file's tests are "skipped" (counted in `numPendingTests`), the
//     file has status "failed" and an empty message;
//   - a throwing `afterAll`: the file's tests stay "passed", the file has status "failed";
//   - a file that fails to load: status "failed", the error in `message`, no tests at all;
//   - an unhandled error: nothing in the report (`success` stays true); only vitest's exit code
//     tells, which turbo's run summary records per task.

/**
 * @typedef {{ status: string, title: string }} AssertionResult
 * @typedef {{ name: string, status: string, message?: string, assertionResults: AssertionResult[] }} FileResult
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number,
 *   numTodoTests?: number, testResults: FileResult[] }} VitestReport
 * @typedef {{ package: string, task: string, exitCode: number | undefined }} TaskResult
 * @typedef {{ dir: string, name: string, hasTests: boolean, report: VitestReport | undefined }} PackageRun
 * @typedef {{ passed: number, failed: number, skipped: number, problems: string[] }} TestRunSummary
 */

/**
 * Totals of one `pnpm test` run. Every failure counts: failed tests, test files whose hooks threw
 * or that did not load, a vitest run that failed without a failed test (an unhandled error), a
 * package whose tests did not run, and every other turbo task (typecheck, lint, build) that failed.
 * `problems` names each failure that is not a failed test, by package and task.
 *
 * @param {{ packages: PackageRun[], tasks: TaskResult[] | undefined, turboExitCode: number | null }} run
 * @returns {TestRunSummary}
 */
export function summarizeTestRun({ packages, tasks, turboExitCode }) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const problems = [];
  const exitCodeOf = (name, task) => tasks?.find((t) => t.package === name && t.task === task)?.exitCode;

  for (const { dir, name, hasTests, report } of packages) {
    if (!report) {
      if (hasTests) {
        failed += 1;
        problems.push(`${name}: no test report: its tests did not run`);
      }
      continue;
    }
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    let failuresInReport = report.numFailedTests;
    for (const file of report.testResults) {
      if (file.status !== 'failed') continue;
      if (file.assertionResults.some((test) => test.status === 'failed')) continue;
      // The file failed, but none of its tests did: a hook threw, or the file did not load.
      failed += 1;
      failuresInReport += 1;
      const what =
        file.assertionResults.length === 0
          ? 'failed to load'
          : file.assertionResults.every((test) => test.status === 'skipped')
            ? 'a beforeAll/beforeEach hook failed, so its tests did not run'
            : 'a hook (afterAll/afterEach) failed';
      const message = file.message ? `: ${firstLine(file.message)}` : '';
      problems.push(`${relativeTo(dir, file.name)}: ${what}${message}`);
    }
    const testExit = exitCodeOf(name, 'test');
    if (testExit !== undefined && testExit !== 0 && failuresInReport === 0) {
      failed += 1;
      problems.push(
        `${name}: vitest exited ${testExit} though no test failed: an unhandled error (see its output above)`,
      );
    }
  }

  for (const task of tasks ?? []) {
    if (task.task === 'test' || task.exitCode === undefined || task.exitCode === 0) continue;
    failed += 1;
    problems.push(
      `${task.package}#${task.task} failed with exit code ${task.exitCode} (see its output above)`,
    );
  }
  if (turboExitCode !== 0 && failed === 0) {
    failed += 1;
    problems.push(
      tasks === undefined
        ? `turbo exited ${turboExitCode ?? 'by a signal'} and wrote no run summary (see its output above)`
        : `turbo exited ${turboExitCode ?? 'by a signal'} though every task succeeded (see its output above)`,
    );
  }
  return { passed, failed, skipped, problems };
}

/** The closing line CI reads: `N passed, N failed` (and `, N skipped` when any were). */
export function closingLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

function firstLine(text) {
  return text.split('\n', 1)[0].trim();
}

function relativeTo(dir, file) {
  const at = file.indexOf(`/${dir}/`);
  return at < 0 ? file : file.slice(at + 1);
}
