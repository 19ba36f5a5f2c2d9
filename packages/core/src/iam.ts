// `@awsmfa/core/iam`: the IAM and STS SDK clients and the MFA-device calls built on them, apart
// from the main entry. The CLI's session bundle imports the main entry's names statically (so the
// bundler keeps only what it uses) and reaches these through import() only when a profile has no
// mfa_serial: loading the IAM SDK costs a fresh session about 30 ms.
export { createIamClient } from './aws/createIamClient.js';
export { createStsClient } from './aws/createStsClient.js';
export { createMfaDeviceApi } from './enroll/createMfaDeviceApi.js';
