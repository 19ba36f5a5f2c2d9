#!/usr/bin/env node
import { runFastPath } from './fastPath.js';

const argv = process.argv.slice(2);
// A cached session is printed without loading yargs or the AWS SDK; everything else, errors
// included, goes through the full CLI, loaded only then.
const fast = await runFastPath(argv, process.env);
if (fast !== undefined) {
  process.exitCode = fast;
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(argv);
}
