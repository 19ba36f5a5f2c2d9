// The one cache-hit decision, shared by the fast path (dist/cli.js, which must stay on node
// built-ins) and the full CLI: profile → the chain it implies → the trusted network → the cache
// entry and its refresh window. Synchronous, and nothing here loads the AWS SDK.

import { resolveProfileName } from '../endpoints.js';
import type { Message } from '../messages/message.js';
import { findProfile, readAwsProfiles } from '../profiles/loadProfile.js';
import type { Profile } from '../profiles/profile.js';
import {
  type CredentialChain,
  chainKeys,
  chainMfaSession,
  type ProfileLookup,
  type RoleLink,
  resolveCredentialChain,
  withoutMfaSession,
} from './credentialChain.js';
import {
  type CacheLookup,
  credentialProcessRefreshWindowSeconds,
  readSessionCache,
  refreshWindowSeconds,
  sessionCacheDir,
} from './sessionCache.js';
import type { StsSession } from './stsSession.js';
import { matchTrustedCidr, readCachedPublicIp } from './trustedNetwork.js';

/** What the session is for: credential-process hands out sessions that outlive the AWS CLI's own refresh window. */
export type SessionPurpose = 'env' | 'exec' | 'credential-process';

/** What is known of this machine's public IP: an address, not looked up yet, or not to be had. */
export type PublicIpKnowledge = { ip: string } | 'not-looked-up' | 'unknown';

/** A public IP inside one of the profile's `awsmfa_trusted_ips`. */
export interface TrustedNetwork {
  ip: string;
  cidr: string;
}

/**
 * The verdict: hand out the cached session of `chain`, use the user's long-term keys as they are
 * (`trusted`), look up the IP first, or get a new session for `chain`. `chain` is the one to
 * follow: on a trusted network a role's chain skips the MFA session (`trustedNetwork` says so).
 */
export type SessionDecision =
  | { kind: 'cached'; session: StsSession; chain: CredentialChain; trustedNetwork?: TrustedNetwork }
  | ({ kind: 'trusted' } & TrustedNetwork)
  | { kind: 'check-network' }
  | {
      kind: 'renew';
      chain: CredentialChain;
      trustedNetwork?: TrustedNetwork;
      warning?: Message | undefined;
    };

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
 * Decides how a chain's session is had. On a network in the user's `awsmfa_trusted_ips` (and
 * without `--mfa`) no MFA session is needed: a user profile uses its long-term keys as they are,
 * a role is assumed with them. With trusted IPs but no known address the caller must look it up
 * first. Otherwise the cached session counts when valid beyond the refresh window; anything else
 * is a renewal, with a warning for a doubtful cache file.
 */
export function decideSession(input: SessionDecisionInput): SessionDecision {
  let chain = input.chain;
  let trustedNetwork: TrustedNetwork | undefined;
  const { trustedCidrs } = chainKeys(chain).profile;
  if (trustedCidrs.length > 0 && !input.forceMfa && chainMfaSession(chain)) {
    if (input.publicIp === 'not-looked-up') return { kind: 'check-network' };
    if (input.publicIp !== 'unknown') {
      const cidr = matchTrustedCidr(trustedCidrs, input.publicIp.ip);
      if (cidr) trustedNetwork = { ip: input.publicIp.ip, cidr };
    }
  }
  if (trustedNetwork) {
    if (chain.kind === 'mfa-session') return { kind: 'trusted', ...trustedNetwork };
    chain = withoutMfaSession(chain) as RoleLink;
  }
  const network = trustedNetwork ? { trustedNetwork } : {};
  if (input.refresh) return { kind: 'renew', chain, ...network };
  const cached = findCachedSession(chain, input);
  return cached.hit
    ? { kind: 'cached', session: cached.session, chain, ...network }
    : { kind: 'renew', chain, ...network, warning: cached.warning };
}

/** What identifies a chain's cached session: whose, behind which MFA device, of which role, made with which key. */
export function sessionKeyOf(chain: CredentialChain) {
  const sourceAccessKeyId = chainKeys(chain).accessKeyId;
  if (chain.kind === 'mfa-session') {
    return { profile: chain.profile.name, mfaSerial: chain.mfaSerial, sourceAccessKeyId };
  }
  return {
    profile: chain.profile.name,
    mfaSerial: chainMfaSession(chain)?.mfaSerial ?? '',
    roleArn: chain.roleArn,
    sourceAccessKeyId,
  };
}

/** The cache entry of a chain's session, a hit only when valid beyond the refresh window. */
export function findCachedSession(
  chain: CredentialChain,
  at: { cacheDir: string; nowMs: number; refreshWindowSeconds: number },
): CacheLookup {
  return readSessionCache({
    dir: at.cacheDir,
    ...sessionKeyOf(chain),
    nowMs: at.nowMs,
    refreshWindowSeconds: at.refreshWindowSeconds,
  });
}

/**
 * Every session link of a chain from the bottom up (MFA session, then each role), with its cache
 * entry as reports see it: expired entries are misses, the refresh window is not applied.
 */
export function chainSessions(
  chain: CredentialChain,
  at: { cacheDir: string; nowMs: number },
): Array<{ link: CredentialChain; cached: CacheLookup }> {
  const below = chain.kind === 'role' && chain.source.kind !== 'keys' ? chainSessions(chain.source, at) : [];
  return [...below, { link: chain, cached: findCachedSession(chain, { ...at, refreshWindowSeconds: 0 }) }];
}

/**
 * The cached session of a profile for reports (status, profiles): expired entries are misses, the
 * refresh window is not applied, and a profile that cannot have a session gives undefined.
 */
export function lookupCachedSession(
  profile: Profile,
  profiles: ProfileLookup,
  at: { cacheDir: string; nowMs: number },
): CacheLookup | undefined {
  let chain: CredentialChain;
  try {
    chain = resolveCredentialChain(profile, profiles);
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
}): { decision: SessionDecision; profile: Profile } {
  const files = readAwsProfiles({ env: input.env });
  const profile = findProfile(files, resolveProfileName({ profile: input.profile, env: input.env }));
  const chain = resolveCredentialChain(profile, files.profiles);
  const cacheDir = sessionCacheDir(input.env);
  const ip = readCachedPublicIp(cacheDir, input.ipSource, input.nowMs);
  const decision = decideSession({
    chain,
    cacheDir,
    nowMs: input.nowMs,
    refreshWindowSeconds: refreshWindowFor(input.purpose),
    publicIp: ip === undefined ? 'not-looked-up' : { ip },
  });
  return { decision, profile };
}
