#!/usr/bin/env node
// First: on a Node older than 20.19 it exits with a one-line error before anything else loads.
import './exitOnUnsupportedNode.js';
import { writeSync } from 'node:fs';
import { cliJapanese, cliText, localeOf, renderMessage } from '@awsmfa/core';
import { runHookFast } from './commands/hook.js';
import { runFastPath } from './fastPath.js';
import { loadBundle } from './loadBundle.js';
import { parseSessionArgv } from './sessionArgv.js';
import { version } from './version.js';

// Three bundles (see tsup.config.ts), so each command line loads only what it needs:
//   cli.js      this file: a cached session for `env`/`credential-process` (no yargs, no SDK),
//               `hook <shell>`, which every new shell runs, and `--version`;
//   session.js  those two commands without yargs (the SDK only when a request is made);
//   main.js     the yargs CLI: every other command, --help, and usage errors.
// Built as CommonJS: Node starts a CommonJS entry ~6 ms faster than an ES module, a quarter of
// `node -e 0`. Hence no top-level await.
const argv = process.argv.slice(2);

async function run(): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    writeSync(1, `${version}\n`);
    return 0;
  }
  // A child process of awsmfa itself that makes one OS keyring call (see osKeyring.ts).
  if (argv.length === 1 && argv[0] === '__keyring-worker') return loadBundle('session').runKeyringWorker();
  const hook = runHookFast(argv);
  if (hook !== undefined) return hook;
  const line = parseSessionArgv(argv);
  if (line) {
    const fast = runFastPath(line, process.env);
    if (fast !== undefined) return fast;
    return loadBundle('session').runSessionCommand(line);
  }
  return loadBundle('main').main(argv);
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const japanese = localeOf(process.env) === 'ja' ? { cli: cliJapanese } : undefined;
    const label = renderMessage(cliText.unexpectedErrorLabel(), japanese);
    process.stderr.write(`${label} ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
