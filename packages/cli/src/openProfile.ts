import {
  type AwsCredentials,
  type AwsProfiles,
  findProfile,
  type KeyStores,
  openProfileKeys,
  type Profile,
  readAwsProfiles,
  resolveRegion,
} from '@awsmfa/core';
import { type GlobalArgs, type ResolvedGlobals, resolveGlobals } from './globalOptions.js';
import { openKeyStores } from './openKeyStores.js';

/** The profile a command works on, with the shared options resolved against it. */
export interface OpenedProfile {
  globals: ResolvedGlobals;
  /** Every profile of the files (role profiles reach their sources through it). */
  profiles: AwsProfiles;
  profile: Profile;
  /** Where requests go: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's, else us-east-1. */
  region: string;
  /** Where keys are kept on this machine (credentials file, keyring, encrypted file). */
  keyStores: KeyStores;
  /**
   * Opens the long-term keys of `profile` (default: this one) from wherever they are (see core's
   * openProfileKeys); PROFILE_INCOMPLETE without any.
   */
  keys(of?: Profile): Promise<AwsCredentials>;
}

/**
 * Opens the profile of a command line: its name from the options and the environment (see
 * resolveGlobals), the profile from the AWS files, the region, and the key stores. Every command
 * that signs with a profile starts here, so its keys are opened in one place, and only when asked.
 *
 * @example const { profile, keys } = openProfile(args, terminal.env); await keys()
 */
export function openProfile(
  args: GlobalArgs,
  env: Readonly<Record<string, string | undefined>>,
): OpenedProfile {
  const globals = resolveGlobals(args, env);
  const profiles = readAwsProfiles({ env });
  const profile = findProfile(profiles, globals.profile);
  const keyStores = openKeyStores(env);
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
    keyStores,
    keys: (of = profile) => openProfileKeys(of, keyStores, { recordKeyId: { env } }),
  };
}
