import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { isAwsMfaError } from '../errors.js';
import { createStsClient } from './createStsClient.js';
import { translateAwsError } from './translateAwsError.js';

// A real HTTP server speaking just enough of the STS Query protocol to drive the SDK client.
type Reply = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(replies: Reply[]): Promise<{ url: string; bodies: string[] }> {
  const bodies: string[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      bodies.push(body);
      const reply = replies[Math.min(bodies.length - 1, replies.length - 1)]!;
      reply(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, bodies };
}

const xmlError =
  (status: number, code: string, message: string, date?: Date): Reply =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/xml', ...(date ? { date: date.toUTCString() } : {}) });
    res.end(
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
    );
  };
const identity: Reply = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/xml' });
  res.end(
    '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/alice</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
  );
};
const credentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

describe('createStsClient', () => {
  it('retries 5xx and then succeeds', async () => {
    const { url, bodies } = await serve([xmlError(503, 'ServiceUnavailable', 'busy'), identity]);
    const sts = createStsClient({ region: 'us-east-1', endpoint: url, credentials });
    const out = await sts.send(new GetCallerIdentityCommand({}));
    expect(out.Arn).toBe('arn:aws:iam::123456789012:user/alice');
    expect(bodies).toHaveLength(2);
  });

  it('gives up on throttling after its bounded attempts, as THROTTLED', async () => {
    const { url, bodies } = await serve([xmlError(400, 'Throttling', 'Rate exceeded')]);
    const sts = createStsClient({ region: 'us-east-1', endpoint: url, credentials, maxAttempts: 2 });
    const error = await sts.send(new GetCallerIdentityCommand({})).catch((e: unknown) => e);
    expect(bodies).toHaveLength(2);
    expect(translateAwsError(error, { profile: 'dev', endpoint: url }).code).toBe('THROTTLED');
  });

  it('keeps failing 500s as SERVICE_ERROR after retries', async () => {
    const { url, bodies } = await serve([xmlError(500, 'InternalFailure', 'oops')]);
    const sts = createStsClient({ region: 'us-east-1', endpoint: url, credentials });
    const error = await sts.send(new GetCallerIdentityCommand({})).catch((e: unknown) => e);
    expect(bodies).toHaveLength(3);
    expect(translateAwsError(error, { profile: 'dev' }).code).toBe('SERVICE_ERROR');
  });

  it('does not retry a rejected MFA code (a retry would waste it)', async () => {
    const { url, bodies } = await serve([
      xmlError(403, 'AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. '),
    ]);
    const sts = createStsClient({ region: 'us-east-1', endpoint: url, credentials });
    const error = await sts
      .send(new GetSessionTokenCommand({ SerialNumber: 'arn:aws:iam::1:mfa/a', TokenCode: '123456' }))
      .catch((e: unknown) => e);
    expect(bodies).toHaveLength(1);
    expect(translateAwsError(error, { profile: 'dev' }).code).toBe('MFA_CODE_INVALID');
  });

  it('times out a silent server as TIMEOUT', async () => {
    const { url } = await serve([() => {}]);
    const sts = createStsClient({
      region: 'us-east-1',
      endpoint: url,
      credentials,
      requestTimeoutMs: 200,
      maxAttempts: 2,
    });
    const error = await sts.send(new GetCallerIdentityCommand({})).catch((e: unknown) => e);
    const translated = translateAwsError(error, { profile: 'dev', endpoint: url });
    expect(translated.code).toBe('TIMEOUT');
  });

  it('reports a refused connection as ENDPOINT_UNREACHABLE naming the endpoint', async () => {
    const { url } = await serve([identity]);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const sts = createStsClient({ region: 'us-east-1', endpoint: url, credentials, maxAttempts: 1 });
    const error = await sts.send(new GetCallerIdentityCommand({})).catch((e: unknown) => e);
    const translated = translateAwsError(error, { profile: 'dev', endpoint: url });
    expect(isAwsMfaError(translated)).toBe(true);
    expect(translated.code).toBe('ENDPOINT_UNREACHABLE');
    expect(translated.message).toContain(url);
  });

  it('reports the server Date header, also on error responses', async () => {
    const serverDate = new Date(Date.now() - 120_000);
    const { url } = await serve([xmlError(403, 'AccessDenied', 'no', serverDate)]);
    const seen: Date[] = [];
    const sts = createStsClient({
      region: 'us-east-1',
      endpoint: url,
      credentials,
      onServerDate: (d) => seen.push(d),
    });
    await sts.send(new GetCallerIdentityCommand({})).catch(() => undefined);
    expect(seen[0]?.toUTCString()).toBe(serverDate.toUTCString());
  });
});
