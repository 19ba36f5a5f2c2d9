import { spawn } from 'node:child_process';
import { AwsMfaError } from '../errors.js';
import { sessionText } from '../messages/en/session.js';
import { systemShell } from './systemShell.js';

// Variables mfa_process never needs: awsmfa does not hand secrets to child processes.
const withheld = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN', 'AWSMFA_CODE'];

/**
 * Runs a profile's `mfa_process` (e.g. `ykman oath accounts code -s aws`) through the system
 * shell, as aws-vault does, and returns its stdout. The command comes from the user's own config;
 * nothing secret is added to it or to its environment, which gains `AWSMFA_MFA_SERIAL`.
 * Its stderr goes to `stderr` (the CLI passes the terminal, so "touch your key" stays visible).
 */
export function runMfaProcess(
  command: string,
  options: {
    mfaSerial: string;
    env: Readonly<Record<string, string | undefined>>;
    timeoutMs?: number;
    stderr?: 'inherit' | 'ignore' | number;
  },
): Promise<string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.env)) {
    if (value !== undefined && !withheld.includes(key)) env[key] = value;
  }
  env.AWSMFA_MFA_SERIAL = options.mfaSerial;
  const shell = systemShell(command, process.platform, env);
  return new Promise((resolve, reject) => {
    const child = spawn(shell.file, shell.args, {
      env,
      stdio: ['ignore', 'pipe', options.stderr ?? 'inherit'],
      windowsVerbatimArguments: shell.windowsVerbatimArguments,
    });
    let stdout = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < 4096) stdout += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(
        new AwsMfaError('MFA_CODE_UNAVAILABLE', sessionText.cannotRunMfaProcess({ error: error.message }), {
          hint: sessionText.cannotRunMfaProcessHint(),
          cause: error,
        }),
      );
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      if (status === 0) return resolve(stdout.trim());
      reject(
        new AwsMfaError(
          'MFA_CODE_UNAVAILABLE',
          sessionText.mfaProcessFailed({ signal: signal ?? undefined, status }),
          {
            hint: sessionText.mfaProcessFailedHint(),
          },
        ),
      );
    });
  });
}
