export type { AwsClientOptions, AwsCredentials } from './awsClientConfig.js';
export { createIamClient } from './createIamClient.js';
export { createStsClient } from './createStsClient.js';
export {
  type GetSessionTokenInput,
  queryGetSessionToken,
  type SessionTokenCredentials,
} from './queryGetSessionToken.js';
export { type AwsErrorContext, translateAwsError } from './translateAwsError.js';
