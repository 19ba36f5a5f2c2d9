#!/usr/bin/env node
import { runFastPath } from './fastPath.js';

// Built as CommonJS (see tsup.config.ts): Node starts a CommonJS entry ~6 ms faster than an ES
// module, a quarter of `node -e 0`. Hence no top-level await here.
const argv = process.argv.slice(2);
// A cached session is printed without loading yargs or the AWS SDK; everything else, errors
// included, goes through the full CLI, loaded only then.
runFastPath(argv, process.env)
  .then(async (fast) => {
    if (fast !== undefined) {
      process.exitCode = fast;
      return;
    }
    // A separate ES module bundle; the path is resolved at run time next to this file.
    const { main } = (await import('./main.mjs' as string)) as typeof import('./main.js');
    process.exitCode = await main(argv);
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `awsmfa: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 1;
  });
