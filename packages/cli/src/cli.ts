#!/usr/bin/env node
import { runHookFast } from './commands/hook.js';
import { runFastPath } from './fastPath.js';
import { parseSessionArgv } from './sessionArgv.js';

// Three bundles (see tsup.config.ts), so each command line loads only what it needs:
//   cli.js      this file: a cached session for `env`/`credential-process` (no yargs, no SDK),
//               and `hook <shell>`, which every new shell runs;
//   session.js  those two commands without yargs (the SDK only when a request is made);
//   main.mjs    the yargs CLI: every other command, --help, and usage errors.
// Built as CommonJS: Node starts a CommonJS entry ~6 ms faster than an ES module, a quarter of
// `node -e 0`. Hence no top-level await.
const argv = process.argv.slice(2);

async function run(): Promise<number> {
  const hook = runHookFast(argv);
  if (hook !== undefined) return hook;
  const line = parseSessionArgv(argv);
  if (line) {
    const fast = runFastPath(line, process.env);
    if (fast !== undefined) return fast;
    const { runSessionCommand } = (await import(
      './session.js' as string
    )) as typeof import('./runSessionCommand.js');
    return runSessionCommand(line);
  }
  const { main } = (await import('./main.mjs' as string)) as typeof import('./main.js');
  return main(argv);
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `awsmfa: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
