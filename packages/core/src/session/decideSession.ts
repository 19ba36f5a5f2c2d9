// The one cache-hit decision, shared by the fast path (dist/cli.js, which must stay on node
// built-ins) and the full CLI: profile → the chain it implies → the trusted network → the cache
// entry and its refresh window. Synchronous, and nothing here loads the AWS SDK.
import { resolveProfileName } from '../endpoints.js';
import { findProfile, readAwsProfiles } from '../profiles/loadProfile.js';
import type { Profile } from '../profiles/profile.js';
import { type CredentialChain, resolveCredentialChain } from './credentialChain.js';
import type { MfaSession } from './mfaSession.js';
import {
  type CacheLookup,
  credentialProcessRefreshWindowSeconds,
  readSessionCache,
  refreshWindowSeconds,
  sessionCacheDir,
} from './sessionCache.js';
import { matchTrustedCidr, readCachedPublicIp } from './trustedNetwork.js';

/** What the session is for: credential-process hands out sessions that outlive the AWS CLI's own refresh window. */
export type SessionPurpose = 'env' | 'exec' | 'credential-process';

/** What is known of this machine's public IP: an address, not looked up yet, or not to be had. */
export type PublicIpKnowledge = { ip: string } | 'not-looked-up' | 'unknown';

/** The verdict: hand out the cached session, use the long-term keys, look up the IP first, or get a new session. */
export type SessionDecision =
  | { kind: 'cached'; session: MfaSession }
  | { kind: 'trusted'; ip: string; cidr: string }
  | { kind: 'check-network' }
  | { kind: 'renew'; warning?: string | undefined };

export interface SessionDecisionInput {
  chain: CredentialChain;
  cacheDir: string;
  nowMs: number;
  refreshWindowSeconds: number;
  /** `--refresh`: never the cached session. */
  refresh?: boolean | undefined;
  /** `--mfa`: a session even on a trusted network. */
  forceMfa?: boolean | undefined;
  publicIp: PublicIpKnowledge;
}

/** Seconds before expiry at which a session counts as gone: 5 min, 15 for credential-process. */
export function refreshWindowFor(purpose: SessionPurpose): number {
  return purpose === 'credential-process' ? credentialProcessRefreshWindowSeconds : refreshWindowSeconds;
}

/**
 * Decides how a chain's session is had. On a network in the profile's `awsmfa_trusted_ips` (and
 * without `--mfa`) the long-term keys need no session; with trusted IPs but no known address the
 * caller must look it up first. Otherwise the cached session counts when valid beyond the refresh
 * window; anything else is a renewal, with a warning for a doubtful cache file.
 */
export function decideSession(input: SessionDecisionInput): SessionDecision {
  const { profile } = input.chain;
  if (profile.trustedCidrs.length > 0 && !input.forceMfa) {
    if (input.publicIp === 'not-looked-up') return { kind: 'check-network' };
    if (input.publicIp !== 'unknown') {
      const cidr = matchTrustedCidr(profile.trustedCidrs, input.publicIp.ip);
      if (cidr) return { kind: 'trusted', ip: input.publicIp.ip, cidr };
    }
  }
  if (input.refresh) return { kind: 'renew' };
  const cached = findCachedSession(input.chain, input);
  return cached.hit
    ? { kind: 'cached', session: cached.session }
    : { kind: 'renew', warning: cached.warning };
}

/** The cache entry of a chain's session, a hit only when valid beyond the refresh window. */
export function findCachedSession(
  chain: CredentialChain,
  at: { cacheDir: string; nowMs: number; refreshWindowSeconds: number },
): CacheLookup {
  return readSessionCache({
    dir: at.cacheDir,
    profile: chain.profile.name,
    mfaSerial: chain.mfaSerial,
    sourceAccessKeyId: chain.keys.credentials.accessKeyId,
    nowMs: at.nowMs,
    refreshWindowSeconds: at.refreshWindowSeconds,
  });
}

/**
 * The cached session of a profile for reports (status, profiles): expired entries are misses, the
 * refresh window is not applied, and a profile that cannot have a session gives undefined.
 */
export function lookupCachedSession(
  profile: Profile,
  at: { cacheDir: string; nowMs: number },
): CacheLookup | undefined {
  let chain: CredentialChain;
  try {
    chain = resolveCredentialChain(profile);
  } catch {
    return undefined;
  }
  return findCachedSession(chain, { ...at, refreshWindowSeconds: 0 });
}

/**
 * decideSession for a profile named on a command line (`--profile`, else `AWS_PROFILE`, else
 * `default`), reading the files and the cached public IP (from `ipSource`) itself: the whole
 * question the fast path asks. Throws what the readers throw.
 *
 * @example const { decision } = decideSessionFor({ env: process.env, purpose: 'env', nowMs: Date.now(), ipSource })
 */
export function decideSessionFor(input: {
  profile?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  purpose: SessionPurpose;
  nowMs: number;
  /** The public-IP lookup URL, which keys the cached address. */
  ipSource: string;
}): { decision: SessionDecision; profile: Profile; chain: CredentialChain } {
  const profile = findProfile(
    readAwsProfiles({ env: input.env }),
    resolveProfileName({ profile: input.profile, env: input.env }),
  );
  const chain = resolveCredentialChain(profile);
  const cacheDir = sessionCacheDir(input.env);
  const ip = readCachedPublicIp(cacheDir, input.ipSource, input.nowMs);
  const decision = decideSession({
    chain,
    cacheDir,
    nowMs: input.nowMs,
    refreshWindowSeconds: refreshWindowFor(input.purpose),
    publicIp: ip === undefined ? 'not-looked-up' : { ip },
  });
  return { decision, profile, chain };
}
