import type { ErrorCode } from '@awsmfa/core';

/**
 * The one table from error code to process exit code. Documented in README.md ("Exit codes");
 * keep them in step. 1 is reserved for unexpected errors, 2 for usage, 130 for Ctrl-C.
 */
export const exitCodes: Readonly<Record<ErrorCode, number>> = {
  INTERNAL: 1,
  USAGE: 2,
  INVALID_INPUT: 3,
  PROFILE_NOT_FOUND: 4,
  PROFILE_INCOMPLETE: 5,
  CSV_INVALID: 6,
  FILE_ERROR: 7,
  CONFLICT: 8,
  MFA_CODE_INVALID: 10,
  MFA_CODE_REUSED: 11,
  MFA_CODE_UNAVAILABLE: 12,
  MFA_DEVICE: 13,
  CREDENTIALS_INVALID: 14,
  SESSION_EXPIRED: 15,
  ACCESS_DENIED: 16,
  NOT_FOUND: 17,
  ENDPOINT_UNREACHABLE: 20,
  THROTTLED: 21,
  SERVICE_ERROR: 22,
  TIMEOUT: 23,
  CLOCK_SKEW: 24,
  POLICY_INVALID: 30,
  POLICY_CHECK_FAILED: 31,
  AUDIT_FAILED: 32,
  AUDIT_INCOMPLETE: 33,
  NODE_UNSUPPORTED: 50,
  STORE_UNAVAILABLE: 55,
  PASSPHRASE_WRONG: 56,
  ROTATION_INCOMPLETE: 57,
  CANCELLED: 130,
};
