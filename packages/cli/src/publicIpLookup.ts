// The trusted-network check's public-IP lookup, as every command configures it. The fast path
// imports only ipLookupUrl: it reads the cached answer and never makes the request itself.
import { defaultIpLookupUrl, httpPublicIpLookup, type PublicIpLookup } from '@awsmfa/core';

type Env = Readonly<Record<string, string | undefined>>;

/** Where the public IP is looked up: `AWSMFA_IP_LOOKUP_URL`, else checkip.amazonaws.com. */
export function ipLookupUrl(env: Env): string {
  return env.AWSMFA_IP_LOOKUP_URL?.trim() || defaultIpLookupUrl;
}

/** The lookup and its URL (the `source` named in messages), timing out after `AWSMFA_IP_LOOKUP_TIMEOUT_MS` (1.5 s). */
export function publicIpLookup(env: Env): { lookup: PublicIpLookup; source: string } {
  const url = ipLookupUrl(env);
  const ms = Number(env.AWSMFA_IP_LOOKUP_TIMEOUT_MS);
  return { lookup: httpPublicIpLookup(url, Number.isFinite(ms) && ms > 0 ? ms : 1500), source: url };
}
