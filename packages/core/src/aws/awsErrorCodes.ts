// AWS error codes that both the retry loop (queryGetSessionToken) and the translation
// (translateAwsError) must agree on: one list, so a code retried is a code reported as such.

/** Throttling codes, retried with a longer backoff and reported as THROTTLED (smithy service-error-classification). */
export const throttlingErrorCodes: ReadonlySet<string> = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'PriorRequestNotComplete',
]);

/** Codes for a request time too far from AWS's clock. */
export const clockSkewErrorCodes: ReadonlySet<string> = new Set([
  'RequestTimeTooSkewed',
  'RequestExpired',
  'RequestInTheFuture',
]);
