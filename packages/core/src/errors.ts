import { type Message, verbatim } from './messages/message.js';

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
  'AUDIT_INCOMPLETE',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AwsMfaErrorOptions {
  /** What the user can do next, shown as `hint: …` under the message. */
  hint?: Message | string;
  cause?: unknown;
}

/**
 * The one error type of awsmfa: a fact (`text`, naming the profile/serial/file concerned), a
 * closed `code`, and an optional hint. The texts are catalogue Messages, which the CLI renders in
 * the user's language; `message` and `hint` hold their English. Messages never contain secrets.
 *
 * @example throw new AwsMfaError('PROFILE_INCOMPLETE', profileText.noMfaSerial({ profile: 'dev' }), { hint: profileText.runEnroll({ profile: 'dev' }) })
 */
export class AwsMfaError extends Error {
  override readonly name = 'AwsMfaError';
  readonly code: ErrorCode;
  /** The fact, for the user's language; `message` is its English. */
  readonly text: Message;
  /** What to do next, for the user's language; `hint` is its English. */
  readonly hintText: Message | undefined;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: Message | string, options: AwsMfaErrorOptions = {}) {
    const text = typeof message === 'string' ? verbatim(message) : message;
    super(text.english, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.text = text;
    this.hintText = typeof options.hint === 'string' ? verbatim(options.hint) : options.hint;
    this.hint = this.hintText?.english;
  }
}

/** True when `value` is an AwsMfaError, also across duplicated module instances. */
export function isAwsMfaError(value: unknown): value is AwsMfaError {
  return value instanceof AwsMfaError || (value instanceof Error && value.name === 'AwsMfaError');
}
