// The cache-hit path of `awsmfa env` and `awsmfa credential-process`: what every new shell and
// every `aws` call through credential_process pays. It loads neither yargs (~110 ms here) nor the
// AWS SDK (~80 ms): it asks core's one session decision (profile files, cache entry) and prints.
// Anything it is not sure about goes to the full CLI, which also does all the reporting.

import { writeSync } from 'node:fs';
import {
  decideSessionFor,
  localeOf,
  renderMessage,
  resolveEndpoints,
  sessionReportJapanese,
} from '@awsmfa/core';
import { renderEnv } from '@awsmfa/shell';
import { callerShell } from './callerShell.js';
import { ipLookupUrl } from './publicIpLookup.js';
import type { SessionCommandLine } from './sessionArgv.js';
import { credentialProcessJson, envReport, sessionEnvChange } from './sessionEnv.js';
import { validateSessionArgs, validateSessionProfile } from './validateSessionArgs.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Prints the session of an `env` / `credential-process` command line when a valid one is cached
 * (and env's report line on stderr), and returns the exit code; undefined (having printed
 * nothing) otherwise.
 */
export function runFastPath(
  line: SessionCommandLine,
  env: Env,
  write: (fd: 1 | 2, text: string) => void = writeFd,
): number | undefined {
  const { args } = line;
  const plain = !args.refresh && !args.mfa && !args.debug && !args.region && !('unset' in args && args.unset);
  if (!plain) return undefined;
  let output: { stdout: string; stderr?: string } | undefined;
  try {
    output = cachedOutput(line, env);
    if (output === undefined) return undefined;
    write(1, output.stdout);
  } catch {
    // Anything unexpected: the full path decides and reports.
    return undefined;
  }
  try {
    if (output.stderr) write(2, output.stderr);
  } catch {
    // The session is out; a closed stderr loses only the report.
  }
  return 0;
}

/** The output for a valid cached session, or undefined. */
function cachedOutput(line: SessionCommandLine, env: Env): { stdout: string; stderr?: string } | undefined {
  // A bad argument throws here, and the full CLI reports it: a cache hit never hides one.
  validateSessionArgs(line.args, env);
  const nowMs = Date.now();
  const { decision, profile } = decideSessionFor({
    profile: line.args.profile,
    env,
    purpose: line.command,
    nowMs,
    ipSource: ipLookupUrl(env, resolveEndpoints({ endpointUrl: line.args.endpointUrl, env }).sts),
  });
  if (decision.kind !== 'cached') return undefined;
  validateSessionProfile(line.args, profile, env);
  const { session } = decision;
  if (line.command === 'credential-process') return { stdout: credentialProcessJson(session) };
  const { shell } = callerShell(env, line.args.shell as string | undefined);
  const stdout = renderEnv(
    shell,
    sessionEnvChange(session, { profile: profile.name, region: profile.region }),
  );
  if (line.args.quiet) return { stdout };
  const report = envReport({
    profile: profile.name,
    session,
    trustedNetwork: decision.trustedNetwork,
    nowMs,
  });
  // The report line only: the whole Japanese catalogue is not loaded for one line.
  const japanese = localeOf(env) === 'ja' ? { sessionReport: sessionReportJapanese } : undefined;
  return { stdout, stderr: `${renderMessage(report, japanese)}\n` };
}

/**
 * Writes to fd 1 or 2 directly: touching `process.stdout` builds a stream and loads Node's stream
 * modules, ~4 ms of this path. Retries EAGAIN, which a non-blocking pipe can return.
 */
function writeFd(fd: 1 | 2, text: string): void {
  const buffer = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buffer.length) {
    try {
      offset += writeSync(fd, buffer, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
