import { describe, expect, it } from 'vitest';
import { signSigV4 } from './signSigV4.js';

// Expected values computed by the AWS SDK's own signer (@smithy/signature-v4 5.7.5 with
// @aws-crypto/sha256-js) for the same request: an independent implementation, not this one.
const request = {
  url: new URL('http://127.0.0.1:4566/'),
  body: 'Action=GetSessionToken&Version=2011-06-15&DurationSeconds=3600',
  service: 'sts',
  region: 'eu-west-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  now: new Date('2015-08-30T12:36:00Z'),
};

describe(signSigV4.name, () => {
  it('signs long-term keys as the SDK does', () => {
    const headers = signSigV4(request);
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=19e8ab95ebbcd2d45e4e5bab0aba70cf58e736ba7e997bc036ad8e880dc5503d',
    );
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
    expect(headers.host).toBe('127.0.0.1:4566');
  });

  it('signs session credentials with the token as a signed header', () => {
    const headers = signSigV4({
      ...request,
      credentials: { ...request.credentials, sessionToken: 'FQoGZXIvYXdzEXAMPLE/+=' },
    });
    expect(headers['x-amz-security-token']).toBe('FQoGZXIvYXdzEXAMPLE/+=');
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=c6ff0b59d8eee6bf22f47c2d151df8dd97170cd07745dd525ce05c6c0a072445',
    );
  });

  it('never puts the secret key in a header', () => {
    expect(JSON.stringify(signSigV4(request))).not.toContain(request.credentials.secretAccessKey);
  });
});
