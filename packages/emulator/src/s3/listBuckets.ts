import { escapeXml, isoSeconds } from '../xml.js';
import { canonicalUserId, type S3Action, s3Namespace } from './s3Action.js';

/** S3 ListBuckets (`GET /`), what `aws s3 ls` calls. */
export const listBuckets: S3Action = {
  permission: 's3:ListAllMyBuckets',
  resource: () => '*',
  run({ runtime }) {
    const buckets = Object.values(runtime.state.buckets)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(
        (bucket) =>
          `<Bucket><Name>${escapeXml(bucket.name)}</Name><CreationDate>${isoSeconds(new Date(bucket.creationDate))}</CreationDate></Bucket>`,
      )
      .join('');
    const owner = `<Owner><ID>${canonicalUserId(runtime.accountId)}</ID><DisplayName>awsmfa-sandbox</DisplayName></Owner>`;
    return {
      status: 200,
      xml: `<ListAllMyBucketsResult xmlns="${s3Namespace}">${owner}<Buckets>${buckets}</Buckets></ListAllMyBucketsResult>`,
    };
  },
};
