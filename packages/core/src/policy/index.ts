export {
  actionsAllowedWithoutMfa,
  buildMfaPolicy,
  defaultMfaPolicyName,
  mfaDenySid,
  policyToJson,
} from './buildMfaPolicy.js';
export { buildMfaTrustPolicy, mfaTrustSid } from './buildMfaTrustPolicy.js';
export {
  type CallerFacts,
  type CallerIdentityFacts,
  callerContext,
  type RoleSessionFacts,
} from './callerContext.js';
export {
  type CheckCase,
  type CheckResult,
  type CheckSubject,
  checkResource,
  runCheckMatrix,
  type StandardCheckAction,
  standardCheckActions,
  standardCheckCases,
} from './checkMatrix.js';
export {
  aggregateCidrs,
  type Cidr,
  cidrContains,
  formatCidr,
  formatIp,
  type IpAddress,
  type IpFamily,
  parseCidr,
  parseIp,
  validateTrustedCidr,
} from './cidr.js';
export { type ConditionOutcome, isConditionOperator } from './conditions.js';
export { denialMessage } from './denialMessage.js';
export { describePolicySource } from './describePolicySource.js';
export { diffLines } from './diffLines.js';
export { evaluatePolicies } from './evaluatePolicies.js';
export { evaluateTrustPolicy, type TrustEvaluation, type TrustedPrincipal } from './evaluateTrustPolicy.js';
export { administratorAccessPolicy } from './managed/administratorAccess.js';
export type { AwsManagedPolicy } from './managed/awsManagedPolicy.js';
export { iamUserChangePasswordPolicy } from './managed/iamUserChangePassword.js';
export { powerUserAccessPolicy } from './managed/powerUserAccess.js';
export { assertWithinGroupQuota, groupInlinePolicyQuota, policySize } from './policySize.js';
export { findMfaDenyStatement, getTrustedCidrs, setTrustedCidrs } from './trustedIps.js';
export type {
  ConditionBlock,
  Decision,
  EvaluationResult,
  MatchedStatement,
  NamedPolicy,
  OneOrMany,
  PolicyDocument,
  PolicySource,
  PolicyStatement,
  PrincipalBlock,
  RequestContext,
} from './types.js';
export { assertValidPolicyDocument, policyDocumentProblems } from './validatePolicyDocument.js';
