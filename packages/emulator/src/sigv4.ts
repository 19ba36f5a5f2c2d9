// SigV4 verification: rebuild the request the client signed, sign it again with the stored secret
// (@smithy/signature-v4, the signer the SDK itself uses) and compare the signatures.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { ServiceError } from './serviceError.js';

/** The request as it arrived, for re-signing. `query` holds decoded values. */
export interface SignedRequest {
  method: string;
  /** The path exactly as sent, without the query string. */
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The parts of an `Authorization: AWS4-HMAC-SHA256 …` header. */
export interface SigV4Authorization {
  accessKeyId: string;
  /** Credential scope: `yyyymmdd`, region, service. */
  scopeDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const authorizationPattern =
  /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-f]{64})\s*$/;

/** Parses the Authorization header; `undefined` when there is none. Malformed → `IncompleteSignature`. */
export function parseAuthorization(header: string | undefined): SigV4Authorization | undefined {
  if (header === undefined || header === '') return undefined;
  const match = authorizationPattern.exec(header);
  if (!match) {
    throw new ServiceError(
      'IncompleteSignature',
      `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters of AWS4-HMAC-SHA256. Authorization=${header.split(/\s/)[0] ?? ''}`,
      400,
    );
  }
  const [, accessKeyId, scopeDate, region, service, signedHeaders, signature] = match as unknown as string[];
  const authorization = {
    accessKeyId: accessKeyId!,
    scopeDate: scopeDate!,
    region: region!,
    service: service!,
    signedHeaders: signedHeaders!.split(';'),
    signature: signature!,
  };
  // Unsigned, the Host header would let a captured signature be replayed against another endpoint.
  if (!authorization.signedHeaders.includes('host')) {
    throw authorization.service === 's3'
      ? new ServiceError(
          'AccessDenied',
          'There were headers present in the request which were not signed',
          403,
        )
      : new ServiceError(
          'IncompleteSignature',
          "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
          400,
        );
  }
  return authorization;
}

/** The signing time from `X-Amz-Date` (`20240501T120000Z`) or `Date`; `undefined` if absent or unreadable. */
export function signingTime(headers: IncomingHttpHeaders): Date | undefined {
  const amzDate = headers['x-amz-date'];
  if (typeof amzDate === 'string') {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
    if (!m) return undefined;
    return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  }
  if (typeof headers.date === 'string') {
    const date = new Date(headers.date);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/**
 * Whether `authorization.signature` is the SigV4 signature of `request` under `secretAccessKey`.
 * Only the headers the client listed in SignedHeaders take part, as in AWS.
 */
export async function signatureMatches(
  request: SignedRequest,
  authorization: SigV4Authorization,
  secretAccessKey: string,
  signedAt: Date,
): Promise<boolean> {
  const headers: Record<string, string> = {};
  for (const name of authorization.signedHeaders) {
    const value = request.headers[name];
    if (value === undefined) return false;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  // The signer takes a declared x-amz-content-sha256 as the payload's hash. Only S3 lets a client
  // declare UNSIGNED-PAYLOAD; IAM and STS hash the body themselves, so any other value cannot match.
  const declaredHash = headers['x-amz-content-sha256'];
  if (
    authorization.service !== 's3' &&
    declaredHash !== undefined &&
    declaredHash !== createHash('sha256').update(request.body).digest('hex')
  ) {
    return false;
  }
  const toSign = new HttpRequest({
    method: request.method,
    protocol: 'http:',
    // The canonical request uses the Host header as signed; hostname only has to be present.
    hostname: 'localhost',
    path: request.path,
    query: request.query,
    headers,
    body: request.body,
  });
  // The signer adds X-Amz-Security-Token itself when given a session token; pass it only when the
  // client signed it, so an unsigned token header does not change the signed header list.
  const sessionToken = headers['x-amz-security-token'];
  const signer = new SignatureV4({
    service: authorization.service,
    region: authorization.region,
    credentials: { accessKeyId: authorization.accessKeyId, secretAccessKey, sessionToken },
    sha256: Sha256,
    // S3 signs the path as sent; every other service double-encodes it.
    uriEscapePath: authorization.service !== 's3',
    applyChecksum: false,
  });
  const signed = await signer.sign(toSign, {
    signingDate: signedAt,
    signableHeaders: new Set(authorization.signedHeaders),
  });
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1] ?? '';
  return (
    expected.length === 64 && timingSafeEqual(Buffer.from(expected), Buffer.from(authorization.signature))
  );
}
