// The cache-hit path of `awsmfa env` and `awsmfa credential-process`: what every new shell and
// every `aws` call through credential_process pays. It loads neither yargs (~110 ms here) nor the
// AWS SDK (~80 ms), only the profile files, the cache entry and the shell renderer; anything it is
// not sure about goes to the full CLI, which also does all the reporting.

import { writeSync } from 'node:fs';
import {
  credentialProcessRefreshWindowSeconds,
  defaultIpLookupUrl,
  matchTrustedCidr,
  readCachedPublicIp,
  readSessionCache,
  refreshWindowSeconds,
  sessionCacheDir,
} from '@awsmfa/core';
import { detectShell, isShellName, renderEnv, type ShellName } from '@awsmfa/shell';
import { readFastProfile } from './fastProfile.js';
import { parentProcessNames } from './parentProcessNames.js';
import { credentialProcessJson, sessionEnvChange } from './sessionEnv.js';

type Env = Readonly<Record<string, string | undefined>>;

interface FastRequest {
  command: 'env' | 'credential-process';
  profile?: string;
  shell?: ShellName;
}

/**
 * Handles `env` / `credential-process` when a valid cached session exists and returns the exit
 * code; returns undefined (having printed nothing) for everything else.
 */
export async function runFastPath(
  argv: readonly string[],
  env: Env,
  write: (text: string) => void = writeStdout,
): Promise<number | undefined> {
  const request = parseFastArgs(argv);
  if (!request) return undefined;
  try {
    const name = request.profile ?? (env.AWS_PROFILE?.trim() || 'default');
    const profile = readFastProfile(name, env);
    if (!profile) return undefined;
    const { accessKeyId, secretAccessKey, mfaSerial } = profile;
    if (!accessKeyId || !secretAccessKey || !mfaSerial || profile.sessionToken) return undefined;
    const dir = sessionCacheDir(env);
    const now = Date.now();
    if (profile.trustedCidrs.length > 0) {
      // Only with a fresh public-IP lookup that says "outside": the inside case prints different code.
      const ip = readCachedPublicIp(dir, env.AWSMFA_IP_LOOKUP_URL?.trim() || defaultIpLookupUrl, now);
      if (ip === undefined || matchTrustedCidr(profile.trustedCidrs, ip)) return undefined;
    }
    const cached = readSessionCache({
      dir,
      profile: profile.name,
      mfaSerial,
      sourceAccessKeyId: accessKeyId,
      nowMs: now,
      refreshWindowSeconds:
        request.command === 'credential-process'
          ? credentialProcessRefreshWindowSeconds
          : refreshWindowSeconds,
    });
    if (!cached.hit) return undefined;
    let text: string;
    if (request.command === 'credential-process') {
      text = credentialProcessJson(cached.session);
    } else {
      const shell =
        request.shell ??
        detectShell({
          processNames: parentProcessNames(),
          shellVariable: env.SHELL,
          platform: process.platform,
        });
      text = renderEnv(
        shell,
        sessionEnvChange(cached.session, { profile: profile.name, region: profile.region }),
      );
    }
    write(text);
    return 0;
  } catch {
    return undefined;
  }
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

/** Accepts only `env|credential-process [--profile P] [--shell S]`, in `--x v` or `--x=v` form. */
export function parseFastArgs(argv: readonly string[]): FastRequest | undefined {
  const [command, ...rest] = argv;
  if (command !== 'env' && command !== 'credential-process') return undefined;
  const request: FastRequest = { command };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    if (flag === '--profile' && request.profile === undefined) request.profile = value;
    else if (flag === '--shell' && command === 'env' && request.shell === undefined && isShellName(value)) {
      request.shell = value;
    } else return undefined;
  }
  return request;
}
