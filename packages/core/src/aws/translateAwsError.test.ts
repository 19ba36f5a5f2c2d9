import { describe, expect, it } from 'vitest';
import { AwsMfaError, type ErrorCode } from '../errors.js';
import { translateAwsError } from './translateAwsError.js';

// Shapes of what the SDK throws: service exceptions carry name/message/$metadata, network errors a code.
const service = (name: string, message: string, httpStatusCode = 400) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode } });
const system = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });

const context = {
  profile: 'dev',
  serial: 'arn:aws:iam::123456789012:mfa/alice',
  serialSource: 'mfa_serial of profile dev in ~/.aws/config',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  operation: 'GetSessionToken',
};

/** What Node's http client throws for a header value or URL it refuses. */
const nodeTypeError = (code: string, message: string) => Object.assign(new TypeError(message), { code });

const table: Array<[string, unknown, ErrorCode, RegExp?]> = [
  [
    'a header value Node refuses (an access key ID with é)',
    nodeTypeError('ERR_INVALID_CHAR', 'Invalid character in header content ["authorization"]'),
    'INVALID_INPUT',
    /authorization would carry a character HTTP headers cannot/,
  ],
  [
    'an endpoint Node cannot use',
    nodeTypeError('ERR_INVALID_PROTOCOL', 'Protocol "file:" not supported. Expected "http:"'),
    'INVALID_INPUT',
    /the endpoint is not an http\(s\) URL/,
  ],
  [
    'wrong code',
    service('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. ', 403),
    'MFA_CODE_INVALID',
    /arn:aws:iam::123456789012:mfa\/alice/,
  ],
  [
    'reused code',
    service('AccessDenied', 'MultiFactorAuthentication failed: MFA one time pass code already used.', 403),
    'MFA_CODE_REUSED',
  ],
  [
    'unknown device',
    service(
      'AccessDenied',
      'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
      403,
    ),
    'MFA_DEVICE',
    /from mfa_serial of profile dev/,
  ],
  [
    'session keys',
    service('AccessDenied', 'Cannot call GetSessionToken with session credentials', 403),
    'CREDENTIALS_INVALID',
    /long-term/,
  ],
  [
    'unknown key',
    service('InvalidClientTokenId', 'The security token included in the request is invalid.', 403),
    'CREDENTIALS_INVALID',
    /AKIA\*+/,
  ],
  [
    'wrong secret',
    service(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
      403,
    ),
    'CREDENTIALS_INVALID',
    /secret key/,
  ],
  [
    'expired session',
    service('ExpiredToken', 'The security token included in the request is expired', 403),
    'SESSION_EXPIRED',
  ],
  [
    'clock off',
    service(
      'SignatureDoesNotMatch',
      'Signature expired: 20200101T000000Z is now earlier than 20200101T001500Z (20200101T003000Z - 15 min.)',
      403,
    ),
    'CLOCK_SKEW',
  ],
  [
    'skewed',
    service(
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
      403,
    ),
    'CLOCK_SKEW',
  ],
  [
    'policy denies',
    service('AccessDenied', 'User: arn:aws:iam::1:user/a is not authorized to perform: iam:ListUsers', 403),
    'ACCESS_DENIED',
    /iam:ListUsers/,
  ],
  ['throttled', service('Throttling', 'Rate exceeded'), 'THROTTLED'],
  ['5xx', service('InternalFailure', 'oops', 500), 'SERVICE_ERROR'],
  ['no such user', service('NoSuchEntity', 'The user with name bob cannot be found.', 404), 'NOT_FOUND'],
  [
    'exists',
    service('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.', 409),
    'CONFLICT',
  ],
  [
    'validation',
    service('ValidationError', "Value '12a' at 'tokenCode' failed to satisfy constraint"),
    'INVALID_INPUT',
  ],
  [
    'enable codes',
    service('InvalidAuthenticationCode', 'Authentication code for device is not valid.', 403),
    'MFA_CODE_INVALID',
  ],
  ['refused', system('ECONNREFUSED'), 'ENDPOINT_UNREACHABLE'],
  ['dns', system('ENOTFOUND'), 'ENDPOINT_UNREACHABLE'],
  ['happy eyeballs', Object.assign(new AggregateError([system('ECONNREFUSED')]), {}), 'ENDPOINT_UNREACHABLE'],
  [
    'sdk timeout',
    Object.assign(new Error('Connection timed out after 2000 ms'), { name: 'TimeoutError' }),
    'TIMEOUT',
  ],
  ['socket timeout', system('ETIMEDOUT'), 'TIMEOUT'],
  ['a bug', new TypeError('x is not a function'), 'INTERNAL'],
];

describe('translateAwsError', () => {
  it.each(table)('%s', (_name, error, code, pattern) => {
    const translated = translateAwsError(error, context);
    expect(translated).toBeInstanceOf(AwsMfaError);
    expect(translated.code).toBe(code);
    if (pattern) expect(`${translated.message} ${translated.hint}`).toMatch(pattern);
    expect(translated.cause).toBe(error);
  });

  it('wrong serial: a user ARN is named as such, with the mfa/ ARN it probably meant', () => {
    const error = service(
      'AccessDenied',
      'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
      403,
    );
    const translated = translateAwsError(error, {
      ...context,
      serial: 'arn:aws:iam::123456789012:user/alice',
    });
    expect(translated.code).toBe('MFA_DEVICE');
    expect(translated.message).toContain('is a user ARN, not an MFA device ARN');
    expect(translated.message).toContain('from mfa_serial of profile dev');
    expect(translated.hint).toContain('arn:aws:iam::123456789012:mfa/alice');
  });

  it('throttled while checking an MFA code: says repeated wrong codes cause it and to wait minutes', () => {
    const throttled = service('Throttling', 'Rate exceeded');
    for (const operation of ['GetSessionToken', 'EnableMFADevice', 'ResyncMFADevice']) {
      const translated = translateAwsError(throttled, { ...context, operation });
      expect(translated.code).toBe('THROTTLED');
      expect(translated.message).toBe(
        `AWS kept throttling ${operation} for profile dev after retries; AWS throttles an MFA device (arn:aws:iam::123456789012:mfa/alice) after repeated wrong codes.`,
      );
      expect(translated.hint).toBe(
        'wait a few minutes, then type the current code once: every wrong code counts toward the throttle',
      );
    }
    // Any other call, or GetSessionToken without a code (from a trusted IP), keeps the plain advice.
    for (const operation of ['ListUsers', 'GetSessionToken']) {
      const other = translateAwsError(throttled, { profile: 'dev', operation });
      expect(other.message).toBe(`AWS kept throttling ${operation} for profile dev after retries.`);
      expect(other.hint).toBe('wait a minute and try again');
    }
  });

  it('never prints the full access key id', () => {
    const translated = translateAwsError(service('InvalidClientTokenId', 'invalid', 403), context);
    expect(`${translated.message}${translated.hint}`).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('passes AwsMfaErrors through', () => {
    const error = new AwsMfaError('USAGE', 'x');
    expect(translateAwsError(error, context)).toBe(error);
  });
});
