import type { Profile } from '../profiles/profile.js';
import { cachedSession, type SessionFromProvider } from './cachedSession.js';
import type { CodeSource } from './codeSource.js';
import { resolveCredentialChain } from './credentialChain.js';
import { decideSession, type PublicIpKnowledge, type SessionDecisionInput } from './decideSession.js';
import { errnoOf } from './errnoOf.js';
import type { SessionTokenIssuer } from './getSessionToken.js';
import type { MfaSession } from './mfaSession.js';
import { mfaSessionProvider } from './mfaSessionProvider.js';
import { parseDuration } from './parseDuration.js';
import { ensureCacheDir, refreshWindowSeconds } from './sessionCache.js';
import { singleFlight } from './singleFlight.js';
import { checkTrustedNetwork, type PublicIpLookup, readCachedPublicIp } from './trustedNetwork.js';

export interface ObtainSessionOptions {
  profile: Profile;
  /** Calls STS; see stsSessionTokenIssuer. */
  issueSessionToken: SessionTokenIssuer;
  /** Where a code comes from when one is needed; see resolveCodeSource. */
  codeSource: CodeSource;
  /** The session cache folder; see sessionCacheDir. */
  cacheDir: string;
  /** `--duration` (`3600`, `1h`, `90m`); else the profile's `awsmfa_session_duration`; else 1 h. */
  duration?: string | undefined;
  /** Refresh sessions expiring within this many seconds; default 300 (credential-process: 900). */
  refreshWindowSeconds?: number;
  /** `--refresh`: ignore a cached session. */
  refresh?: boolean;
  /** `--mfa`: get a session even on a trusted network. */
  forceMfa?: boolean;
  /** How to learn the public IP for `awsmfa_trusted_ips`; without it trusted networks are not checked. */
  publicIp?: { lookup: PublicIpLookup; source: string } | undefined;
  /** The local clock in ms; tests pass their own. */
  now?: () => number;
  /**
   * Waits until `untilMs` because the device's current code was already spent. The CLI shows a
   * countdown on the terminal; the default just sleeps.
   */
  waitForNextCode?: (untilMs: number) => Promise<void>;
  /** A line for stderr: trusted network, waits, cache warnings, clock skew. */
  notify?: (message: string) => void;
  /** Skew measured from the last STS response (local − server, seconds); see clockSkewSeconds. */
  clockSkewSeconds?: () => number | undefined;
  /** For error messages: the STS endpoint when it is not AWS's. */
  endpoint?: string | undefined;
  /** How long to wait for another process's refresh; default 3 minutes. */
  lockTimeoutMs?: number;
  /** Test hook for the crash test: runs between writing the cache's temporary file and renaming it. */
  beforeCacheRename?: () => void;
}

export type SessionResult =
  | {
      kind: 'session';
      session: MfaSession;
      /** `cache` when no request was made. */
      source: 'cache' | 'sts';
      clockSkewSeconds?: number | undefined;
    }
  | {
      /** On a trusted network: use the long-term profile, no session. */
      kind: 'trusted';
      ip: string;
      cidr: string;
    };

/**
 * Gets an MFA session for a profile, composing the providers its chain implies: the decision of
 * decideSession first (trusted network, or the cached session valid beyond the refresh window),
 * else the profile's keys → mfaSessionProvider, wrapped by cachedSession (one request under a
 * cross-process lock for N parallel callers) and singleFlight (one per process).
 *
 * @example
 * const result = await obtainSession({ profile, cacheDir: sessionCacheDir(env),
 *   codeSource: resolveCodeSource({ env, profile, prompt }),
 *   issueSessionToken: stsSessionTokenIssuer({ region, endpoint }) })
 */
export async function obtainSession(options: ObtainSessionOptions): Promise<SessionResult> {
  const { profile, cacheDir } = options;
  const now = options.now ?? Date.now;
  const notify = options.notify ?? (() => {});
  const chain = resolveCredentialChain(profile);
  // Validated before anything else so a bad value never costs a request or a code.
  const durationSeconds = parseDuration(
    options.duration ?? profile.sessionDuration,
    options.duration !== undefined ? '--duration' : `awsmfa_session_duration of profile ${profile.name}`,
  );
  const refreshWindow = options.refreshWindowSeconds ?? refreshWindowSeconds;
  const decide = (publicIp: PublicIpKnowledge) =>
    decideSession({
      chain,
      cacheDir,
      nowMs: now(),
      refreshWindowSeconds: refreshWindow,
      refresh: options.refresh,
      forceMfa: options.forceMfa,
      publicIp,
    } satisfies SessionDecisionInput);

  const cachedIp = options.publicIp && readCachedPublicIp(cacheDir, options.publicIp.source, now());
  let decision = decide(!options.publicIp ? 'unknown' : cachedIp ? { ip: cachedIp } : 'not-looked-up');
  if (decision.kind === 'check-network' && options.publicIp) {
    const state = await checkTrustedNetwork({
      cidrs: profile.trustedCidrs,
      lookup: options.publicIp.lookup,
      source: options.publicIp.source,
      cacheDir,
      nowMs: now(),
    });
    if (state.ip === undefined) notify(`Could not look up the public IP (${state.error}); using MFA.`);
    decision = decide(state.ip === undefined ? 'unknown' : { ip: state.ip });
  }
  if (decision.kind === 'trusted') return { kind: 'trusted', ip: decision.ip, cidr: decision.cidr };
  if (decision.kind === 'cached') return { kind: 'session', session: decision.session, source: 'cache' };
  if (decision.kind === 'renew' && decision.warning) notify(decision.warning);

  const renew = async (): Promise<SessionResult> => {
    const cacheUsable = openCacheDir(cacheDir, notify);
    const mfaSession = mfaSessionProvider({
      profile: profile.name,
      mfaSerial: chain.mfaSerial,
      keys: chain.keys.credentials,
      durationSeconds,
      codeSource: options.codeSource,
      issueSessionToken: options.issueSessionToken,
      spentCodesDir: cacheUsable ? cacheDir : undefined,
      now,
      notify,
      waitForNextCode: options.waitForNextCode,
      clockSkewSeconds: options.clockSkewSeconds,
      endpoint: options.endpoint,
    });
    const provider = cacheUsable
      ? cachedSession(mfaSession, {
          cacheDir,
          chain,
          refreshWindowSeconds: refreshWindow,
          refresh: options.refresh,
          now,
          notify,
          lockTimeoutMs: options.lockTimeoutMs,
          beforeCacheRename: options.beforeCacheRename,
        })
      : async (): Promise<SessionFromProvider> => ({ session: await mfaSession(), source: 'sts' });
    const { session, source } = await provider();
    if (source === 'cache') return { kind: 'session', session, source };
    return { kind: 'session', session, source, clockSkewSeconds: options.clockSkewSeconds?.() };
  };
  return singleFlight(`${cacheDir}\0${profile.name}\0${chain.mfaSerial}`, renew)();
}

/** Creates or tightens the cache folder; false (with a notice) when it cannot be used. */
function openCacheDir(cacheDir: string, notify: (message: string) => void): boolean {
  try {
    const warning = ensureCacheDir(cacheDir);
    if (warning) notify(warning);
    return true;
  } catch (error) {
    notify(`Cannot use the cache folder ${cacheDir} (${errnoOf(error)}); the session will not be cached.`);
    return false;
  }
}
