// Reading an incoming HTTP request: body, path, query, source address, and which service and
// action it is for.
import type { IncomingMessage } from 'node:http';
import { organizationsTargetPrefix } from './organizations/index.js';
import { QueryParams } from './queryParams.js';
import { s3Route } from './s3/index.js';
import { ServiceError } from './serviceError.js';
import type { SignedRequest } from './sigv4.js';

/** Larger bodies are refused; IAM policy documents are a few KB. */
const maxBodyBytes = 1024 * 1024;

/** Reads the whole body. */
export async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes)
      throw new ServiceError('RequestEntityTooLarge', 'Request body is too large.', 413);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Splits `/path?query` and decodes the query (`+` stays `+`: SigV4 clients encode spaces as %20). */
export function splitUrl(url: string): { path: string; query: Record<string, string | string[]> } {
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const query: Record<string, string | string[]> = {};
  if (mark >= 0) {
    for (const pair of url.slice(mark + 1).split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? '' : safeDecode(pair.slice(eq + 1));
      const previous = query[key];
      query[key] =
        previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
  }
  return { path, query };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The TCP peer as `aws:SourceIp` sees it: IPv4-mapped IPv6 (`::ffff:127.0.0.1`) becomes plain IPv4. */
export function sourceIp(message: IncomingMessage): string {
  const address = message.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** Query-protocol parameters: the URL query plus a form-encoded body. */
export function queryParams(request: SignedRequest): QueryParams {
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(request.query))
    entries.push([key, Array.isArray(value) ? value[0]! : value]);
  const type = String(request.headers['content-type'] ?? '');
  if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(request.body.toString('utf8'))) entries.push([key, value]);
  }
  return new QueryParams(entries);
}

/**
 * The service a request is for: the SigV4 credential scope's, else guessed from the API version
 * (unsigned requests still get the right error format).
 */
export function serviceOf(
  authorizationHeader: string | undefined,
  params: QueryParams,
  target?: string | undefined,
): string {
  const scoped = /Credential=[^/]*\/\d{8}\/[^/]*\/([^/]+)\//.exec(authorizationHeader ?? '')?.[1];
  if (scoped) return scoped;
  if (target?.startsWith(organizationsTargetPrefix)) return 'organizations';
  if (params.get('Version') === '2010-05-08') return 'iam';
  if (params.get('Action') !== undefined) return 'sts';
  return 's3';
}

/** The action name, for fault rules and the request log. */
export function actionOf(service: string, request: SignedRequest, params: QueryParams): string {
  if (service === 's3') return s3Route(request.method, request.path)?.name ?? 'Unknown';
  // JSON protocols name the action in `X-Amz-Target: Prefix.Action`.
  if (service === 'organizations') return jsonTarget(request)?.split('.')[1] ?? 'Unknown';
  return params.get('Action') ?? 'Unknown';
}

/** The `X-Amz-Target` header of a JSON-protocol request. */
export function jsonTarget(request: Pick<SignedRequest, 'headers'>): string | undefined {
  const target = request.headers['x-amz-target'];
  return typeof target === 'string' ? target : undefined;
}
