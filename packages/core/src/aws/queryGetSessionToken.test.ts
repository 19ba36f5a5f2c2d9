import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { queryGetSessionToken } from './queryGetSessionToken.js';
import { translateAwsError } from './translateAwsError.js';

// A real HTTP server standing in for STS; each request gets the next reply (the last one repeats).
type Reply = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
  server = undefined;
});

async function serve(replies: Reply[]) {
  const requests: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests.push({ headers: req.headers, body });
      replies[Math.min(requests.length - 1, replies.length - 1)]!(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return { endpoint: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, requests };
}

const ok: Reply = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/xml' });
  res.end(
    '<GetSessionTokenResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetSessionTokenResult><Credentials><SessionToken>tok/+=</SessionToken><SecretAccessKey>sec/+=</SecretAccessKey><Expiration>2030-01-01T00:00:00Z</Expiration><AccessKeyId>ASIAOK</AccessKeyId></Credentials></GetSessionTokenResult></GetSessionTokenResponse>',
  );
};
const fail =
  (status: number, code: string, message: string, date?: Date): Reply =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/xml', ...(date ? { date: date.toUTCString() } : {}) });
    res.end(
      `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error></ErrorResponse>`,
    );
  };

const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const input = {
  serialNumber: 'arn:aws:iam::123456789012:mfa/alice',
  tokenCode: '123456',
  durationSeconds: 3600,
};

describe('queryGetSessionToken', () => {
  it('sends a signed Query POST and returns the credentials', async () => {
    const { endpoint, requests } = await serve([ok]);
    const result = await queryGetSessionToken({ region: 'eu-west-1', endpoint, credentials }, input);
    expect(result).toEqual({
      accessKeyId: 'ASIAOK',
      secretAccessKey: 'sec/+=',
      sessionToken: 'tok/+=',
      expiration: new Date('2030-01-01T00:00:00Z'),
    });
    const [request] = requests;
    expect(request!.body).toBe(
      'Action=GetSessionToken&Version=2011-06-15&DurationSeconds=3600&SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Falice&TokenCode=123456',
    );
    expect(request!.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/eu-west-1\/sts\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    expect(JSON.stringify(request!.headers)).not.toContain(credentials.secretAccessKey);
  });

  it('retries 5xx and throttling, then succeeds', async () => {
    const { endpoint, requests } = await serve([
      fail(503, 'ServiceUnavailable', 'busy'),
      fail(400, 'Throttling', 'Rate exceeded'),
      ok,
    ]);
    await expect(
      queryGetSessionToken({ region: 'us-east-1', endpoint, credentials }, input),
    ).resolves.toMatchObject({
      accessKeyId: 'ASIAOK',
    });
    expect(requests).toHaveLength(3);
  });

  it('retries RequestThrottled, which translateAwsError reports as THROTTLED', async () => {
    const { endpoint, requests } = await serve([fail(400, 'RequestThrottled', 'Rate exceeded'), ok]);
    await expect(
      queryGetSessionToken({ region: 'us-east-1', endpoint, credentials }, input),
    ).resolves.toMatchObject({ accessKeyId: 'ASIAOK' });
    expect(requests).toHaveLength(2);
  });

  it('does not retry a rejected code, and its error reads like the SDK one', async () => {
    const { endpoint, requests } = await serve([
      fail(403, 'AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. '),
    ]);
    const error = await queryGetSessionToken({ region: 'us-east-1', endpoint, credentials }, input).catch(
      (e: unknown) => e,
    );
    expect(requests).toHaveLength(1);
    expect(error).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect(translateAwsError(error, { profile: 'dev' }).code).toBe('MFA_CODE_INVALID');
  });

  it('gives up after maxAttempts: THROTTLED and SERVICE_ERROR', async () => {
    const throttled = await serve([fail(400, 'Throttling', 'Rate exceeded')]);
    const e1 = await queryGetSessionToken(
      { region: 'us-east-1', endpoint: throttled.endpoint, credentials, maxAttempts: 2 },
      input,
    ).catch((e: unknown) => e);
    expect(throttled.requests).toHaveLength(2);
    expect(translateAwsError(e1, { profile: 'dev' }).code).toBe('THROTTLED');
  });

  it('decodes XML entities in messages', async () => {
    const { endpoint } = await serve([fail(400, 'ValidationError', 'Value &apos;1&lt;2&apos; &amp; more')]);
    await expect(queryGetSessionToken({ region: 'us-east-1', endpoint, credentials }, input)).rejects.toThrow(
      "Value '1<2' & more",
    );
  });

  it('retries once with the server clock after a skew rejection, and reports the Date header', async () => {
    const serverDate = new Date(Date.now() - 20 * 60_000);
    const { endpoint, requests } = await serve([
      fail(
        403,
        'SignatureDoesNotMatch',
        'Signature expired: 20200101T001600Z is now earlier than ...',
        serverDate,
      ),
      ok,
    ]);
    const dates: Date[] = [];
    await queryGetSessionToken(
      { region: 'us-east-1', endpoint, credentials, onServerDate: (d) => dates.push(d) },
      input,
    );
    expect(requests).toHaveLength(2);
    const second = requests[1]!.headers['x-amz-date'] as string;
    const expected = serverDate.toISOString().replace(/[-:]/g, '').slice(0, 11);
    expect(second.slice(0, 11)).toBe(expected);
    expect(dates[0]?.toUTCString()).toBe(serverDate.toUTCString());
  });

  it('times out a silent server (TIMEOUT) and reports a refused connection (ENDPOINT_UNREACHABLE)', async () => {
    const silent = await serve([() => {}]);
    const slow = await queryGetSessionToken(
      { region: 'us-east-1', endpoint: silent.endpoint, credentials, requestTimeoutMs: 150, maxAttempts: 2 },
      input,
    ).catch((e: unknown) => e);
    expect(translateAwsError(slow, { profile: 'dev' }).code).toBe('TIMEOUT');
    expect(silent.requests).toHaveLength(2);

    const closed = silent.endpoint;
    await new Promise<void>((resolve) => {
      server!.close(() => resolve());
      server!.closeAllConnections();
    });
    server = undefined;
    const refused = await queryGetSessionToken(
      { region: 'us-east-1', endpoint: closed, credentials, maxAttempts: 1 },
      input,
    ).catch((e: unknown) => e);
    expect(translateAwsError(refused, { profile: 'dev', endpoint: closed }).code).toBe(
      'ENDPOINT_UNREACHABLE',
    );
  });
});
