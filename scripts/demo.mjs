// `pnpm demo`: the main job on the embedded default, growing as features land.
// Today: the CLI answers, and the shell package renders a session for every shell.
import { spawnSync } from 'node:child_process';

const cli = 'packages/cli/dist/cli.js';
const run = (args) => {
  console.log(`\n$ awsmfa ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['--version']);
run(['--help']);
