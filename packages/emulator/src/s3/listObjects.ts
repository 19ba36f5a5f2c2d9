import { ServiceError } from '../serviceError.js';
import { escapeXml } from '../xml.js';
import { type S3Action, s3Namespace } from './s3Action.js';

/** S3 ListObjectsV2 (`GET /<bucket>`): buckets hold no objects here, so the listing is empty. */
export const listObjects: S3Action = {
  permission: 's3:ListBucket',
  resource: (r) => `arn:aws:s3:::${r.bucket ?? ''}`,
  run({ runtime, bucket, query }) {
    const name = bucket ?? '';
    if (!runtime.state.buckets[name]) {
      throw new ServiceError('NoSuchBucket', 'The specified bucket does not exist', 404);
    }
    const prefix = typeof query.prefix === 'string' ? query.prefix : '';
    return {
      status: 200,
      xml:
        `<ListBucketResult xmlns="${s3Namespace}"><Name>${escapeXml(name)}</Name><Prefix>${escapeXml(prefix)}</Prefix>` +
        '<KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>',
    };
  },
};
