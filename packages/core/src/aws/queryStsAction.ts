// One STS action as a signed Query request, without the AWS SDK. The SDK costs ~70 ms to load
// here, a third of a fresh `awsmfa env --code …`; the STS calls on that path are made directly:
// SigV4 with node:crypto, node:http(s), the same bounded retries and timeouts as createStsClient,
// and errors shaped like the SDK's so translateAwsError reads them alike.
import type { IncomingHttpHeaders } from 'node:http';
import { awsServiceUrl, checkEndpointUrl, checkRegion } from '../endpoints.js';
import { endpointsText } from '../messages/en/endpoints.js';
import { type AwsClientOptions, clientTimeouts } from './awsClientConfig.js';
import { clockSkewErrorCodes, throttlingErrorCodes } from './awsErrorCodes.js';
import { signSigV4 } from './signSigV4.js';
import { type StsCredentials, stsCredentials, xmlText } from './stsXml.js';

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
 * Calls STS `action` with `params` and returns the XML of its successful answer. Throttling, 5xx,
 * resets and timeouts are retried (`maxAttempts`, default 3, jittered exponential backoff); a
 * clock-skew rejection is retried once with the server's time. Failures are thrown as the SDK
 * would: service errors with `name` = AWS code, `message` and `$metadata.httpStatusCode`; network
 * errors with their `code`; time-outs as `TimeoutError`.
 *
 * @example const xml = await queryStsAction({ region: 'us-east-1', credentials }, 'GetCallerIdentity', {})
 */
export async function queryStsAction(
  options: AwsClientOptions,
  action: string,
  params: Readonly<Record<string, string>>,
): Promise<string> {
  // Checked here too, for callers other than the CLI: the region goes into the host name and the
  // signature's scope, the endpoint is where the signed request (and its MFA code) goes.
  const region = checkRegion(options.region, 'region');
  const url = options.endpoint
    ? new URL(checkEndpointUrl(options.endpoint, endpointsText.theStsEndpoint()))
    : awsServiceUrl('sts', region);
  const body = formEncode({ Action: action, Version: '2011-06-15', ...params });
  const maxAttempts = options.maxAttempts ?? 3;
  let clockOffsetMs = 0;
  let skewRetried = false;
  for (let attempt = 1; ; attempt++) {
    let error: unknown;
    try {
      const headers = signSigV4({
        url,
        body,
        service: 'sts',
        region,
        credentials: options.credentials,
        now: new Date(Date.now() + clockOffsetMs),
      });
      const response = await send(url, headers, body, options);
      const serverDate = dateHeader(response.headers);
      if (serverDate) options.onServerDate?.(serverDate, new Date());
      if (response.status === 200) return response.body;
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

/**
 * The credentials in an STS answer to `action`; a 200 without complete credentials is thrown as
 * the service error `InvalidResponse`, which translateAwsError reports as a service fault.
 */
export function requireStsCredentials(xml: string, action: string): StsCredentials {
  const credentials = stsCredentials(xml);
  if (credentials) return credentials;
  throw serviceError(
    200,
    `<Error><Code>InvalidResponse</Code><Message>${action} answered without complete credentials.</Message></Error>`,
  );
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
