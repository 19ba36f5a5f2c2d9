// Where requests go: endpoints, regions and the URLs built from them. Everything that ends up in
// a URL or a signed header is checked here first, so a value from the command line, the
// environment or a profile can never send a signed request (and its MFA code) somewhere else.
import { AwsMfaError } from './errors.js';
import { endpointsText } from './messages/en/endpoints.js';
import type { Message } from './messages/message.js';

/** The AWS services awsmfa talks to (Organizations only for `admin audit --org`). */
export type AwsService = 'sts' | 'iam' | 'organizations';

/** Endpoint URL per service; `undefined` means the SDK's regional AWS default. */
export type Endpoints = Readonly<Record<AwsService, string | undefined>>;

type Env = Readonly<Record<string, string | undefined>>;

/** Where a value came from, for messages: a variable or option name as is, or a described place. */
type Source = string | Message;

/**
 * Resolves endpoints as the AWS SDKs do: an explicit `--endpoint-url` wins, then the
 * service-specific `AWS_ENDPOINT_URL_<SERVICE>`, then the global `AWS_ENDPOINT_URL`. Each one
 * picked must be an http(s) URL with a host (see checkEndpointUrl); INVALID_INPUT naming its
 * source otherwise.
 *
 * @example resolveEndpoints({ env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' } }).sts // 'http://127.0.0.1:4566'
 */
export function resolveEndpoints(input: { endpointUrl?: string | undefined; env: Env }): Endpoints {
  const pick = (service: AwsService) => {
    const variable = `AWS_ENDPOINT_URL_${service.toUpperCase()}`;
    const [source, value] = firstSet([
      ['--endpoint-url', input.endpointUrl],
      [variable, input.env[variable]],
      ['AWS_ENDPOINT_URL', input.env.AWS_ENDPOINT_URL],
    ]);
    return value === undefined ? undefined : checkEndpointUrl(value, source);
  };
  return { sts: pick('sts'), iam: pick('iam'), organizations: pick('organizations') };
}

/**
 * Resolves the region: `--region`, then `AWS_REGION`, then `AWS_DEFAULT_REGION`, then the
 * profile's `region`, then `us-east-1` (STS and IAM are global services reachable from there).
 * The one picked must look like a region, as botocore checks it; INVALID_INPUT naming its source
 * otherwise.
 */
export function resolveRegion(input: {
  region?: string | undefined;
  profileRegion?: string | undefined;
  /** Names the profile in errors about its region. */
  profileName?: string | undefined;
  env: Env;
}): string {
  const [source, value] = firstSet([
    ['--region', input.region],
    ['AWS_REGION', input.env.AWS_REGION],
    ['AWS_DEFAULT_REGION', input.env.AWS_DEFAULT_REGION],
    [
      input.profileName
        ? endpointsText.regionOfProfile({ profile: input.profileName })
        : endpointsText.regionOfTheProfile(),
      input.profileRegion,
    ],
  ]);
  return value === undefined ? 'us-east-1' : checkRegion(value, source);
}

/**
 * Resolves the profile name: `--profile`, then `AWS_PROFILE`, then `AWSMFA_PROFILE` (which
 * `awsmfa env` sets where it unsets `AWS_PROFILE`, so the shell's session stays the default), then
 * `default`.
 */
export function resolveProfileName(input: { profile?: string | undefined; env: Env }): string {
  return (
    nonEmpty(input.profile) ??
    nonEmpty(input.env.AWS_PROFILE) ??
    nonEmpty(input.env.AWSMFA_PROFILE) ??
    'default'
  );
}

// botocore's validate_region_name: a DNS label, not all digits. Python's `$` would also let a
// trailing newline through; this does not.
const regionPattern = /^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$/;

/**
 * Returns `region` when it has the form of an AWS region (a DNS label such as `eu-west-3`), else
 * throws INVALID_INPUT with the AWS CLI's message, naming where the value came from.
 *
 * @example checkRegion('x@127.0.0.1', 'AWS_REGION') // throws: Provided region_name 'x@127.0.0.1' (AWS_REGION) doesn't match a supported format.
 */
export function checkRegion(region: string, source: Source): string {
  if (regionPattern.test(region)) return region;
  throw new AwsMfaError('INVALID_INPUT', endpointsText.badRegion({ region: printable(region), source }), {
    hint: endpointsText.badRegionHint(),
  });
}

/**
 * Returns `url` when it is an http(s) URL with a host, and no user name, password, query or
 * fragment (an AWS endpoint has none; `allowQuery` lets a query through, for URLs that are not
 * endpoints); else throws INVALID_INPUT naming `source`. The message never repeats a password.
 *
 * @example checkEndpointUrl('http://127.0.0.1:4566', '--endpoint-url') // 'http://127.0.0.1:4566'
 */
export function checkEndpointUrl(
  url: string,
  source: Source,
  options: { allowQuery?: boolean } = {},
): string {
  const problem = endpointUrlProblem(url, options.allowQuery ?? false);
  if (problem === undefined) return url;
  throw new AwsMfaError(
    'INVALID_INPUT',
    endpointsText.badEndpointUrl({ source, url: printable(withoutUserinfo(url)), problem }),
    { hint: endpointsText.badEndpointUrlHint() },
  );
}

function endpointUrlProblem(text: string, allowQuery: boolean): Message | undefined {
  // The URL parser silently drops tabs and line breaks; a value holding them was not meant as a URL.
  if (/[\u0000-\u0020\u007f]/.test(text)) return endpointsText.hasControlCharacters();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return endpointsText.isNotUrl();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return endpointsText.hasOtherScheme({ scheme: url.protocol.slice(0, -1) });
  }
  if (url.hostname === '') return endpointsText.hasNoHost();
  if (url.username !== '' || url.password !== '') return endpointsText.hasUserinfo();
  if (url.hash !== '' || text.includes('#')) return endpointsText.hasFragment();
  if (!allowQuery && (url.search !== '' || text.includes('?'))) return endpointsText.hasQuery();
  return undefined;
}

/**
 * The URL of an AWS service's regional endpoint, built with the URL API from a checked region:
 * `https://sts.eu-west-3.amazonaws.com/` (`amazonaws.com.cn` in China).
 *
 * @example awsServiceUrl('sts', 'eu-west-3').href // 'https://sts.eu-west-3.amazonaws.com/'
 */
export function awsServiceUrl(service: AwsService, region: string): URL {
  const label = checkRegion(region, 'region');
  const url = new URL('https://amazonaws.com/');
  url.hostname = [service, label, 'amazonaws', label.startsWith('cn-') ? 'com.cn' : 'com'].join('.');
  return url;
}

/**
 * `url` without its user name and password, for messages: `http://user:pass@host/` gives
 * `http://***@host/`. Works on text that does not parse as a URL too.
 */
export function withoutUserinfo(url: string): string {
  return url.replace(/^([^:/?#]*:\/\/)[^/?#]*@/, '$1***@');
}

/** A value for a one-line message: control characters escaped, at most 100 characters. */
function printable(value: string): string {
  const escaped = JSON.stringify(value).slice(1, -1);
  return escaped.length > 100 ? `${escaped.slice(0, 99)}…` : escaped;
}

function firstSet(
  candidates: ReadonlyArray<readonly [Source, string | undefined]>,
): [Source, string] | [undefined, undefined] {
  for (const [source, value] of candidates) {
    const set = nonEmpty(value);
    if (set !== undefined) return [source, set];
  }
  return [undefined, undefined];
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
