import type { MfaDeviceApi, Profile } from '@awsmfa/core';
import { type GlobalArgs, resolveGlobals } from '../globalOptions.js';
import type { Terminal } from '../terminal.js';

/** The enrolling user's IAM/STS calls, and the profile they come from. */
export interface MfaDeviceAccess {
  api: MfaDeviceApi;
  profile: Profile;
  /** Whether the profile holds long-term keys (AKIA…), which can get an MFA session. */
  longTermKeys: boolean;
}

/**
 * Builds the enrollment calls from the profile's own keys (`--profile`, else `AWS_PROFILE`, else
 * `default`), for `awsmfa enroll` and `awsmfa device`. Throws PROFILE_INCOMPLETE without keys.
 */
export async function openMfaDeviceApi(args: GlobalArgs, terminal: Terminal): Promise<MfaDeviceAccess> {
  const {
    AwsMfaError,
    createIamClient,
    createMfaDeviceApi,
    createStsClient,
    loadProfile,
    recordSpentCodes,
    resolveRegion,
    sessionCacheDir,
  } = await import('@awsmfa/core');
  const { env } = terminal;
  const globals = resolveGlobals(args, env);
  const profile = await loadProfile(globals.profile, { env });
  if (!profile.accessKeyId || !profile.secretAccessKey) {
    throw new AwsMfaError('PROFILE_INCOMPLETE', `Profile ${profile.name} has no access key.`, {
      hint: `import the IAM user's access key first: awsmfa import <file.csv> --profile ${profile.name}`,
    });
  }
  const region = resolveRegion({ region: globals.region, profileRegion: profile.region, env });
  const api = createMfaDeviceApi(
    (credentials) => ({
      iam: createIamClient({ region, endpoint: globals.endpoints.iam, credentials, env }),
      sts: createStsClient({ region, endpoint: globals.endpoints.sts, credentials, env }),
    }),
    {
      accessKeyId: profile.accessKeyId,
      secretAccessKey: profile.secretAccessKey,
      ...(profile.sessionToken ? { sessionToken: profile.sessionToken } : {}),
    },
  );
  // Codes AWS accepted here must not be sent again by `awsmfa env` right after enrolling.
  return { api: recordSpentCodes(api, sessionCacheDir(env)), profile, longTermKeys: !profile.sessionToken };
}
