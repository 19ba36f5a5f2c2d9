import { STSClient } from '@aws-sdk/client-sts';
import { type AwsClientOptions, createAwsClient } from './awsClientConfig.js';

/**
 * An STS client with awsmfa's bounded retries and short timeouts, signing with exactly the
 * given credentials (never the SDK's default chain, which could pick up `ASIA…` keys from the
 * environment).
 *
 * @example const sts = createStsClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:4566', credentials })
 */
export function createStsClient(options: AwsClientOptions): STSClient {
  return createAwsClient(STSClient, options);
}
