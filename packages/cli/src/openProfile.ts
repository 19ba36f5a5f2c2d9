import {
  type AwsCredentials,
  type AwsProfiles,
  findProfile,
  type Profile,
  profileKeys,
  readAwsProfiles,
  resolveRegion,
} from '@awsmfa/core';
import { type GlobalArgs, type ResolvedGlobals, resolveGlobals } from './globalOptions.js';

/** The profile a command works on, with the shared options resolved against it. */
export interface OpenedProfile {
  globals: ResolvedGlobals;
  /** Every profile of the files (role profiles reach their sources through it). */
  profiles: AwsProfiles;
  profile: Profile;
  /** Where requests go: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's, else us-east-1. */
  region: string;
  /** The profile's own keys (see core's profileKeys); PROFILE_INCOMPLETE without any. */
  keys(): AwsCredentials;
}

/**
 * Opens the profile of a command line: its name from the options and the environment (see
 * resolveGlobals), the profile from the AWS files, the region. Every command that signs with a
 * profile starts here, so its keys are opened in one place.
 *
 * @example const { profile, keys } = openProfile(args, terminal.env)
 */
export function openProfile(
  args: GlobalArgs,
  env: Readonly<Record<string, string | undefined>>,
): OpenedProfile {
  const globals = resolveGlobals(args, env);
  const profiles = readAwsProfiles({ env });
  const profile = findProfile(profiles, globals.profile);
  return {
    globals,
    profiles,
    profile,
    region: resolveRegion({
      region: globals.region,
      profileRegion: profile.region,
      profileName: profile.name,
      env,
    }),
    keys: () => profileKeys(profile),
  };
}
