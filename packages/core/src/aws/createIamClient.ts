import { IAMClient } from '@aws-sdk/client-iam';
import { type AwsClientOptions, createAwsClient } from './awsClientConfig.js';

/**
 * An IAM client with awsmfa's bounded retries and short timeouts, signing with exactly the
 * given credentials.
 *
 * @example const iam = createIamClient({ region: 'us-east-1', endpoint: process.env.AWS_ENDPOINT_URL, credentials })
 */
export function createIamClient(options: AwsClientOptions): IAMClient {
  return createAwsClient(IAMClient, options);
}
