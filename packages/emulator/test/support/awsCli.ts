// Runs the real AWS CLI v2 (/usr/bin/aws; the `aws` on PATH may be v1) against an emulator, in a
// throwaway HOME so the developer's ~/.aws never leaks in.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '../../src/index.js';
import type { Credentials } from './clients.js';

export const awsCliPath = '/usr/bin/aws';

export interface AwsResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON, when it is JSON. */
  json: unknown;
}

/** A temporary HOME for AWS CLI runs; call `remove()` when done. */
export function awsHome(): { home: string; remove(): void } {
  const home = mkdtempSync(join(tmpdir(), 'emulator-aws-'));
  return { home, remove: () => rmSync(home, { recursive: true, force: true }) };
}

/**
 * `aws …args --endpoint-url <emulator>` with `credentials` in the environment. AWS CLI 2.9 ignores
 * AWS_ENDPOINT_URL, hence the flag.
 */
export function runAws(
  emulator: Emulator,
  home: string,
  credentials: Credentials,
  args: readonly string[],
): Promise<AwsResult> {
  const env: Record<string, string> = {
    PATH: '/usr/bin:/bin',
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_DEFAULT_REGION: emulator.region,
    AWS_PAGER: '',
    LANG: 'C.UTF-8',
  };
  if (credentials.sessionToken !== undefined) env.AWS_SESSION_TOKEN = credentials.sessionToken;
  return new Promise((resolve, reject) => {
    const child = spawn(awsCliPath, [...args, '--endpoint-url', emulator.endpoint, '--output', 'json'], {
      env,
      cwd: home,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      let json: unknown;
      try {
        json = stdout.trim() === '' ? undefined : JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      resolve({ status, stdout, stderr, json });
    });
  });
}
