// AWS Signature Version 4 for the one request shape awsmfa sends without the SDK: a form POST
// with no query string. node:crypto only, so every caller on a fast path can afford it.
import { createHash, createHmac } from 'node:crypto';
import type { AwsCredentials } from './awsClientConfig.js';

/** What a SigV4 signature covers: the request and who signs it, for which service and region, when. */
export interface SigV4Request {
  url: URL;
  /** The form-encoded body (`Action=…&Version=…`). */
  body: string;
  /** The signing name, e.g. `sts`. */
  service: string;
  region: string;
  credentials: AwsCredentials;
  /** The signing time; the caller may correct it by the server's clock. */
  now: Date;
}

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/**
 * The headers of a SigV4-signed form POST: content type, host, payload hash, date, the session
 * token when the credentials carry one, and `authorization`. The secret key never leaves this
 * function; only the access key id appears in the headers.
 *
 * @example const headers = signSigV4({ url, body, service: 'sts', region: 'us-east-1', credentials, now: new Date() })
 */
export function signSigV4(request: SigV4Request): Record<string, string> {
  const { url, body, service, region, credentials } = request;
  const amzDate = request.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const payloadHash = sha256(body);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    host: url.host,
    'x-amz-content-sha256': payloadHash,
    'x-amz-date': amzDate,
  };
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const names = Object.keys(headers).sort();
  const canonical = [
    'POST',
    url.pathname || '/',
    '',
    ...names.map((name) => `${name}:${headers[name]!.trim()}`),
    '',
    names.join(';'),
    payloadHash,
  ].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), region), service),
    'aws4_request',
  );
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return headers;
}
