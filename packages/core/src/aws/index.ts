export type { AwsClientOptions, AwsCredentials } from './awsClientConfig.js';
export { createIamClient } from './createIamClient.js';
export { createStsClient } from './createStsClient.js';
export {
  type AssumedRoleCredentials,
  type AssumeRoleInput,
  queryAssumeRole,
} from './queryAssumeRole.js';
export { queryCallerIdentity } from './queryCallerIdentity.js';
export {
  type GetSessionTokenInput,
  queryGetSessionToken,
  type SessionTokenCredentials,
} from './queryGetSessionToken.js';
export { queryStsAction, requireStsCredentials } from './queryStsAction.js';
export { type SigV4Request, signSigV4 } from './signSigV4.js';
export type { StsCredentials } from './stsXml.js';
export { type AwsErrorContext, translateAwsError } from './translateAwsError.js';
