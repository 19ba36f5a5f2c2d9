import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { type AwsClientOptions, createAwsClient } from './awsClientConfig.js';

/**
 * An AWS Organizations client with awsmfa's bounded retries and short timeouts, signing with
 * exactly the given credentials. Organizations lives in us-east-1 whatever the region.
 *
 * @example const organizations = createOrganizationsClient({ region: 'us-east-1', endpoint, credentials })
 */
export function createOrganizationsClient(options: AwsClientOptions): OrganizationsClient {
  return createAwsClient(OrganizationsClient, options);
}
