// The cache-hit path of `awsmfa env` and `awsmfa credential-process`: what every new shell and
// every `aws` call through credential_process pays. It loads neither yargs (~110 ms here) nor the
// AWS SDK (~80 ms): it asks core's one session decision (profile files, cache entry) and prints.
// Anything it is not sure about goes to the full CLI, which also does all the reporting.

import { writeSync } from 'node:fs';
import { decideSessionFor } from '@awsmfa/core';
import { renderEnv } from '@awsmfa/shell';
import { callerShell } from './callerShell.js';
import { ipLookupUrl } from './publicIpLookup.js';
import type { SessionCommandLine } from './sessionArgv.js';
import { credentialProcessJson, sessionEnvChange } from './sessionEnv.js';
import { validateSessionArgs, validateSessionProfile } from './validateSessionArgs.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Prints the session of an `env` / `credential-process` command line when a valid one is cached,
 * and returns the exit code; undefined (having printed nothing) otherwise.
 */
export function runFastPath(
  line: SessionCommandLine,
  env: Env,
  write: (text: string) => void = writeStdout,
): number | undefined {
  const { args } = line;
  const plain = !args.refresh && !args.mfa && !args.debug && !args.region && !('unset' in args && args.unset);
  if (!plain) return undefined;
  try {
    const text = cachedOutput(line, env);
    if (text === undefined) return undefined;
    write(text);
    return 0;
  } catch {
    // Anything unexpected: the full path decides and reports.
    return undefined;
  }
}

/** The output for a valid cached session, or undefined. */
function cachedOutput(line: SessionCommandLine, env: Env): string | undefined {
  // A bad argument throws here, and the full CLI reports it: a cache hit never hides one.
  validateSessionArgs(line.args, env);
  const { decision, profile } = decideSessionFor({
    profile: line.args.profile,
    env,
    purpose: line.command,
    nowMs: Date.now(),
    ipSource: ipLookupUrl(env),
  });
  if (decision.kind !== 'cached') return undefined;
  validateSessionProfile(line.args, profile, env);
  if (line.command === 'credential-process') return credentialProcessJson(decision.session);
  const { shell } = callerShell(env, line.args.shell as string | undefined);
  return renderEnv(
    shell,
    sessionEnvChange(decision.session, { profile: profile.name, region: profile.region }),
  );
}

/**
 * Writes to fd 1 directly: touching `process.stdout` builds a stream and loads Node's stream
 * modules, ~4 ms of this path. Retries EAGAIN, which a non-blocking pipe can return.
 */
function writeStdout(text: string): void {
  const buffer = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buffer.length) {
    try {
      offset += writeSync(1, buffer, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
