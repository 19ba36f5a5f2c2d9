export { type CachedSessionOptions, cachedSession, type SessionFromProvider } from './cachedSession.js';
export { clockSkewSeconds, clockSkewWarningSeconds, describeClockSkew } from './clockSkew.js';
export { type CodeSource, type MfaCodeReader, noCodeError, resolveCodeSource } from './codeSource.js';
export {
  type CredentialChain,
  chainKeys,
  chainMfaSession,
  type KeysLink,
  type MfaSessionLink,
  type ProfileLookup,
  type RoleLink,
  resolveCredentialChain,
  type SourceLink,
  withoutMfaSession,
} from './credentialChain.js';
export type { CredentialProvider } from './credentialProvider.js';
export {
  chainSessions,
  decideSession,
  decideSessionFor,
  findCachedSession,
  lookupCachedSession,
  type PublicIpKnowledge,
  refreshWindowFor,
  type SessionDecision,
  type SessionDecisionInput,
  type SessionPurpose,
  sessionKeyOf,
  type TrustedNetwork,
} from './decideSession.js';
export {
  awsAnswered,
  type IssuedCredentials,
  type SessionTokenIssuer,
  type SessionTokenRequest,
  type StsSender,
  stsSessionTokenIssuer,
} from './getSessionToken.js';
export { type MfaSessionProviderOptions, mfaSessionProvider } from './mfaSessionProvider.js';
export { normalizeMfaCode } from './normalizeMfaCode.js';
export { type ObtainSessionOptions, obtainSession, type SessionResult } from './obtainSession.js';
export {
  defaultSessionSeconds,
  maxSessionSeconds,
  minSessionSeconds,
  parseDuration,
  roleSessionLimits,
} from './parseDuration.js';
export {
  chainedRoleMaxSeconds,
  defaultRoleSessionName,
  type RoleSessionProviderOptions,
  type RoleSource,
  roleSessionProvider,
} from './roleSessionProvider.js';
export { runMfaProcess } from './runMfaProcess.js';
export {
  type CacheLookup,
  type CacheLookupInput,
  type CacheMissReason,
  credentialProcessRefreshWindowSeconds,
  deleteSessionCache,
  ensureCacheDir,
  listSessionCache,
  readSessionCache,
  refreshWindowSeconds,
  sessionCacheDir,
  sessionCachePath,
  writeSessionCache,
} from './sessionCache.js';
export { singleFlight } from './singleFlight.js';
export {
  hashCode,
  isSpentCode,
  markCodeSpent,
  nextStepStartMs,
  readSpentCode,
  type SpentCode,
  timeStepAt,
  totpStepSeconds,
} from './spentCodes.js';
export { type AssumeRoleRequest, type RoleAssumer, stsRoleAssumer } from './stsRoleAssumer.js';
export { type StsSession, secondsLeft } from './stsSession.js';
export { type SystemShellInvocation, systemShell } from './systemShell.js';
export {
  checkTrustedNetwork,
  defaultIpLookupUrl,
  endpointIpLookupPath,
  httpPublicIpLookup,
  matchTrustedCidr,
  type PublicIpLookup,
  publicIpCacheSeconds,
  readCachedPublicIp,
  type TrustedNetworkState,
} from './trustedNetwork.js';
export { type SessionLockOptions, withSessionLock } from './withSessionLock.js';
