import type { IamClient } from '@awsmfa/core';
import { type GlobalArgs, resolveGlobals } from '../../globalOptions.js';
import type { Terminal } from '../../terminal.js';

/** The administrator's IAM client and where it points, for the policy and admin commands. */
export interface AdminIam {
  iam: IamClient;
  profile: string;
  endpoint: string | undefined;
}

/**
 * Builds the IAM client of the administrator: the keys of `--profile` (else `AWS_PROFILE`, else
 * `default`); with neither `--profile` nor `AWS_PROFILE`, keys in `AWS_ACCESS_KEY_ID` and
 * `AWS_SECRET_ACCESS_KEY` win, as in the AWS CLI.
 */
export async function openAdminIam(args: GlobalArgs, terminal: Terminal): Promise<AdminIam> {
  const { AwsMfaError, createIamClient, loadProfile, resolveRegion } = await import('@awsmfa/core');
  const { env } = terminal;
  const globals = resolveGlobals(args, env);
  const fromEnv =
    args.profile === undefined && !env.AWS_PROFILE && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY;
  let credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  let profileRegion: string | undefined;
  if (fromEnv) {
    credentials = {
      accessKeyId: env.AWS_ACCESS_KEY_ID!,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY!,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  } else {
    const profile = await loadProfile(globals.profile, { env });
    if (!profile.accessKeyId || !profile.secretAccessKey) {
      throw new AwsMfaError('PROFILE_INCOMPLETE', `Profile ${globals.profile} has no access key.`, {
        hint: `the policy and admin commands sign with an administrator's key: awsmfa import <file.csv> --profile ${globals.profile}`,
      });
    }
    credentials = {
      accessKeyId: profile.accessKeyId,
      secretAccessKey: profile.secretAccessKey,
      ...(profile.sessionToken ? { sessionToken: profile.sessionToken } : {}),
    };
    profileRegion = profile.region;
  }
  const region = resolveRegion({ region: globals.region, profileRegion, env });
  const iam = createIamClient({ region, endpoint: globals.endpoints.iam, credentials, env });
  return {
    iam,
    profile: fromEnv ? 'from AWS_ACCESS_KEY_ID' : globals.profile,
    endpoint: globals.endpoints.iam,
  };
}
