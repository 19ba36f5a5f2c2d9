import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { durationText } from '../messages/en/duration.js';
import { sessionText } from '../messages/en/session.js';
import type { Message } from '../messages/message.js';
import type { Profile } from '../profiles/profile.js';
import { profileKeys } from '../profiles/profileKeys.js';
import { cachedSession, type SessionFromProvider } from './cachedSession.js';
import type { CodeSource } from './codeSource.js';
import {
  type CredentialChain,
  chainKeys,
  type ProfileLookup,
  resolveCredentialChain,
  type SourceLink,
} from './credentialChain.js';
import type { CredentialProvider } from './credentialProvider.js';
import {
  decideSession,
  type PublicIpKnowledge,
  type SessionDecision,
  sessionKeyOf,
  type TrustedNetwork,
} from './decideSession.js';
import { errnoOf } from './errnoOf.js';
import type { SessionTokenIssuer } from './getSessionToken.js';
import { mfaSessionProvider } from './mfaSessionProvider.js';
import { parseDuration, roleSessionLimits } from './parseDuration.js';
import { type RoleSource, roleSessionProvider } from './roleSessionProvider.js';
import { ensureCacheDir, refreshWindowSeconds } from './sessionCache.js';
import { singleFlight } from './singleFlight.js';
import type { RoleAssumer } from './stsRoleAssumer.js';
import type { StsSession } from './stsSession.js';
import { checkTrustedNetwork, type PublicIpLookup, readCachedPublicIp } from './trustedNetwork.js';

export interface ObtainSessionOptions {
  profile: Profile;
  /** Every profile, where a role profile's `source_profile` is found. */
  profiles?: ProfileLookup | undefined;
  /**
   * Opens a profile's long-term keys when a request needs them (see openProfileKeys, which the CLI
   * passes with the key stores); default: the credentials file only (profileKeys).
   */
  openKeys?: ((profile: Profile) => Promise<AwsCredentials>) | undefined;
  /** Calls STS GetSessionToken; see stsSessionTokenIssuer. */
  issueSessionToken: SessionTokenIssuer;
  /** Calls STS AssumeRole; see stsRoleAssumer. Needed for role profiles only. */
  roles?: RoleAssumer | undefined;
  /** Where a code comes from when one is needed; see resolveCodeSource. */
  codeSource: CodeSource;
  /** The session cache folder; see sessionCacheDir. */
  cacheDir: string;
  /**
   * `--duration` (`3600`, `1h`, `90m`) of the session handed out; else the profile's
   * `awsmfa_session_duration` (MFA session) or `duration_seconds` (role); else 1 h.
   */
  duration?: string | undefined;
  /** Refresh sessions expiring within this many seconds; default 300 (credential-process: 900). */
  refreshWindowSeconds?: number;
  /** `--refresh`: ignore the cached session handed out (an MFA session under a role is still reused). */
  refresh?: boolean;
  /** `--mfa`: get a session even on a trusted network. */
  forceMfa?: boolean;
  /** How to learn the public IP for `awsmfa_trusted_ips`; without it trusted networks are not checked. */
  publicIp?: { lookup: PublicIpLookup; source: string } | undefined;
  /** The local clock in ms; tests pass their own. */
  now?: () => number;
  /**
   * Waits until `untilMs` because the device's current code was already spent, saying `reason`.
   * The CLI shows it once with a countdown on the terminal; the default notifies and sleeps.
   */
  waitForNextCode?: (untilMs: number, reason: Message) => Promise<void>;
  /** A line for stderr: trusted network, waits, cache warnings, clock skew, the chaining cap. */
  notify?: (message: Message) => void;
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
      session: StsSession;
      /** `cache` when no request was made. */
      source: 'cache' | 'sts';
      clockSkewSeconds?: number | undefined;
      /** The chain followed (on a trusted network, a role's chain without the MFA session). */
      chain?: CredentialChain;
      /** Set when a role was assumed with long-term keys because the network is trusted. */
      trustedNetwork?: TrustedNetwork | undefined;
    }
  | {
      /** On a trusted network: use the long-term profile, no session. */
      kind: 'trusted';
      ip: string;
      cidr: string;
    };

/**
 * Gets the session of a profile, composing the providers its chain implies (see
 * resolveCredentialChain): the decision of decideSession first (trusted network, or the cached
 * session valid beyond the refresh window); else keys → mfaSessionProvider (→ roleSessionProvider
 * for each role), each cached link wrapped by cachedSession (one request under a cross-process
 * lock for N parallel callers) and singleFlight (one per process). Every duration is checked
 * before any request.
 *
 * @example
 * const result = await obtainSession({ profile, profiles, cacheDir: sessionCacheDir(env),
 *   codeSource: resolveCodeSource({ env, profile, prompt }),
 *   issueSessionToken: stsSessionTokenIssuer({ region, endpoint }), roles: stsRoleAssumer({ region, endpoint }) })
 */
