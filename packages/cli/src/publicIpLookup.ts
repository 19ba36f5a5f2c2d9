// The trusted-network check's public-IP lookup, as every command configures it. The fast path
// imports only ipLookupUrl: it reads the cached answer and never makes the request itself.
import { checkEndpointUrl, defaultIpLookupUrl, httpPublicIpLookup, type PublicIpLookup } from '@awsmfa/core';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where the public IP is looked up: `AWSMFA_IP_LOOKUP_URL` (an http(s) URL, a query allowed),
 * else checkip.amazonaws.com. INVALID_INPUT for anything else.
 */
export function ipLookupUrl(env: Env): string {
  const custom = env.AWSMFA_IP_LOOKUP_URL?.trim();
  return custom ? checkEndpointUrl(custom, 'AWSMFA_IP_LOOKUP_URL', { allowQuery: true }) : defaultIpLookupUrl;
}

/** The lookup and its URL (the `source` named in messages), timing out after `AWSMFA_IP_LOOKUP_TIMEOUT_MS` (1.5 s). */
export function publicIpLookup(env: Env): { lookup: PublicIpLookup; source: string } {
  const url = ipLookupUrl(env);
  const ms = Number(env.AWSMFA_IP_LOOKUP_TIMEOUT_MS);
  return { lookup: httpPublicIpLookup(url, Number.isFinite(ms) && ms > 0 ? ms : 1500), source: url };
}
