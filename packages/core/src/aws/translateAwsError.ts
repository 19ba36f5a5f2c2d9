import { AwsMfaError, type ErrorCode, isAwsMfaError } from '../errors.js';
import { mask } from '../mask.js';
import { clockSkewErrorCodes, throttlingErrorCodes } from './awsErrorCodes.js';

/** What was being done when AWS failed; it makes the message name the profile, serial and endpoint. */
export interface AwsErrorContext {
  profile: string;
  /** The MFA serial sent, if any. */
  serial?: string | undefined;
  /** Where the serial came from, e.g. `mfa_serial of profile dev in /home/me/.aws/config`. */
  serialSource?: string | undefined;
  /** The endpoint URL, when not AWS's own. */
  endpoint?: string | undefined;
  /** The access key that signed the request (shown masked). */
  accessKeyId?: string | undefined;
  /** The API call, e.g. `GetSessionToken`. */
  operation?: string | undefined;
}

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
]);
const timeoutCodes = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED']);
/** Calls that check an MFA code when given a serial: throttling there usually follows wrong codes. */
const mfaCodeOperations = new Set(['GetSessionToken', 'EnableMFADevice', 'ResyncMFADevice', 'AssumeRole']);

/**
 * Turns anything an AWS SDK call threw into an AwsMfaError whose message states what happened
 * to which profile/serial and whose hint says what the user can do. AwsMfaErrors pass through.
 *
 * @example throw translateAwsError(error, { profile: 'dev', serial, operation: 'GetSessionToken' })
 */