export async function obtainSession(options: ObtainSessionOptions): Promise<SessionResult> {
  const { profile, cacheDir } = options;
  const now = options.now ?? Date.now;
  const notify = options.notify ?? (() => {});
  const chain = resolveCredentialChain(profile, options.profiles);
  // Validated before anything else so a bad value never costs a request or a code.
  const durations = linkDurations(chain, options.duration);
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
    });

  const cachedIp = options.publicIp && readCachedPublicIp(cacheDir, options.publicIp.source, now());
  let decision: SessionDecision = decide(
    !options.publicIp ? 'unknown' : cachedIp ? { ip: cachedIp } : 'not-looked-up',
  );
  if (decision.kind === 'check-network' && options.publicIp) {
    const state = await checkTrustedNetwork({
      cidrs: chainKeys(chain).profile.trustedCidrs,
      lookup: options.publicIp.lookup,
      source: options.publicIp.source,
      cacheDir,
      nowMs: now(),
    });
    if (state.ip === undefined) notify(sessionText.noPublicIp({ error: state.error ?? '' }));
    decision = decide(state.ip === undefined ? 'unknown' : { ip: state.ip });
  }
  if (decision.kind === 'trusted') return { kind: 'trusted', ip: decision.ip, cidr: decision.cidr };
  if (decision.kind === 'check-network') throw new Error('unreachable: network checked above');
  const { trustedNetwork } = decision;
  if (decision.kind === 'cached') {
    return {
      kind: 'session',
      session: decision.session,
      source: 'cache',
      chain: decision.chain,
      trustedNetwork,
    };
  }
  if (decision.warning) notify(decision.warning);

  const cacheUsable = openCacheDir(cacheDir, notify);
  const openKeys = options.openKeys ?? (async (keysOf: Profile) => profileKeys(keysOf));
  const build = (link: CredentialChain, top: boolean): CredentialProvider<SessionFromProvider> => {
    const provider: CredentialProvider<StsSession> =
      link.kind === 'mfa-session'
        ? mfaSessionProvider({
            profile: link.profile.name,
            mfaSerial: link.mfaSerial,
            keys: () => openKeys(link.keys.profile),
            durationSeconds: durations.get(durationKey(link))!.seconds,
            codeSource: options.codeSource,
            issueSessionToken: options.issueSessionToken,
            spentCodesDir: cacheUsable ? cacheDir : undefined,
            now,
            notify,
            waitForNextCode: options.waitForNextCode,
            clockSkewSeconds: options.clockSkewSeconds,
            endpoint: options.endpoint,
          })
        : roleSessionProvider({
            profile: link.profile.name,
            roleArn: link.roleArn,
            roleSessionName: link.profile.roleSessionName,
            durationSeconds: durations.get(durationKey(link))!.seconds,
            durationSource: durations.get(durationKey(link))!.source,
            externalId: link.profile.externalId,
            source: sourceOf(link.source),
            sts: requireRoles(options.roles),
            now,
            notify,
            endpoint: options.endpoint,
          });
    const cached: CredentialProvider<SessionFromProvider> = cacheUsable
      ? cachedSession(provider, {
          cacheDir,
          chain: link,
          refreshWindowSeconds: top ? refreshWindow : refreshWindowSeconds,
          refresh: top && options.refresh,
          now,
          notify,
          lockTimeoutMs: options.lockTimeoutMs,
          beforeCacheRename: options.beforeCacheRename,
        })
      : async () => ({ session: await provider(), source: 'sts' });
    const key = sessionKeyOf(link);
    return singleFlight(`${cacheDir}\0${key.profile}\0${key.mfaSerial}\0${key.roleArn ?? ''}`, cached);
  };
  const sourceOf = (link: SourceLink): CredentialProvider<RoleSource> => {
    if (link.kind === 'keys') {
      return async () => {
        const keys = await openKeys(link.profile);
        return { ...keys, mfaSerial: '', sourceAccessKeyId: keys.accessKeyId };
      };
    }
    const provider = build(link, false);
    return async () => (await provider()).session;
  };

  const { session, source } = await build(decision.chain, true)();
  const skew = source === 'sts' ? { clockSkewSeconds: options.clockSkewSeconds?.() } : {};
  return { kind: 'session', session, source, ...skew, chain: decision.chain, trustedNetwork };
}

/** The length asked of each session in a chain, and the setting it came from; throws on a bad value. */
function linkDurations(
  chain: CredentialChain,
  flag: string | undefined,
): Map<string, { seconds: number; source: Message | string }> {
  const durations = new Map<string, { seconds: number; source: Message | string }>();
  const walk = (link: SourceLink, top: boolean) => {
    if (link.kind === 'keys') return;
    const name = link.profile.name;
    if (link.kind === 'mfa-session') {
      const fromFlag = top && flag !== undefined;
      const source = fromFlag ? '--duration' : durationText.sessionDurationOf({ profile: name });
      durations.set(durationKey(link), {
        seconds: parseDuration(fromFlag ? flag : link.profile.sessionDuration, source),
        source,
      });
      return;
    }
    const fromFlag = top && flag !== undefined;
    const value = fromFlag ? flag : link.profile.durationSeconds;
    const source = fromFlag
      ? '--duration'
      : value === undefined
        ? durationText.theDefault()
        : durationText.durationSecondsOf({ profile: name });
    durations.set(durationKey(link), { seconds: parseDuration(value, source, roleSessionLimits), source });
    walk(link.source, false);
  };
  walk(chain, true);
  return durations;
}

// By kind and profile: a chain rebuilt without its MFA session (trusted network) keeps its roles' lengths.
function durationKey(link: SourceLink): string {
  return `${link.kind}\0${link.profile.name}`;
}

function requireRoles(roles: RoleAssumer | undefined): RoleAssumer {
  if (!roles) throw new Error('obtainSession: a role profile needs options.roles');
  return roles;
}

/** Creates or tightens the cache folder; false (with a notice) when it cannot be used. */
function openCacheDir(cacheDir: string, notify: (message: Message) => void): boolean {
  try {
    const warning = ensureCacheDir(cacheDir);
    if (warning) notify(warning);
    return true;
  } catch (error) {
    notify(sessionText.cannotUseCacheDir({ dir: cacheDir, error: errnoOf(error) }));
    return false;
  }
}
