import { sessionText } from '../messages/en/session.js';
import type { Message } from '../messages/message.js';
import type { CredentialChain } from './credentialChain.js';
import type { CredentialProvider } from './credentialProvider.js';
import { findCachedSession, sessionKeyOf } from './decideSession.js';
import { errnoOf } from './errnoOf.js';
import { sessionCachePath, writeSessionCache } from './sessionCache.js';
import type { StsSession } from './stsSession.js';
import { withSessionLock } from './withSessionLock.js';

/** A session and whether it came from the cache or from a new request. */
export interface SessionFromProvider {
  session: StsSession;
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
  notify: (message: Message) => void;
  /** How long to wait for another process's refresh; default 3 minutes. */
  lockTimeoutMs?: number | undefined;
  /** Test hook for the crash test: runs between writing the entry's temporary file and renaming it. */
  beforeCacheRename?: (() => void) | undefined;
}

/**
 * Wraps a session provider with the cache, across processes: a valid entry is returned as it is;
 * else, under a lock on the entry (N processes with a cold cache make one request and ask for one
 * code), it looks again, since another process may have refreshed while this one waited, and only
 * then calls `provider` and writes its session atomically. A failed write is a notice, not an error.
 */
export function cachedSession(
  provider: CredentialProvider<StsSession>,
  options: CachedSessionOptions,
): CredentialProvider<SessionFromProvider> {
  const { cacheDir, chain, notify } = options;
  const profile = chain.profile.name;
  const key = sessionKeyOf(chain);
  const lookup = (): SessionFromProvider | undefined => {
    if (options.refresh) return undefined;
    const cached = findCachedSession(chain, {
      cacheDir,
      nowMs: options.now(),
      refreshWindowSeconds: options.refreshWindowSeconds,
    });
    return cached.hit ? { session: cached.session, source: 'cache' } : undefined;
  };
  return async () =>
    lookup() ??
    withSessionLock(
      sessionCachePath(cacheDir, key.profile, key.mfaSerial, key.roleArn),
      async (): Promise<SessionFromProvider> => {
        const cached = lookup();
        if (cached) return cached;
        const session = await provider();
        try {
          writeSessionCache(cacheDir, session, { beforeRename: options.beforeCacheRename });
        } catch (error) {
          notify(sessionText.cannotWriteCache({ dir: cacheDir, error: errnoOf(error) }));
        }
        return { session, source: 'sts' };
      },
      {
        profile,
        timeoutMs: options.lockTimeoutMs,
        onWait: () => notify(sessionText.waitingForOtherProcess({ profile })),
      },
    );
}
