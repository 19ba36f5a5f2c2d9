import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { AwsMfaError } from '../errors.js';
import { mask } from '../mask.js';
import type { Profile } from '../profiles/profile.js';
import { profileKeys } from '../profiles/profileKeys.js';

/** The keys a profile holds: the first link of every chain. */
export interface KeysLink {
  kind: 'keys';
  profile: Profile;
  credentials: AwsCredentials;
}

/** GetSessionToken with the long-term keys below it and a code of `mfaSerial`. */
export interface MfaSessionLink {
  kind: 'mfa-session';
  profile: Profile;
  mfaSerial: string;
  keys: KeysLink & { credentials: { sessionToken?: undefined } };
}

/** The providers a profile implies, from its keys up to the session handed out. */
export type CredentialChain = MfaSessionLink;

/**
 * What getting a session for `profile` takes: its long-term keys, then an MFA session for its
 * `mfa_serial`. Refuses, before any request, a profile without keys, with session credentials
 * (AWS issues MFA sessions only for long-term keys), or without `mfa_serial`.
 *
 * @example resolveCredentialChain(loadProfile('dev', { env })).mfaSerial
 */
export function resolveCredentialChain(profile: Profile): CredentialChain {
  const credentials = profileKeys(profile);
  if (credentials.sessionToken || credentials.accessKeyId.startsWith('ASIA')) {
    throw new AwsMfaError(
      'CREDENTIALS_INVALID',
      `Profile ${profile.name} holds session credentials (${mask(credentials.accessKeyId)}); MFA sessions are issued only for long-term keys (AKIA…).`,
      { hint: `put the user's long-term keys in [${profile.name}] of the credentials file` },
    );
  }
  if (!profile.mfaSerial) {
    throw new AwsMfaError('PROFILE_INCOMPLETE', `Profile ${profile.name} has no mfa_serial.`, {
      hint: `run awsmfa enroll --profile ${profile.name}`,
    });
  }
  return {
    kind: 'mfa-session',
    profile,
    mfaSerial: profile.mfaSerial,
    keys: {
      kind: 'keys',
      profile,
      credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    },
  };
}
