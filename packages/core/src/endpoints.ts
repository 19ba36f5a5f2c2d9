/** The AWS services awsmfa talks to. */
export type AwsService = 'sts' | 'iam';

/** Endpoint URL per service; `undefined` means the SDK's regional AWS default. */
export type Endpoints = Readonly<Record<AwsService, string | undefined>>;

/**
 * Resolves endpoints as the AWS SDKs do: an explicit `--endpoint-url` wins, then the
 * service-specific `AWS_ENDPOINT_URL_<SERVICE>`, then the global `AWS_ENDPOINT_URL`.
 *
 * @example resolveEndpoints({ env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' } }).sts // 'http://127.0.0.1:4566'
 */
export function resolveEndpoints(input: {
  endpointUrl?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}): Endpoints {
  const pick = (service: AwsService) =>
    nonEmpty(input.endpointUrl) ??
    nonEmpty(input.env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`]) ??
    nonEmpty(input.env.AWS_ENDPOINT_URL);
  return { sts: pick('sts'), iam: pick('iam') };
}

/**
 * Resolves the region: `--region`, then `AWS_REGION`, then `AWS_DEFAULT_REGION`, then the
 * profile's `region`, then `us-east-1` (STS and IAM are global services reachable from there).
 */
export function resolveRegion(input: {
  region?: string | undefined;
  profileRegion?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}): string {
  return (
    nonEmpty(input.region) ??
    nonEmpty(input.env.AWS_REGION) ??
    nonEmpty(input.env.AWS_DEFAULT_REGION) ??
    nonEmpty(input.profileRegion) ??
    'us-east-1'
  );
}

/** Resolves the profile name: `--profile`, then `AWS_PROFILE`, then `default`. */
export function resolveProfileName(input: {
  profile?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}): string {
  return nonEmpty(input.profile) ?? nonEmpty(input.env.AWS_PROFILE) ?? 'default';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
