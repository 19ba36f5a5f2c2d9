import type { AwsClientOptions } from './awsClientConfig.js';
import { queryStsAction } from './queryStsAction.js';
import { xmlText } from './stsXml.js';

/**
 * Calls STS GetCallerIdentity (no permission needed) and returns who the credentials are.
 *
 * @example (await queryCallerIdentity({ region, credentials })).arn // 'arn:aws:iam::123456789012:user/alice'
 */
export async function queryCallerIdentity(
  options: AwsClientOptions,
): Promise<{ arn: string; account: string; userId: string }> {
  const xml = await queryStsAction(options, 'GetCallerIdentity', {});
  return {
    arn: xmlText(xml, 'Arn') ?? '',
    account: xmlText(xml, 'Account') ?? '',
    userId: xmlText(xml, 'UserId') ?? '',
  };
}
