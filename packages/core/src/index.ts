export * from './admin/index.js';
export * from './aws/index.js';
export {
  type AwsService,
  awsServiceUrl,
  checkEndpointUrl,
  checkRegion,
  type Endpoints,
  resolveEndpoints,
  resolveProfileName,
  resolveRegion,
  withoutUserinfo,
} from './endpoints.js';
export * from './enroll/index.js';
export { AwsMfaError, type AwsMfaErrorOptions, type ErrorCode, errorCodes, isAwsMfaError } from './errors.js';
export * from './import/index.js';
export * from './keys/index.js';
export { mask, redact } from './mask.js';
export * from './messages/index.js';
export * from './policy/index.js';
export * from './profiles/index.js';
export * from './session/index.js';
