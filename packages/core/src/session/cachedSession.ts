import type { CredentialChain } from './credentialChain.js';
import type { CredentialProvider } from './credentialProvider.js';
import { findCachedSession } from './decideSession.js';
import { errnoOf } from './errnoOf.js';
import type { MfaSession } from './mfaSession.js';
import { sessionCachePath, writeSessionCache } from './sessionCache.js';
import { withSessionLock } from './withSessionLock.js';

/** A session and whether it came from the cache or from a new request. */
export interface SessionFromProvider {
  session: MfaSession;
  source: 'cache' | 'sts';
}

export interface CachedSessionOptions {
  /** The cache folder, already created (see ensureCacheDir). */
  cacheDir: string;
  /** Whose session the entry holds. */
  chain: CredentialChain;
  refreshWindowSeconds: number;
  /** `--refresh`: take no cached entry, not even one another process just wrote. */
  refresh?: boolean | undefined;
  now: () => number;
  notify: (message: string) => void;
  /** How long to wait for another process's refresh; default 3 minutes. */
  lockTimeoutMs?: number | undefined;
  /** Test hook for the crash test: runs between writing the entry's temporary file and renaming it. */
  beforeCacheRename?: (() => void) | undefined;
}

/**
 * Wraps a session provider with the cache, across processes: under a lock on the entry (N
 * processes with a cold cache make one request and ask for one code), it first looks again, since
 * another process may have refreshed while this one waited, and only then calls `provider` and
 * writes its session atomically. A failed write is a notice, not an error.
 */
export function cachedSession(
  provider: CredentialProvider<MfaSession>,
  options: CachedSessionOptions,
): CredentialProvider<SessionFromProvider> {
  const { cacheDir, chain, notify } = options;
  const profile = chain.profile.name;
  return () =>
    withSessionLock(
      sessionCachePath(cacheDir, profile, chain.mfaSerial),
      async (): Promise<SessionFromProvider> => {
        if (!options.refresh) {
          const cached = findCachedSession(chain, {
            cacheDir,
            nowMs: options.now(),
            refreshWindowSeconds: options.refreshWindowSeconds,
          });
          if (cached.hit) return { session: cached.session, source: 'cache' };
        }
        const session = await provider();
        try {
          writeSessionCache(cacheDir, session, { beforeRename: options.beforeCacheRename });
        } catch (error) {
          notify(
            `Cannot write the session cache in ${cacheDir} (${errnoOf(error)}); the session is not cached.`,
          );
        }
        return { session, source: 'sts' };
      },
      {
        profile,
        timeoutMs: options.lockTimeoutMs,
        onWait: () => notify(`Waiting for another awsmfa process to get the session for profile ${profile}…`),
      },
    );
}
