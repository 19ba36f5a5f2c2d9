import {
  CreateAccessKeyCommand,
  DeleteAccessKeyCommand,
  GetAccessKeyLastUsedCommand,
  type IAMClient,
  ListAccessKeysCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { listAll } from '../aws/listAll.js';
import type { LongTermKeys } from './keyStore.js';

/** One access key of an IAM user, as ListAccessKeys describes it (never its secret). */
export interface AccessKeyInfo {
  accessKeyId: string;
  status: 'Active' | 'Inactive';
  createDate?: Date | undefined;
}

/** The IAM and STS calls `keys rotate` makes: IAM signed by an MFA session, STS by the key under test. */
export interface AccessKeyApi {
  listAccessKeys(userName: string): Promise<AccessKeyInfo[]>;
  /** When the key last signed a request; undefined when never. */
  lastUsed(accessKeyId: string): Promise<Date | undefined>;
  createAccessKey(userName: string): Promise<LongTermKeys>;
  deactivateAccessKey(userName: string, accessKeyId: string): Promise<void>;
  deleteAccessKey(userName: string, accessKeyId: string): Promise<void>;
  /** GetCallerIdentity signed by `keys`: the ARN AWS sees behind them. */
  callerArn(keys: AwsCredentials): Promise<string>;
}

/**
 * The access-key calls on real SDK clients: `iam` signs with the MFA session, `sts(keys)` builds
 * a client that signs with the given keys.
 *
 * @example createAccessKeyApi({ iam: createIamClient({ region, credentials: session }), sts: (keys) => createStsClient({ region, credentials: keys }) })
 */
export function createAccessKeyApi(clients: {
  iam: IAMClient;
  sts: (keys: AwsCredentials) => STSClient;
}): AccessKeyApi {
  const { iam } = clients;
  return {
    async listAccessKeys(userName) {
      const keys = await listAll((marker) =>
        iam
          .send(new ListAccessKeysCommand({ UserName: userName, Marker: marker }))
          .then((r) => ({ items: r.AccessKeyMetadata ?? [], marker: r.Marker, truncated: r.IsTruncated })),
      );
      return keys.flatMap((key): AccessKeyInfo[] =>
        key.AccessKeyId
          ? [
              {
                accessKeyId: key.AccessKeyId,
                status: key.Status === 'Inactive' ? 'Inactive' : 'Active',
                createDate: key.CreateDate,
              },
            ]
          : [],
      );
    },
    async lastUsed(accessKeyId) {
      const out = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }));
      return out.AccessKeyLastUsed?.LastUsedDate;
    },
    async createAccessKey(userName) {
      const out = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
      const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey } = out.AccessKey ?? {};
      if (!accessKeyId || !secretAccessKey) throw new Error('CreateAccessKey answered without a key');
      return { accessKeyId, secretAccessKey };
    },
    async deactivateAccessKey(userName, accessKeyId) {
      await iam.send(
        new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId, Status: 'Inactive' }),
      );
    },
    async deleteAccessKey(userName, accessKeyId) {
      await iam.send(new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId }));
    },
    async callerArn(keys) {
      const sts = clients.sts(keys);
      try {
        return (await sts.send(new GetCallerIdentityCommand({}))).Arn ?? '';
      } finally {
        sts.destroy();
      }
    },
  };
}
