import { AwsMfaError, type ErrorCode, isAwsMfaError } from '../errors.js';
import { mask } from '../mask.js';
import { awsText } from '../messages/en/aws.js';
import type { Message } from '../messages/message.js';
import { clockSkewErrorCodes, throttlingErrorCodes } from './awsErrorCodes.js';

/** What was being done when AWS failed; it makes the message name the profile, serial and endpoint. */
export interface AwsErrorContext {
  profile: string;
  /** The MFA serial sent, if any. */
  serial?: string | undefined;
  /** Where the serial came from, e.g. `mfa_serial of profile dev in /home/me/.aws/config`. */
  serialSource?: Message | string | undefined;
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
  const make = (code: ErrorCode, message: Message, hint?: Message) =>
    new AwsMfaError(code, message, { hint, cause: error });
  const name = errorName(error);
  const message = errorMessage(error);
  const status = httpStatus(error);
  const { endpoint, profile, serialSource } = context;
  const call = awsText.call({ operation: context.operation, profile });
  const key = context.accessKeyId ? mask(context.accessKeyId) : undefined;
  const serial = context.serial ?? awsText.theMfaDevice();

  // --- network and time-outs: the request may never have reached AWS ---
  const networkCode = systemCode(error);
  // Node refuses to send a header value with a non-ASCII or control character, or a URL it cannot
  // use; the values are checked before requests, this is the net under those checks.
  if (networkCode === 'ERR_INVALID_CHAR' || networkCode === 'ERR_INVALID_HTTP_TOKEN') {
    const header = /\["([^"]+)"\]/.exec(message)?.[1] ?? awsText.aHeader();
    return make(
      'INVALID_INPUT',
      awsText.badHeaderCharacter({ call, header }),
      awsText.badHeaderCharacterHint(),
    );
  }
  if (networkCode === 'ERR_INVALID_URL' || networkCode === 'ERR_INVALID_PROTOCOL') {
    return make('INVALID_INPUT', awsText.notHttpEndpoint({ call }), awsText.notHttpEndpointHint());
  }
  if (name === 'TimeoutError' || name === 'AbortError' || (networkCode && timeoutCodes.has(networkCode))) {
    return make('TIMEOUT', awsText.timedOut({ call, endpoint }), awsText.timedOutHint());
  }
  if (networkCode && unreachableCodes.has(networkCode)) {
    return make(
      'ENDPOINT_UNREACHABLE',
      awsText.unreachable({ endpoint, code: networkCode, call }),
      endpoint ? awsText.unreachableEndpointHint() : awsText.unreachableAwsHint(),
    );
  }

  // --- MFA code and device ---
  if (/invalid MFA one time pass code/i.test(message)) {
    if (/already (been )?used|reused/i.test(message)) return reused();
    return make(
      'MFA_CODE_INVALID',
      awsText.codeRejected({ serial, serialSource }),
      // AWS words a reused code exactly like a wrong one.
      awsText.codeRejectedHint(),
    );
  }
  if (/already (been )?used|reused|replay/i.test(message) && /MFA|pass code|token code/i.test(message))
    return reused();
  if (/unable to validate MFA code|serial number is valid/i.test(message)) {
    if (context.serial && /:user\//.test(context.serial)) {
      const fixed = context.serial.replace(':user/', ':mfa/');
      return make(
        'MFA_DEVICE',
        awsText.serialIsUserArn({ serial: context.serial, serialSource }),
        awsText.serialIsUserArnHint({ fixed, profile }),
      );
    }
    return make(
      'MFA_DEVICE',
      awsText.cannotValidate({ serial, serialSource }),
      awsText.cannotValidateHint({ profile }),
    );
  }
  if (/must provide both MFA serial number and one time pass code/i.test(message)) {
    return make('INVALID_INPUT', awsText.needsSerialAndCode({ call }), awsText.needsSerialAndCodeHint());
  }
  if (name === 'InvalidAuthenticationCode') {
    return make(
      'MFA_CODE_INVALID',
      awsText.authenticationCodesRejected({ serial }),
      awsText.authenticationCodesRejectedHint(),
    );
  }

  // --- credentials and sessions ---
  if (/Cannot call GetSessionToken with session credentials/i.test(message)) {
    return make(
      'CREDENTIALS_INVALID',
      awsText.sessionCredentials({ profile, key }),
      awsText.sessionCredentialsHint(),
    );
  }
  if (
    name === 'ExpiredToken' ||
    name === 'ExpiredTokenException' ||
    /security token included in the request is expired/i.test(message)
  ) {
    return make(
      'SESSION_EXPIRED',
      awsText.sessionExpired({ profile }),
      awsText.sessionExpiredHint({ profile }),
    );
  }
  if (
    clockSkewErrorCodes.has(name) ||
    (/Signature expired|Signature not yet current|time-?skew|too skewed/i.test(message) &&
      (name === 'SignatureDoesNotMatch' || name === 'InvalidSignatureException' || name === 'AuthFailure'))
  ) {
    return make('CLOCK_SKEW', awsText.clockSkew({ call }), awsText.clockSkewHint());
  }
  if (
    name === 'InvalidClientTokenId' ||
    name === 'SignatureDoesNotMatch' ||
    name === 'InvalidSignatureException' ||
    name === 'UnrecognizedClientException' ||
    name === 'AuthFailure'
  ) {
    const secretMismatch = name === 'SignatureDoesNotMatch' || name === 'InvalidSignatureException';
    return make(
      'CREDENTIALS_INVALID',
      awsText.credentialsRejected({ profile, key, secretMismatch }),
      awsText.credentialsRejectedHint({ profile }),
    );
  }
  if (name === 'RegionDisabledException') {
    return make('ACCESS_DENIED', awsText.regionDisabled({ call }), awsText.regionDisabledHint());
  }
  if (
    name === 'AccessDenied' ||
    name === 'AccessDeniedException' ||
    name === 'UnauthorizedOperation' ||
    status === 403
  ) {
    return make(
      'ACCESS_DENIED',
      awsText.accessDenied({ call, message: oneLine(message) }),
      awsText.accessDeniedHint(),
    );
  }

  // --- IAM entities ---
  if (name === 'NoSuchEntity' || name === 'NoSuchEntityException') {
    return make('NOT_FOUND', awsText.awsSays({ call, message: oneLine(message) }));
  }
  if (
    name === 'EntityAlreadyExists' ||
    name === 'EntityAlreadyExistsException' ||
    name === 'DeleteConflict' ||
    name === 'ConcurrentModification' ||
    name === 'EntityTemporarilyUnmodifiable'
  ) {
    return make('CONFLICT', awsText.awsSays({ call, message: oneLine(message) }));
  }
  if (
    name === 'MalformedPolicyDocument' ||
    name === 'MalformedPolicyDocumentException' ||
    name === 'LimitExceeded' ||
    name === 'LimitExceededException' ||
    name === 'PackedPolicyTooLarge'
  ) {
    return make('POLICY_INVALID', awsText.awsSays({ call, message: oneLine(message) }));
  }
  if (
    name === 'ValidationError' ||
    name === 'InvalidInput' ||
    name === 'InvalidParameterValue' ||
    name === 'InvalidInputException'
  ) {
    return make('INVALID_INPUT', awsText.requestRefused({ call, message: oneLine(message) }));
  }

  // --- what retries could not fix ---
  if (throttlingErrorCodes.has(name) || status === 429) {
    if (context.serial && context.operation && mfaCodeOperations.has(context.operation)) {
      return make('THROTTLED', awsText.throttledMfa({ call, endpoint, serial }), awsText.throttledMfaHint());
    }
    return make('THROTTLED', awsText.throttled({ call, endpoint }), awsText.throttledHint());
  }
  if (
    (status !== undefined && status >= 500) ||
    name === 'ServiceFailure' ||
    name === 'ServiceUnavailable' ||
    name === 'InternalFailure'
  ) {
    return make(
      'SERVICE_ERROR',
      awsText.serviceFailing({ call, endpoint, status: status ?? 500 }),
      awsText.serviceFailingHint(),
    );
  }
  if (status !== undefined) {
    return make('SERVICE_ERROR', awsText.serviceRefused({ call, name, status, message: oneLine(message) }));
  }
  return make(
    'INTERNAL',
    awsText.unexpected({ call, message: oneLine(message) || name }),
    awsText.unexpectedHint(),
  );

  function reused() {
    return make('MFA_CODE_REUSED', awsText.codeReused({ serial }), awsText.codeReusedHint());
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
