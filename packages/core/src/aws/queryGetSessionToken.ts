// STS GetSessionToken as one signed Query request, without the AWS SDK. The SDK costs ~70 ms to
// load here, a third of a fresh `awsmfa env --code …`; this is the one call on that path, so it
// is made directly: SigV4 with node:crypto, node:http(s), the same bounded retries and timeouts
// as createStsClient, and errors shaped like the SDK's so translateAwsError reads them alike.
import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { type AwsClientOptions, clientTimeouts } from './awsClientConfig.js';
import { clockSkewErrorCodes, throttlingErrorCodes } from './awsErrorCodes.js';

/** GetSessionToken's parameters. */
export interface GetSessionTokenInput {
  serialNumber: string;
  tokenCode: string;
  durationSeconds: number;
}

/** The credentials GetSessionToken returns. */
export interface SessionTokenCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

const transientCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * Calls STS GetSessionToken with long-term keys. Throttling, 5xx, resets and timeouts are retried
 * (`maxAttempts`, default 3, jittered exponential backoff); a clock-skew rejection is retried once
 * with the server's time. Failures are thrown as the SDK would: service errors with `name` = AWS
 * code, `message` and `$metadata.httpStatusCode`; network errors with their `code`; time-outs as
 * `TimeoutError`.
 *
 * @example await queryGetSessionToken({ region: 'us-east-1', credentials }, { serialNumber, tokenCode: '123456', durationSeconds: 3600 })
 */
export async function queryGetSessionToken(
  options: AwsClientOptions,
  input: GetSessionTokenInput,
): Promise<SessionTokenCredentials> {
  const url = new URL(options.endpoint ?? defaultStsEndpoint(options.region));
  const body = formEncode({
    Action: 'GetSessionToken',
    Version: '2011-06-15',
    DurationSeconds: String(input.durationSeconds),
    SerialNumber: input.serialNumber,
    TokenCode: input.tokenCode,
  });
  const maxAttempts = options.maxAttempts ?? 3;
  let clockOffsetMs = 0;
  let skewRetried = false;
  for (let attempt = 1; ; attempt++) {
    let error: unknown;
    try {
      const response = await send(
        url,
        sign(url, body, options, new Date(Date.now() + clockOffsetMs)),
        body,
        options,
      );
      const serverDate = dateHeader(response.headers);
      if (serverDate) options.onServerDate?.(serverDate, new Date());
      if (response.status === 200) return parseCredentials(response.body);
      error = serviceError(response.status, response.body);
      const name = (error as Error).name;
      if (clockSkewErrorCodes.has(name) || /Signature expired/.test((error as Error).message)) {
        if (serverDate && !skewRetried) {
          skewRetried = true;
          clockOffsetMs = serverDate.getTime() - Date.now();
          attempt--;
          continue;
        }
        throw error;
      }
      const retryable =
        throttlingErrorCodes.has(name) ||
        response.status === 429 ||
        [500, 502, 503, 504].includes(response.status);
      if (!retryable || attempt >= maxAttempts) throw error;
      await backoff(attempt, throttlingErrorCodes.has(name) || response.status === 429);
    } catch (thrown) {
      if (thrown !== error) {
        const code = (thrown as { code?: string }).code ?? '';
        const transient = (thrown as Error).name === 'TimeoutError' || transientCodes.has(code);
        if (!transient || attempt >= maxAttempts) throw thrown;
        await backoff(attempt, false);
        continue;
      }
      throw thrown;
    }
  }
}

/** STS's regional endpoint, as the SDK builds it by default. */
function defaultStsEndpoint(region: string): string {
  return `https://sts.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}/`;
}

function formEncode(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${rfc3986(key)}=${rfc3986(value)}`)
    .join('&');
}

// encodeURIComponent leaves !'()* alone; SigV4 wants them encoded.
function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** SigV4 headers for a POST of `body` to `url` (service `sts`). */
function sign(url: URL, body: string, options: AwsClientOptions, now: Date): Record<string, string> {
  const amzDate = now
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
  if (options.credentials.sessionToken) headers['x-amz-security-token'] = options.credentials.sessionToken;
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
  const scope = `${day}/${options.region}/sts/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${options.credentials.secretAccessKey}`, day), options.region), 'sts'),
    'aws4_request',
  );
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${options.credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return headers;
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

async function send(
  url: URL,
  headers: Record<string, string>,
  body: string,
  options: AwsClientOptions,
): Promise<RawResponse> {
  const { connectionTimeout, requestTimeout } = clientTimeouts(options);
  // Only an https endpoint pays for loading TLS.
  const { request } = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
    });
    const timeout = (what: string, ms: number) => () => {
      const error = Object.assign(new Error(`${what} timed out after ${ms} ms`), { name: 'TimeoutError' });
      req.destroy(error);
    };
    const connectTimer = setTimeout(timeout('Connection', connectionTimeout), connectionTimeout);
    const requestTimer = setTimeout(timeout('Request', requestTimeout), requestTimeout);
    const done = () => {
      clearTimeout(connectTimer);
      clearTimeout(requestTimer);
    };
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (error) => {
      done();
      reject(error);
    });
    req.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('error', (error) => {
        done();
        reject(error);
      });
      response.on('end', () => {
        done();
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text });
      });
    });
    req.end(body);
  });
}

function dateHeader(headers: IncomingHttpHeaders): Date | undefined {
  const value = headers.date;
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function xmlText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return match ? decodeEntities(match[1]!.trim()) : undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_all, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[entity]) return named[entity]!;
    return String.fromCodePoint(
      entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
    );
  });
}

function parseCredentials(xml: string): SessionTokenCredentials {
  const credentials = xmlText(xml, 'Credentials') ?? '';
  const accessKeyId = xmlText(credentials, 'AccessKeyId');
  const secretAccessKey = xmlText(credentials, 'SecretAccessKey');
  const sessionToken = xmlText(credentials, 'SessionToken');
  const expiration = xmlText(credentials, 'Expiration');
  if (
    !accessKeyId ||
    !secretAccessKey ||
    !sessionToken ||
    !expiration ||
    Number.isNaN(Date.parse(expiration))
  ) {
    throw serviceError(
      200,
      '<Error><Code>InvalidResponse</Code><Message>GetSessionToken answered without complete credentials.</Message></Error>',
    );
  }
  return { accessKeyId, secretAccessKey, sessionToken, expiration: new Date(expiration) };
}

function serviceError(status: number, xml: string): Error {
  const code = xmlText(xml, 'Code') ?? (status >= 500 ? 'InternalFailure' : `Http${status}`);
  const message = xmlText(xml, 'Message') ?? `HTTP ${status}`;
  return Object.assign(new Error(message), {
    name: code,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });
}

function backoff(attempt: number, throttled: boolean): Promise<void> {
  const base = throttled ? 500 : 100;
  const ms = Math.floor(Math.random() * Math.min(20_000, base * 2 ** attempt));
  return new Promise((resolve) => setTimeout(resolve, ms));
}
