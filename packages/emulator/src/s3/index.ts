import { createBucket } from './createBucket.js';
import { listBuckets } from './listBuckets.js';
import { listObjects } from './listObjects.js';
import type { S3Action } from './s3Action.js';

/** The S3 operation for a method and path-style path, or `undefined` for one the emulator lacks. */
export function s3Route(
  method: string,
  path: string,
): { name: string; action: S3Action; bucket?: string } | undefined {
  const bucket = /^\/([^/]+)\/?$/.exec(path)?.[1];
  if (method === 'GET' && path === '/') return { name: 'ListBuckets', action: listBuckets };
  if (method === 'PUT' && bucket) return { name: 'CreateBucket', action: createBucket, bucket };
  if (method === 'GET' && bucket) return { name: 'ListObjectsV2', action: listObjects, bucket };
  return undefined;
}
