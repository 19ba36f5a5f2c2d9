import type { AwsCredentials, IamClient } from '@awsmfa/core';
import type { GlobalArgs } from '../../globalOptions.js';
import { openProfile } from '../../openProfile.js';
import type { Terminal } from '../../terminal.js';

/** The administrator's IAM client and where it points, for the policy and admin commands. */
export interface AdminIam {
  iam: IamClient;
  /** The profile whose keys it uses; undefined for keys from `AWS_ACCESS_KEY_ID`. */
  profile: string | undefined;
  endpoint: string | undefined;
}

/**
 * Builds the IAM client of the administrator: the keys of `--profile` (else `AWS_PROFILE`, else
 * `default`); with neither `--profile` nor `AWS_PROFILE`, keys in `AWS_ACCESS_KEY_ID` and
 * `AWS_SECRET_ACCESS_KEY` win, as in the AWS CLI.
 */
export async function openAdminIam(args: GlobalArgs, terminal: Terminal): Promise<AdminIam> {
  const { createIamClient, resolveEndpoints, resolveRegion } = await import('@awsmfa/core');
  const { env } = terminal;
  const fromEnv =
    args.profile === undefined && !env.AWS_PROFILE && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY;
  if (fromEnv) {
    const credentials: AwsCredentials = {
      accessKeyId: env.AWS_ACCESS_KEY_ID!,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY!,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
    const endpoint = resolveEndpoints({ endpointUrl: args.endpointUrl, env }).iam;
    const region = resolveRegion({ region: args.region, env });
    return {
      iam: createIamClient({ region, endpoint, credentials, env }),
      profile: undefined,
      endpoint,
    };
  }
  const { globals, profile, region, keys } = openProfile(args, env);
  return {
    iam: createIamClient({ region, endpoint: globals.endpoints.iam, credentials: await keys(), env }),
    profile: profile.name,
    endpoint: globals.endpoints.iam,
  };
}
