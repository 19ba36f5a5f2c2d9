import { ServiceError } from '../serviceError.js';
import type { S3Action } from './s3Action.js';

const bucketName = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** S3 CreateBucket (`PUT /<bucket>`), what `aws s3 mb` and `aws s3api create-bucket` call. */
export const createBucket: S3Action = {
  permission: 's3:CreateBucket',
  resource: (r) => `arn:aws:s3:::${r.bucket ?? ''}`,
  run({ runtime, bucket, now }) {
    const name = bucket ?? '';
    if (!bucketName.test(name) || name.includes('..')) {
      throw new ServiceError('InvalidBucketName', 'The specified bucket is not valid.', 400);
    }
    if (runtime.state.buckets[name]) {
      throw new ServiceError(
        'BucketAlreadyOwnedByYou',
        'Your previous request to create the named bucket succeeded and you already own it.',
        409,
      );
    }
    runtime.state.buckets[name] = { name, creationDate: now.toISOString() };
    return { status: 200, xml: '', headers: { location: `/${name}` } };
  },
};
