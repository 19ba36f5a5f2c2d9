import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitUrl } from './request.js';
import { parseAuthorization, signatureMatches, signingTime } from './sigv4.js';

const credentials = {
  accessKeyId: 'AKIAEXAMPLEEXAMPLE12',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

/** RFC 3986 encoding, as SDKs put query strings on the wire. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Signs like the SDK, then rebuilds the request from its wire form and checks it with `signatureMatches`. */
async function roundTrip(
  input: {
    service: string;
    method: string;
    path: string;
    query: Record<string, string>;
    headers: Record<string, string>;
    body: string;
  },
  verifyWith = credentials.secretAccessKey,
  tamper: (wire: { url: string; headers: Record<string, string>; body: string }) => void = () => {},
): Promise<boolean> {
  const signer = new SignatureV4({
    service: input.service,
    region: 'us-east-1',
    credentials,
    sha256: Sha256,
    uriEscapePath: input.service !== 's3',
    // Without x-amz-content-sha256 the body itself is hashed into the signature. (With it, the
    // server compares the header to the body separately: XAmzContentSHA256Mismatch.)
    applyChecksum: input.service === 's3',
  });
  const signingDate = new Date('2026-01-02T03:04:05Z');
  const signed = await signer.sign(
    new HttpRequest({
      method: input.method,
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4599,
      path: input.path,
      query: input.query,
      headers: { host: '127.0.0.1:4599', ...input.headers },
      body: input.body,
    }),
    { signingDate },
  );
  const search = Object.entries(input.query)
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join('&');
  const wire = {
    url: `${input.path}${search ? `?${search}` : ''}`,
    headers: Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), v])),
    body: input.body,
  };
  tamper(wire);
  const authorization = parseAuthorization(wire.headers.authorization)!;
  const { path, query } = splitUrl(wire.url);
  return signatureMatches(
    { method: input.method, path, query, headers: wire.headers, body: Buffer.from(wire.body) },
    authorization,
    verifyWith,
    signingTime(wire.headers)!,
  );
}

const formPost = {
  service: 'iam',
  method: 'POST',
  path: '/',
  query: {},
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: 'Action=ListUsers&Version=2010-05-08',
};

describe('signatureMatches', () => {
  it('accepts what the SDK signer signed, and nothing else', async () => {
    expect(await roundTrip(formPost)).toBe(true);
    expect(await roundTrip(formPost, `${credentials.secretAccessKey}x`)).toBe(false);
    expect(
      await roundTrip(formPost, undefined, (w) => (w.body = w.body.replace('ListUsers', 'ListGroups'))),
    ).toBe(false);
    expect(await roundTrip(formPost, undefined, (w) => (w.headers['content-type'] = 'text/plain'))).toBe(
      false,
    );
    expect(await roundTrip(formPost, undefined, (w) => (w.headers['x-amz-date'] = '20260102T030406Z'))).toBe(
      false,
    );
    expect(await roundTrip(formPost, undefined, (w) => (w.url = '/?x=1'))).toBe(false);
  });

  it('ignores headers the client did not sign, and fails when a signed one is missing', async () => {
    expect(await roundTrip(formPost, undefined, (w) => (w.headers['user-agent'] = 'changed'))).toBe(true);
    expect(await roundTrip(formPost, undefined, (w) => delete w.headers['content-type'])).toBe(false);
  });

  it('round-trips hostile query strings, paths and bodies (S3 and query services)', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('s3', 'sts'),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), text, { maxKeys: 4 }),
        fc.stringMatching(/^[a-z0-9.-]{3,12}$/),
        text,
        async (service, query, bucket, body) =>
          roundTrip({ service, method: 'PUT', path: `/${bucket}`, query, headers: {}, body }),
      ),
      { numRuns: 150 },
    );
  });
});

describe('parseAuthorization', () => {
  it.each([
    ['no header', undefined, undefined],
    ['empty header', '', undefined],
  ])('%s → undefined', (_name, header, expected) => {
    expect(parseAuthorization(header)).toBe(expected);
  });

  it.each([
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    [
      'no signature',
      'AWS4-HMAC-SHA256 Credential=AKIA/20260101/us-east-1/sts/aws4_request, SignedHeaders=host',
    ],
    [
      'short signature',
      'AWS4-HMAC-SHA256 Credential=AKIA/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=abc',
    ],
  ])('%s → IncompleteSignature', (_name, header) => {
    expect(() => parseAuthorization(header)).toThrow(
      expect.objectContaining({ code: 'IncompleteSignature' }),
    );
  });

  it('reads the credential scope', () => {
    const signature = 'a'.repeat(64);
    expect(
      parseAuthorization(
        `AWS4-HMAC-SHA256 Credential=AKIAX/20260101/eu-west-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
      ),
    ).toEqual({
      accessKeyId: 'AKIAX',
      scopeDate: '20260101',
      region: 'eu-west-1',
      service: 'iam',
      signedHeaders: ['host', 'x-amz-date'],
      signature,
    });
  });
});
