import type { CredentialProvider } from './credentialProvider.js';

// Shared by every provider wrapped in this process; entries live only while their call runs.
const inFlight = new Map<string, Promise<unknown>>();

/**
 * Wraps a provider so that concurrent calls with the same `key` in this process share one call
 * (one request, one code); a call after it settles starts afresh. The lock of cachedSession
 * covers other processes.
 */
export function singleFlight<T>(key: string, provider: CredentialProvider<T>): CredentialProvider<T> {
  return async () => {
    const shared = inFlight.get(key);
    if (shared) return shared as Promise<T>;
    const call = provider();
    inFlight.set(key, call);
    try {
      return await call;
    } finally {
      inFlight.delete(key);
    }
  };
}
