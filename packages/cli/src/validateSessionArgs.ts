// The checks every session command line passes before anything else happens: before the cache is
// consulted (so a cached session never hides a bad argument), before a folder is created, before
// a request. The fast path runs them too and hands any failure to the full CLI, which reports it.
import {
  durationText,
  normalizeMfaCode,
  type Profile,
  parseDuration,
  resolveEndpoints,
  resolveRegion,
} from '@awsmfa/core';
import type { SessionArgs } from './openSession.js';
import { ipLookupUrl } from './publicIpLookup.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Checks the options and environment of env / exec / credential-process: `--duration`, the fixed
 * code (`--code`, else `AWSMFA_CODE`), the region and endpoints from options and environment, and
 * `AWSMFA_IP_LOOKUP_URL`. Throws the INVALID_INPUT of the first problem.
 *
 * @example validateSessionArgs({ duration: 'garbage', debug: false }, process.env) // throws INVALID_INPUT
 */
export function validateSessionArgs(args: SessionArgs, env: Env): void {
  if (args.duration !== undefined) parseDuration(args.duration);
  if (args.code !== undefined) normalizeMfaCode(args.code, '--code');
  else if (env.AWSMFA_CODE) normalizeMfaCode(env.AWSMFA_CODE, 'AWSMFA_CODE');
  resolveRegion({ region: args.region, env });
  resolveEndpoints({ endpointUrl: args.endpointUrl, env });
  ipLookupUrl(env);
}

/**
 * Checks what the profile adds to a session command line: its region (unless the options or the
 * environment set one) and its `awsmfa_session_duration` (unless `--duration` is given).
 */
export function validateSessionProfile(args: SessionArgs, profile: Profile, env: Env): void {
  resolveRegion({ region: args.region, profileRegion: profile.region, profileName: profile.name, env });
  if (args.duration === undefined && profile.sessionDuration !== undefined) {
    parseDuration(profile.sessionDuration, durationText.sessionDurationOf({ profile: profile.name }));
  }
}
