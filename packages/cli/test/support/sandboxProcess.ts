// `awsmfa sandbox --port 0 --json …` as a separate process (as IAM would be), for tests that need
// what only the command sets up, such as generated users.
import { spawn } from 'node:child_process';
import { onTestFinished } from 'vitest';
import { cliPath } from './awsmfa.js';

/** What `sandbox --json` prints on its first line. */
export interface SandboxInfo {
  endpoint: string;
  accountId: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** With --accounts. */
  organization?: { id: string; accountIds: string[]; roleName: string };
}

/** Starts the sandbox with `args`, stopped when the test finishes; resolves with its first line. */
export function startSandboxProcess(args: readonly string[]): Promise<SandboxInfo> {
  const child = spawn(process.execPath, [cliPath, 'sandbox', '--port', '0', '--json', ...args], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      LANG: 'C.UTF-8',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.includes('\n')) resolve(JSON.parse(stdout.slice(0, stdout.indexOf('\n'))) as SandboxInfo);
    });
    child.on('close', (status) => reject(new Error(`sandbox exited ${status}: ${stderr}`)));
  });
}
