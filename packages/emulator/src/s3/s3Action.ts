import { createHash } from 'node:crypto';
import type { ActionRequest } from '../action.js';

/** An S3 request: the bucket from the path (path-style addressing, as clients use for IP endpoints). */
export interface S3Request extends Omit<ActionRequest, 'params'> {
  bucket: string | undefined;
  query: Record<string, string | string[]>;
  body: Buffer;
}

/** What an S3 action answers: status, XML document (without declaration) and extra headers. */
export interface S3Result {
  status: number;
  xml: string;
  headers?: Record<string, string>;
}

export interface S3Action {
  permission: string;
  resource(request: S3Request): string;
  run(request: S3Request): S3Result;
}

/** The account's canonical user id, as S3 shows bucket owners. */
export function canonicalUserId(accountId: string): string {
  return createHash('sha256').update(`awsmfa-emulator:${accountId}`).digest('hex');
}

export const s3Namespace = 'http://s3.amazonaws.com/doc/2006-03-01/';
