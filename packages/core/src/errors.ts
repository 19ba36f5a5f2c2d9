/**
 * The closed set of failure kinds awsmfa reports. Each maps to one exit code in the CLI's
 * `exitCodes` table; add a code here and there together.
 */
export const errorCodes = [
  'USAGE',
  'INVALID_INPUT',
  'PROFILE_NOT_FOUND',
  'PROFILE_INCOMPLETE',
  'CSV_INVALID',
  'FILE_ERROR',
  'CONFLICT',
  'MFA_CODE_INVALID',
  'MFA_CODE_REUSED',
  'MFA_CODE_UNAVAILABLE',
  'MFA_DEVICE',
  'CREDENTIALS_INVALID',
  'SESSION_EXPIRED',
  'ACCESS_DENIED',
  'NOT_FOUND',
  'ENDPOINT_UNREACHABLE',
  'THROTTLED',
  'SERVICE_ERROR',
  'TIMEOUT',
  'CLOCK_SKEW',
  'POLICY_INVALID',
  'POLICY_CHECK_FAILED',
  'AUDIT_FAILED',
  'NODE_UNSUPPORTED',
  'STORE_UNAVAILABLE',
  'PASSPHRASE_WRONG',
  'ROTATION_INCOMPLETE',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AwsMfaErrorOptions {
  /** What the user can do next, shown as `hint: …` under the message. */
  hint?: string;
  cause?: unknown;
}

/**
 * The one error type of awsmfa: a fact (`message`, naming the profile/serial/file concerned),
 * a closed `code`, and an optional `hint`. Messages never contain secrets.
 *
 * @example throw new AwsMfaError('PROFILE_INCOMPLETE', 'Profile dev has no mfa_serial.', { hint: 'run awsmfa enroll --profile dev' })
 */
export class AwsMfaError extends Error {
  override readonly name = 'AwsMfaError';
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: AwsMfaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}

/** True when `value` is an AwsMfaError, also across duplicated module instances. */
export function isAwsMfaError(value: unknown): value is AwsMfaError {
  return value instanceof AwsMfaError || (value instanceof Error && value.name === 'AwsMfaError');
}
