import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { AwsMfaError } from '../errors.js';
import { profilesText } from '../messages/en/profiles.js';
import type { Profile } from './profile.js';

/**
 * The one place a profile's credentials are opened: `aws_access_key_id` and
 * `aws_secret_access_key`, with `aws_session_token` when the profile holds session credentials.
 * Every command that signs with a profile's own keys comes here, so a key store plugs in once.
 * Throws PROFILE_INCOMPLETE when the profile has no key, INVALID_INPUT when the key ID or token
 * could not be sent in a header.
 *
 * @example const keys = profileKeys(loadProfile('dev', { env: process.env }))
 */
export function profileKeys(profile: Profile): AwsCredentials {
  const { accessKeyId, secretAccessKey, sessionToken } = profile;
  if (!accessKeyId || !secretAccessKey) {
    throw new AwsMfaError('PROFILE_INCOMPLETE', profilesText.noAccessKey({ profile: profile.name }), {
      hint: profilesText.noAccessKeyHint({ profile: profile.name }),
    });
  }
  // Both travel in signed request headers (Authorization, X-Amz-Security-Token), which carry ASCII
  // only; IAM's own pattern for access key IDs is [\w]+.
  if (!/^\w+$/.test(accessKeyId)) {
    throw new AwsMfaError('INVALID_INPUT', profilesText.badAccessKeyId({ profile: profile.name }), {
      hint: profilesText.badAccessKeyIdHint(),
    });
  }
  if (sessionToken && !/^[\x21-\x7e]+$/.test(sessionToken)) {
    throw new AwsMfaError('INVALID_INPUT', profilesText.badSessionToken({ profile: profile.name }), {
      hint: profilesText.badSessionTokenHint(),
    });
  }
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}
