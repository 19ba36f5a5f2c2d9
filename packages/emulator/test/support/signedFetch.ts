// A raw SigV4-signed HTTP request, for what the SDK clients at hand do not send (S3, odd headers).
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Emulator } from '../../src/index.js';
import type { Credentials } from './clients.js';

export interface RawResponse {
  status: number;
  headers: Headers;
  body: string;
}

export interface SignedFetchOptions {
  service: 'iam' | 'sts' | 's3';
  method?: string;
  path?: string;
  query?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
  /** Signing time (default now). */
  signingDate?: Date;
  /** Leave out the Authorization header entirely. */
  unsigned?: boolean;
  /** Send this body instead of the signed one. */
  tamperedBody?: string;
  /** Headers sent but left out of SignedHeaders (e.g. `host`, which AWS requires signed). */
  unsignableHeaders?: string[];
}

/** Signs (unless `unsigned`) and sends one request to the emulator. */
export async function signedFetch(
  emulator: Emulator,
  credentials: Credentials,
  options: SignedFetchOptions,
): Promise<RawResponse> {
  const url = new URL(emulator.endpoint);
  const body = options.body ?? '';
  const request = new HttpRequest({
    method: options.method ?? 'GET',
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: options.path ?? '/',
    query: options.query ?? {},
    headers: { host: url.host, ...options.headers },
    body,
  });
  const signer = new SignatureV4({
    service: options.service,
    region: emulator.region,
    credentials,
    sha256: Sha256,
    uriEscapePath: options.service !== 's3',
    applyChecksum: options.service === 's3',
  });
  const signed = options.unsigned
    ? request
    : await signer.sign(request, {
        signingDate: options.signingDate,
        unsignableHeaders: new Set(options.unsignableHeaders),
      });
  const search = new URLSearchParams(options.query ?? {}).toString();
  const response = await fetch(`${emulator.endpoint}${signed.path}${search ? `?${search}` : ''}`, {
    method: signed.method,
    headers: Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== 'host')),
    body: signed.method === 'GET' || signed.method === 'HEAD' ? undefined : (options.tamperedBody ?? body),
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** A query-protocol request as a form POST. */
export function queryRequest(
  service: 'iam' | 'sts',
  params: Record<string, string>,
): Pick<SignedFetchOptions, 'service' | 'method' | 'body' | 'headers'> {
  const version = service === 'iam' ? '2010-05-08' : '2011-06-15';
  return {
    service,
    method: 'POST',
    body: new URLSearchParams({ Version: version, ...params }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  };
}
