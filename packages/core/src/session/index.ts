export { clockSkewSeconds, clockSkewWarningSeconds, describeClockSkew } from './clockSkew.js';
export { type CodeSource, type MfaCodeReader, noCodeError, resolveCodeSource } from './codeSource.js';
export {
  awsAnswered,
  type IssuedCredentials,
  type SessionTokenIssuer,
  type SessionTokenRequest,
  type StsSender,
  stsSessionTokenIssuer,
} from './getSessionToken.js';
export { type MfaSession, secondsLeft } from './mfaSession.js';
export { normalizeMfaCode } from './normalizeMfaCode.js';
export {
  type ObtainSessionOptions,
  obtainSession,
  requireLongTermProfile,
  type SessionResult,
} from './obtainSession.js';
export {
  defaultSessionSeconds,
  maxSessionSeconds,
  minSessionSeconds,
  parseDuration,
} from './parseDuration.js';
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
export {
  checkTrustedNetwork,
  defaultIpLookupUrl,
  httpPublicIpLookup,
  matchTrustedCidr,
  type PublicIpLookup,
  publicIpCacheSeconds,
  readCachedPublicIp,
  type TrustedNetworkState,
} from './trustedNetwork.js';
export { type SessionLockOptions, withSessionLock } from './withSessionLock.js';
