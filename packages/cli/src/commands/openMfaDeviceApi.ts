import { type MfaDeviceApi, type Profile, recordSpentCodes, sessionCacheDir } from '@awsmfa/core';
import type { GlobalArgs } from '../globalOptions.js';
import { openProfile } from '../openProfile.js';
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
  // The SDK clients only now (see core/src/iam.ts); the rest of core is imported statically.
  const { createIamClient, createMfaDeviceApi, createStsClient } = await import('@awsmfa/core/iam');
  const { env } = terminal;
  const { globals, profile, region, keys } = openProfile(args, env);
  const credentials = await keys();
  const api = createMfaDeviceApi(
    (signing) => ({
      iam: createIamClient({ region, endpoint: globals.endpoints.iam, credentials: signing, env }),
      sts: createStsClient({ region, endpoint: globals.endpoints.sts, credentials: signing, env }),
    }),
    credentials,
  );
  // Codes AWS accepted here must not be sent again by `awsmfa env` right after enrolling.
  return {
    api: recordSpentCodes(api, sessionCacheDir(env)),
    profile,
    longTermKeys: !credentials.sessionToken,
  };
}
