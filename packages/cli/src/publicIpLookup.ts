// The trusted-network check's public-IP lookup, as every command configures it. The fast path
// imports only ipLookupUrl: it reads the cached answer and never makes the request itself.
import {
  checkEndpointUrl,
  defaultIpLookupUrl,
  endpointIpLookupPath,
  httpPublicIpLookup,
  type PublicIpLookup,
} from '@awsmfa/core';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where the public IP is looked up: `AWSMFA_IP_LOOKUP_URL` (an http(s) URL, a query allowed);
 * else, when STS is not AWS's own endpoint (the sandbox), that endpoint's `/_awsmfa/checkip`,
 * which answers with the address it sees, as AWS's policies would; else checkip.amazonaws.com.
 * INVALID_INPUT for a malformed `AWSMFA_IP_LOOKUP_URL`.
 *
 * @example ipLookupUrl({}, 'http://127.0.0.1:4599') // 'http://127.0.0.1:4599/_awsmfa/checkip'
 */
export function ipLookupUrl(env: Env, stsEndpoint?: string): string {
  const custom = env.AWSMFA_IP_LOOKUP_URL?.trim();
  if (custom) return checkEndpointUrl(custom, 'AWSMFA_IP_LOOKUP_URL', { allowQuery: true });
  if (stsEndpoint === undefined || isAwsHost(stsEndpoint)) return defaultIpLookupUrl;
  // An endpoint that does not answer it (another emulator, a proxy) fails the lookup: MFA, as always.
  return new URL(endpointIpLookupPath, stsEndpoint).href;
}

/** The lookup and its URL (the `source` named in messages), timing out after `AWSMFA_IP_LOOKUP_TIMEOUT_MS` (1.5 s). */
export function publicIpLookup(env: Env, stsEndpoint?: string): { lookup: PublicIpLookup; source: string } {
  const url = ipLookupUrl(env, stsEndpoint);
  const ms = Number(env.AWSMFA_IP_LOOKUP_TIMEOUT_MS);
  return { lookup: httpPublicIpLookup(url, Number.isFinite(ms) && ms > 0 ? ms : 1500), source: url };
}

/** AWS's own endpoints (regional, FIPS, dual-stack, VPC endpoints, China) see the public IP checkip reports. */
function isAwsHost(endpoint: string): boolean {
  const host = new URL(endpoint).hostname.toLowerCase();
  return /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|api\.aws)$/.test(host);
}
