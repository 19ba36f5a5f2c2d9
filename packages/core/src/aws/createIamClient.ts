import { IAMClient } from '@aws-sdk/client-iam';
import { type AwsClientOptions, awsClientConfig, serverDateMiddleware } from './awsClientConfig.js';

/**
 * An IAM client with awsmfa's bounded retries and short timeouts, signing with exactly the
 * given credentials.
 *
 * @example const iam = createIamClient({ region: 'us-east-1', endpoint: process.env.AWS_ENDPOINT_URL, credentials })
 */
export function createIamClient(options: AwsClientOptions): IAMClient {
  const client = new IAMClient(awsClientConfig(options));
  if (options.onServerDate) {
    client.middlewareStack.add(serverDateMiddleware(options.onServerDate), {
      step: 'deserialize',
      priority: 'low',
      name: 'awsmfaServerDate',
    });
  }
  return client;
}
