import { describe, expect, it } from 'vitest';
import { closingLine, summarizeTestRun } from './summarizeTestRun.mjs';

// Reports shaped as vitest 4.1.12 writes them for each case (see summarizeTestRun.mjs).
const test = (title, status) => ({ title, status });
const file = (name, status, tests, message = '') => ({
  name: `/repo/packages/core/test/${name}`,
  status,
  message,
  assertionResults: tests,
});
const report = (files) => {
  const tests = files.flatMap((f) => f.assertionResults);
  const count = (...statuses) => tests.filter((t) => statuses.includes(t.status)).length;
  return {
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('skipped'),
    numTodoTests: count('todo'),
    testResults: files,
  };
};
const core = (files) => ({
  dir: 'packages/core',
  name: '@awsmfa/core',
  hasTests: true,
  report: report(files),
});
const tasks = (exitCodes) =>
  Object.entries(exitCodes).map(([id, exitCode]) => {
    const [pkg, task] = id.split('#');
    return { package: pkg, task, exitCode };
  });
const allPassed = tasks({ '@awsmfa/core#typecheck': 0, '@awsmfa/core#lint': 0, '@awsmfa/core#test': 0 });
const passing = file('ok.test.ts', 'passed', [test('a', 'passed'), test('b', 'skipped'), test('c', 'todo')]);

describe('summarizeTestRun', () => {
  it('a clean run: passed, skipped and todo counted, nothing failed', () => {
    const summary = summarizeTestRun({ packages: [core([passing])], tasks: allPassed, turboExitCode: 0 });
    expect(summary).toEqual({ passed: 1, failed: 0, skipped: 2, problems: [] });
    expect(closingLine(summary)).toBe('1 passed, 0 failed, 2 skipped');
    expect(closingLine({ passed: 3, failed: 0, skipped: 0 })).toBe('3 passed, 0 failed');
  });

  it('a failed test counts once, and its file is not counted again', () => {
    const failing = file('bad.test.ts', 'failed', [test('a', 'failed'), test('b', 'passed')]);
    const summary = summarizeTestRun({
      packages: [core([passing, failing])],
      tasks: tasks({ '@awsmfa/core#test': 1 }),
      turboExitCode: 1,
    });
    expect(summary).toMatchObject({ passed: 2, failed: 1, problems: [] });
  });

  it('a throwing beforeAll (its tests reported skipped) is a failure, not only skips', () => {
    const hook = file('hook.test.ts', 'failed', [test('a', 'skipped'), test('b', 'skipped')]);
    const summary = summarizeTestRun({
      packages: [core([passing, hook])],
      tasks: tasks({ '@awsmfa/core#test': 1 }),
      turboExitCode: 1,
    });
    expect(summary).toEqual({
      passed: 1,
      failed: 1,
      skipped: 4,
      problems: [
        'packages/core/test/hook.test.ts: a beforeAll/beforeEach hook failed, so its tests did not run',
      ],
    });
  });

  it('a throwing afterAll (its tests reported passed) is a failure', () => {
    const hook = file('after.test.ts', 'failed', [test('a', 'passed')], 'Error: afterAll boom\n    at x');
    const summary = summarizeTestRun({
      packages: [core([hook])],
      tasks: tasks({ '@awsmfa/core#test': 1 }),
      turboExitCode: 1,
    });
    expect(summary).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      problems: [
        'packages/core/test/after.test.ts: a hook (afterAll/afterEach) failed: Error: afterAll boom',
      ],
    });
  });

  it('a file that does not load is a failure with its message', () => {
    const broken = file('broken.test.ts', 'failed', [], 'SyntaxError: Unexpected token');
    const summary = summarizeTestRun({
      packages: [core([passing, broken])],
      tasks: tasks({ '@awsmfa/core#test': 1 }),
      turboExitCode: 1,
    });
    expect(summary.failed).toBe(1);
    expect(summary.problems).toEqual([
      'packages/core/test/broken.test.ts: failed to load: SyntaxError: Unexpected token',
    ]);
  });

  it('an unhandled error (report all green, vitest exit 1) is a failure', () => {
    const summary = summarizeTestRun({
      packages: [core([passing])],
      tasks: tasks({ '@awsmfa/core#typecheck': 0, '@awsmfa/core#test': 1 }),
      turboExitCode: 1,
    });
    expect(summary).toMatchObject({
      passed: 1,
      failed: 1,
      problems: [
        '@awsmfa/core: vitest exited 1 though no test failed: an unhandled error (see its output above)',
      ],
    });
  });

  it('names the turbo task that failed instead of guessing typecheck or lint', () => {
    const summary = summarizeTestRun({
      packages: [core([passing])],
      tasks: tasks({
        '@awsmfa/core#typecheck': 0,
        '@awsmfa/core#lint': 1,
        '@awsmfa/shell#build': 2,
        '@awsmfa/core#test': 0,
      }),
      turboExitCode: 1,
    });
    expect(summary).toMatchObject({
      failed: 2,
      problems: [
        '@awsmfa/core#lint failed with exit code 1 (see its output above)',
        '@awsmfa/shell#build failed with exit code 2 (see its output above)',
      ],
    });
  });

  it('a package whose tests did not run is a failure; one without tests is not', () => {
    const summary = summarizeTestRun({
      packages: [
        { dir: 'packages/cli', name: 'awsmfa', hasTests: true, report: undefined },
        { dir: 'packages/docs', name: 'docs', hasTests: false, report: undefined },
      ],
      tasks: [],
      turboExitCode: 1,
    });
    expect(summary).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
      problems: ['awsmfa: no test report: its tests did not run'],
    });
  });

  it('turbo failing with no task to blame still fails the run', () => {
    expect(
      summarizeTestRun({ packages: [core([passing])], tasks: undefined, turboExitCode: 1 }),
    ).toMatchObject({
      failed: 1,
      problems: ['turbo exited 1 and wrote no run summary (see its output above)'],
    });
    expect(
      summarizeTestRun({ packages: [core([passing])], tasks: allPassed, turboExitCode: null }),
    ).toMatchObject({
      failed: 1,
      problems: ['turbo exited by a signal though every task succeeded (see its output above)'],
    });
  });
});
