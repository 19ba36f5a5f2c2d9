export {
  type AwsService,
  type Endpoints,
  resolveEndpoints,
  resolveProfileName,
  resolveRegion,
} from './endpoints.js';
export { AwsMfaError, type AwsMfaErrorOptions, type ErrorCode, errorCodes, isAwsMfaError } from './errors.js';
export { mask, redact } from './mask.js';
