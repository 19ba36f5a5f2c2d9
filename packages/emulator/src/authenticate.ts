// Who is calling: the access key in the SigV4 Authorization header, checked against the stored
// secret, key status, session token and the clock, with AWS's error for each failure.
import { type Caller, callerOf } from './caller.js';
import { ServiceError } from './serviceError.js';
import { type SignedRequest, type SigV4Authorization, signatureMatches, signingTime } from './sigv4.js';
import type { State } from './state.js';

/** How far the signing time may be from the server's clock, as in AWS. */
const maxSkewMs = 15 * 60 * 1000;

function compactTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** AWS's authentication errors, which differ between S3 and the query services. */
function errors(service: string) {
  const s3 = service === 's3';
  return {
    invalidKey: () =>
      s3
        ? new ServiceError(
            'InvalidAccessKeyId',
            'The AWS Access Key Id you provided does not exist in our records.',
            403,
          )
        : new ServiceError(
            'InvalidClientTokenId',
            'The security token included in the request is invalid.',
            403,
          ),
    invalidToken: () =>
      s3
        ? new ServiceError('InvalidToken', 'The provided token is malformed or otherwise invalid.', 400)
        : new ServiceError(
            'InvalidClientTokenId',
            'The security token included in the request is invalid.',
            403,
          ),
    badSignature: () =>
      s3
        ? new ServiceError(
            'SignatureDoesNotMatch',
            'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
            403,
          )
        : new ServiceError(
            'SignatureDoesNotMatch',
            'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
            403,
          ),
    expired: () =>
      s3
        ? new ServiceError('ExpiredToken', 'The provided token has expired.', 400)
        : new ServiceError('ExpiredToken', 'The security token included in the request is expired', 403),
    skewed: (signedAt: Date, now: Date) => {
      if (s3) {
        return new ServiceError(
          'RequestTimeTooSkewed',
          'The difference between the request time and the current time is too large.',
          403,
        );
      }
      const message =
        signedAt.getTime() < now.getTime()
          ? `Signature expired: ${compactTime(signedAt)} is now earlier than ${compactTime(new Date(now.getTime() - maxSkewMs))} (${compactTime(now)} - 15 min.)`
          : `Signature not yet current: ${compactTime(signedAt)} is still later than ${compactTime(new Date(now.getTime() + maxSkewMs))} (${compactTime(now)} + 15 min.)`;
      return new ServiceError('SignatureDoesNotMatch', message, 403);
    },
  };
}

/**
 * Verifies the request's SigV4 signature and returns the caller. Order of checks: key known and
 * active, signature, session expiry, then clock skew — so an SDK that corrects its clock from the
 * `Date` response header and retries sees the real problem.
 */
export async function authenticate(
  state: State,
  request: SignedRequest,
  authorization: SigV4Authorization,
  now: Date,
): Promise<Caller> {
  const fail = errors(authorization.service);
  const id = authorization.accessKeyId;
  let secret: string;
  const session = state.sessions[id];
  if (session) {
    if (request.headers['x-amz-security-token'] !== session.sessionToken) throw fail.invalidToken();
    secret = session.secretAccessKey;
  } else {
    const key = state.accessKeys[id];
    if (key?.status !== 'Active') throw fail.invalidKey();
    // A session token belongs to temporary credentials only; AWS refuses one beside a long-term key.
    if (request.headers['x-amz-security-token'] !== undefined) throw fail.invalidToken();
    secret = key.secretAccessKey;
  }
  // The user (or, for a role session, the role) must still exist.
  const caller = callerOf(state, id, session);
  if (!caller) throw fail.invalidKey();

  const signedAt = signingTime(request.headers);
  if (!signedAt) {
    throw new ServiceError(
      'IncompleteSignature',
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      400,
    );
  }
  if (!(await signatureMatches(request, authorization, secret, signedAt))) throw fail.badSignature();
  if (session && Date.parse(session.expiration) <= now.getTime()) throw fail.expired();
  if (Math.abs(signedAt.getTime() - now.getTime()) > maxSkewMs) throw fail.skewed(signedAt, now);
  return caller;
}