export function translateAwsError(error: unknown, context: AwsErrorContext): AwsMfaError {
  if (isAwsMfaError(error)) return error;
  const make = (code: ErrorCode, message: string, hint?: string) =>
    new AwsMfaError(code, message, { hint, cause: error });
  const name = errorName(error);
  const message = errorMessage(error);
  const status = httpStatus(error);
  const where = context.endpoint ? ` at ${context.endpoint}` : '';
  const call = context.operation
    ? `${context.operation} for profile ${context.profile}`
    : `profile ${context.profile}`;
  const key = context.accessKeyId ? ` (key ${mask(context.accessKeyId)})` : '';
  const serial = context.serial ?? 'the MFA device';
  const serialFrom = context.serialSource ? ` (from ${context.serialSource})` : '';

  // --- network and time-outs: the request may never have reached AWS ---
  const networkCode = systemCode(error);
  // Node refuses to send a header value with a non-ASCII or control character, or a URL it cannot
  // use; the values are checked before requests, this is the net under those checks.
  if (networkCode === 'ERR_INVALID_CHAR' || networkCode === 'ERR_INVALID_HTTP_TOKEN') {
    const header = /\["([^"]+)"\]/.exec(message)?.[1] ?? 'a header';
    return make(
      'INVALID_INPUT',
      `${call}: ${header} would carry a character HTTP headers cannot (non-ASCII or control).`,
      'check the access key ID, session token and region of the profile: letters, digits and - only',
    );
  }
  if (networkCode === 'ERR_INVALID_URL' || networkCode === 'ERR_INVALID_PROTOCOL') {
    return make(
      'INVALID_INPUT',
      `${call}: the endpoint is not an http(s) URL.`,
      'check --endpoint-url / AWS_ENDPOINT_URL: http://host:port or https://host',
    );
  }
  if (name === 'TimeoutError' || name === 'AbortError' || (networkCode && timeoutCodes.has(networkCode))) {
    return make(
      'TIMEOUT',
      `${call} timed out${where}.`,
      'check the network or the endpoint, then try again (timeouts: AWSMFA_CONNECT_TIMEOUT_MS, AWSMFA_REQUEST_TIMEOUT_MS)',
    );
  }
  if (networkCode && unreachableCodes.has(networkCode)) {
    const endpoint = context.endpoint ?? 'AWS';
    return make(
      'ENDPOINT_UNREACHABLE',
      `Cannot reach ${endpoint} (${networkCode}) for ${call}.`,
      context.endpoint
        ? 'check --endpoint-url / AWS_ENDPOINT_URL, and that the endpoint is running'
        : 'check the network connection and any proxy settings',
    );
  }

  // --- MFA code and device ---
  if (/invalid MFA one time pass code/i.test(message)) {
    if (/already (been )?used|reused/i.test(message)) return reused();
    return make(
      'MFA_CODE_INVALID',
      `AWS rejected the MFA code for ${serial}${serialFrom}.`,
      // AWS words a reused code exactly like a wrong one.
      'type the current code of that device; each code works once, so if it was used already wait for the next one; if codes keep failing, check the clocks of the device and of this computer',
    );
  }
  if (/already (been )?used|reused|replay/i.test(message) && /MFA|pass code|token code/i.test(message))
    return reused();
  if (/unable to validate MFA code|serial number is valid/i.test(message)) {
    if (context.serial && /:user\//.test(context.serial)) {
      const fixed = context.serial.replace(':user/', ':mfa/');
      return make(
        'MFA_DEVICE',
        `mfa_serial ${context.serial}${serialFrom} is a user ARN, not an MFA device ARN.`,
        `set mfa_serial to the device ARN, usually ${fixed} (awsmfa device list --profile ${context.profile} shows it)`,
      );
    }
    return make(
      'MFA_DEVICE',
      `AWS cannot validate codes for ${serial}${serialFrom}: the device does not exist, is not enabled, or is not associated with this user.`,
      `check mfa_serial, or enroll a device: awsmfa enroll --profile ${context.profile}`,
    );
  }
  if (/must provide both MFA serial number and one time pass code/i.test(message)) {
    return make(
      'INVALID_INPUT',
      `${call}: AWS needs both an MFA serial and a code.`,
      'set mfa_serial in the profile',
    );
  }
  if (name === 'InvalidAuthenticationCode') {
    return make(
      'MFA_CODE_INVALID',
      `AWS rejected the authentication codes for ${serial}.`,
      'use two consecutive codes, each typed as soon as it appears, and check the phone clock',
    );
  }

  // --- credentials and sessions ---
  if (/Cannot call GetSessionToken with session credentials/i.test(message)) {
    return make(
      'CREDENTIALS_INVALID',
      `Profile ${context.profile} signs with session credentials${key}, and AWS issues MFA sessions only for long-term keys (AKIA…).`,
      'put the long-term keys in the profile; if AWS_ACCESS_KEY_ID/AWS_SESSION_TOKEN (ASIA…) are set in this shell, remove them: eval "$(awsmfa env --unset)"',
    );
  }
  if (
    name === 'ExpiredToken' ||
    name === 'ExpiredTokenException' ||
    /security token included in the request is expired/i.test(message)
  ) {
    return make(
      'SESSION_EXPIRED',
      `The session credentials for profile ${context.profile} have expired.`,
      `get a new session: awsmfa env --profile ${context.profile} --refresh`,
    );
  }
  if (
    clockSkewErrorCodes.has(name) ||
    (/Signature expired|Signature not yet current|time-?skew|too skewed/i.test(message) &&
      (name === 'SignatureDoesNotMatch' || name === 'InvalidSignatureException' || name === 'AuthFailure'))
  ) {
    return make(
      'CLOCK_SKEW',
      `AWS rejected the request time for ${call}: this computer's clock is off.`,
      'synchronise the clock (timedatectl set-ntp true, or your OS time settings)',
    );
  }
  if (
    name === 'InvalidClientTokenId' ||
    name === 'SignatureDoesNotMatch' ||
    name === 'InvalidSignatureException' ||
    name === 'UnrecognizedClientException' ||
    name === 'AuthFailure'
  ) {
    const what =
      name === 'SignatureDoesNotMatch' || name === 'InvalidSignatureException'
        ? 'the secret key does not match the access key'
        : 'the access key is unknown, deleted or inactive';
    return make(
      'CREDENTIALS_INVALID',
      `AWS rejected the credentials of profile ${context.profile}${key}: ${what}.`,
      `import a current access key: awsmfa import --profile ${context.profile} <file.csv>`,
    );
  }
  if (name === 'RegionDisabledException') {
    return make(
      'ACCESS_DENIED',
      `STS is not activated in this region for ${call}.`,
      'use --region us-east-1, or activate STS in the region in IAM account settings',
    );
  }
  if (
    name === 'AccessDenied' ||
    name === 'AccessDeniedException' ||
    name === 'UnauthorizedOperation' ||
    status === 403
  ) {
    return make(
      'ACCESS_DENIED',
      `Access denied for ${call}: ${oneLine(message)}`,
      'a policy denies this request; ask the administrator, or get an MFA session first: awsmfa env',
    );
  }

  // --- IAM entities ---
  if (name === 'NoSuchEntity' || name === 'NoSuchEntityException') {
    return make('NOT_FOUND', `${call}: ${oneLine(message)}`);
  }
  if (
    name === 'EntityAlreadyExists' ||
    name === 'EntityAlreadyExistsException' ||
    name === 'DeleteConflict' ||
    name === 'ConcurrentModification' ||
    name === 'EntityTemporarilyUnmodifiable'
  ) {
    return make('CONFLICT', `${call}: ${oneLine(message)}`);
  }
  if (
    name === 'MalformedPolicyDocument' ||
    name === 'MalformedPolicyDocumentException' ||
    name === 'LimitExceeded' ||
    name === 'LimitExceededException' ||
    name === 'PackedPolicyTooLarge'
  ) {
    return make('POLICY_INVALID', `${call}: ${oneLine(message)}`);
  }
  if (
    name === 'ValidationError' ||
    name === 'InvalidInput' ||
    name === 'InvalidParameterValue' ||
    name === 'InvalidInputException'
  ) {
    return make('INVALID_INPUT', `AWS refused the request for ${call}: ${oneLine(message)}`);
  }

  // --- what retries could not fix ---
  if (throttlingErrorCodes.has(name) || status === 429) {
    if (context.serial && context.operation && mfaCodeOperations.has(context.operation)) {
      return make(
        'THROTTLED',
        `AWS kept throttling ${call}${where} after retries; AWS throttles an MFA device (${serial}) after repeated wrong codes.`,
        'wait a few minutes, then type the current code once: every wrong code counts toward the throttle',
      );
    }
    return make(
      'THROTTLED',
      `AWS kept throttling ${call}${where} after retries.`,
      'wait a minute and try again',
    );
  }
  if (
    (status !== undefined && status >= 500) ||
    name === 'ServiceFailure' ||
    name === 'ServiceUnavailable' ||
    name === 'InternalFailure'
  ) {
    return make(
      'SERVICE_ERROR',
      `AWS kept failing for ${call}${where} (HTTP ${status ?? 500}) after retries.`,
      'try again later; AWS status: https://health.aws.amazon.com',
    );
  }
  if (status !== undefined) {
    return make('SERVICE_ERROR', `AWS refused ${call} (${name}, HTTP ${status}): ${oneLine(message)}`);
  }
  return make(
    'INTERNAL',
    `Unexpected error during ${call}: ${oneLine(message) || name}`,
    'run again with --debug and report it',
  );

  function reused() {
    return make(
      'MFA_CODE_REUSED',
      `The MFA code for ${serial} was already used; AWS accepts each code only once.`,
      'wait for the next code (a new one appears every 30 seconds) and try again',
    );
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; Code?: unknown; code?: unknown };
    if (typeof e.Code === 'string') return e.Code;
    if (typeof e.name === 'string' && e.name !== 'Error') return e.name;
  }
  return 'Error';
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message ?? '';
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error ?? '');
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | undefined)?.$metadata
    ?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/** The Node system error code (`ECONNREFUSED` …), looking into AggregateError and `cause` chains. */
function systemCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const e = error as { code?: unknown; errors?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && /^E[A-Z_]+$/.test(e.code)) return e.code;
  if (Array.isArray(e.errors)) {
    for (const inner of e.errors) {
      const code = systemCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return systemCode(e.cause, depth + 1);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
