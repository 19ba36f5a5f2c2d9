import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cidrContains } from '../policy/cidr.js';
import { ensureCacheDir } from './sessionCache.js';
import { writeFileAtomicSync } from './writeFileAtomicSync.js';

/** Where awsmfa asks for this machine's public IP unless `AWSMFA_IP_LOOKUP_URL` says otherwise. */
export const defaultIpLookupUrl = 'https://checkip.amazonaws.com/';
/**
 * Where the awsmfa sandbox answers what checkip.amazonaws.com answers, the caller's address as it
 * sees it (`aws:SourceIp`). Not a bucket name, so it never shadows an S3 path.
 */
export const endpointIpLookupPath = '/_awsmfa/checkip';
/** How long a looked-up public IP is reused. */
export const publicIpCacheSeconds = 60;

export type TrustedNetworkState =
  | { trusted: true; ip: string; cidr: string }
  | { trusted: false; ip: string }
  | { trusted: false; ip?: undefined; error: string };

/** Fetches the public source IP; injected so tests and the CLI choose the transport. */
export type PublicIpLookup = () => Promise<string>;

/**
 * A lookup with `fetch` against `url` (plain-text body holding one IP, as checkip.amazonaws.com
 * answers), aborted after `timeoutMs`.
 */
export function httpPublicIpLookup(url: string, timeoutMs = 1500): PublicIpLookup {
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    const text = (await response.text()).trim();
    if (!/^[0-9a-fA-F.:]{2,45}$/.test(text)) throw new Error(`${url} did not answer with an IP address`);
    return text;
  };
}

interface CachedIp {
  ip: string;
  source: string;
  fetchedAtMs: number;
}

/** A public IP looked up less than a minute ago by `source`, if any (read-only; fast-path safe). */
export function readCachedPublicIp(dir: string, source: string, nowMs: number): string | undefined {
  try {
    const data = JSON.parse(readFileSync(join(dir, 'public-ip.json'), 'utf8')) as Partial<CachedIp>;
    if (
      typeof data.ip === 'string' &&
      data.source === source &&
      typeof data.fetchedAtMs === 'number' &&
      nowMs - data.fetchedAtMs >= 0 &&
      nowMs - data.fetchedAtMs < publicIpCacheSeconds * 1000
    ) {
      return data.ip;
    }
  } catch {}
  return undefined;
}

/** The first of `cidrs` containing `ip`, ignoring malformed entries. */
export function matchTrustedCidr(cidrs: readonly string[], ip: string): string | undefined {
  for (const cidr of cidrs) {
    try {
      if (cidrContains(cidr, ip)) return cidr;
    } catch {}
  }
  return undefined;
}

/**
 * Decides whether this machine is on a trusted network: its public IP (looked up, cached for a
 * minute in the cache folder) inside one of the profile's `awsmfa_trusted_ips`. A failed lookup
 * is reported as not trusted, so the caller falls back to MFA.
 */
export async function checkTrustedNetwork(input: {
  cidrs: readonly string[];
  lookup: PublicIpLookup;
  /** Identifies the lookup in the IP cache (the URL), so changing it invalidates the cache. */
  source: string;
  cacheDir: string;
  nowMs: number;
}): Promise<TrustedNetworkState> {
  let ip = readCachedPublicIp(input.cacheDir, input.source, input.nowMs);
  if (ip === undefined) {
    try {
      ip = await input.lookup();
    } catch (error) {
      return { trusted: false, error: error instanceof Error ? error.message : String(error) };
    }
    try {
      ensureCacheDir(input.cacheDir);
      const record: CachedIp = { ip, source: input.source, fetchedAtMs: input.nowMs };
      writeFileAtomicSync(join(input.cacheDir, 'public-ip.json'), `${JSON.stringify(record)}\n`);
    } catch {}
  }
  const cidr = matchTrustedCidr(input.cidrs, ip);
  return cidr ? { trusted: true, ip, cidr } : { trusted: false, ip };
}
