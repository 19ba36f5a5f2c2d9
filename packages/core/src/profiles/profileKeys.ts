import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { AwsMfaError } from '../errors.js';
import type { Profile } from './profile.js';

/**
 * The one place a profile's credentials are opened: `aws_access_key_id` and
 * `aws_secret_access_key`, with `aws_session_token` when the profile holds session credentials.
 * Every command that signs with a profile's own keys comes here, so a key store plugs in once.
 * Throws PROFILE_INCOMPLETE when the profile has no key.
 *
 * @example const keys = profileKeys(loadProfile('dev', { env: process.env }))
 */
export function profileKeys(profile: Profile): AwsCredentials {
  const { accessKeyId, secretAccessKey, sessionToken } = profile;
  if (!accessKeyId || !secretAccessKey) {
    throw new AwsMfaError('PROFILE_INCOMPLETE', `Profile ${profile.name} has no access key.`, {
      hint: `import the IAM user's access key: awsmfa import <file.csv> --profile ${profile.name}`,
    });
  }
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}
