import type { AwsClientOptions } from './awsClientConfig.js';
import { queryStsAction, requireStsCredentials } from './queryStsAction.js';
import type { StsCredentials } from './stsXml.js';

/** GetSessionToken's parameters. */
export interface GetSessionTokenInput {
  serialNumber: string;
  tokenCode: string;
  durationSeconds: number;
}

/** The credentials GetSessionToken returns. */
export type SessionTokenCredentials = StsCredentials;

/**
 * Calls STS GetSessionToken with long-term keys, as one signed Query request (see
 * queryStsAction for retries, time-outs and the shape of its errors).
 *
 * @example await queryGetSessionToken({ region: 'us-east-1', credentials }, { serialNumber, tokenCode: '123456', durationSeconds: 3600 })
 */
export async function queryGetSessionToken(
  options: AwsClientOptions,
  input: GetSessionTokenInput,
): Promise<SessionTokenCredentials> {
  const xml = await queryStsAction(options, 'GetSessionToken', {
    DurationSeconds: String(input.durationSeconds),
    SerialNumber: input.serialNumber,
    TokenCode: input.tokenCode,
  });
  return requireStsCredentials(xml, 'GetSessionToken');
}
