import type { AwsClientOptions } from './awsClientConfig.js';
import { queryStsAction, requireStsCredentials } from './queryStsAction.js';
import { type StsCredentials, xmlText } from './stsXml.js';

/** AssumeRole's parameters (the MFA context rides on the signing credentials, not on these). */
export interface AssumeRoleInput {
  roleArn: string;
  roleSessionName: string;
  durationSeconds: number;
  externalId?: string | undefined;
}

/** The credentials AssumeRole returns, and the session's ARN (`arn:aws:sts::…:assumed-role/ROLE/SESSION`). */
export interface AssumedRoleCredentials extends StsCredentials {
  assumedRoleArn: string | undefined;
}

/**
 * Calls STS AssumeRole with the given credentials, as one signed Query request (see
 * queryStsAction for retries, time-outs and the shape of its errors).
 *
 * @example await queryAssumeRole({ region, credentials: mfaSession }, { roleArn, roleSessionName: 'alice', durationSeconds: 3600 })
 */
export async function queryAssumeRole(
  options: AwsClientOptions,
  input: AssumeRoleInput,
): Promise<AssumedRoleCredentials> {
  const xml = await queryStsAction(options, 'AssumeRole', {
    RoleArn: input.roleArn,
    RoleSessionName: input.roleSessionName,
    DurationSeconds: String(input.durationSeconds),
    ...(input.externalId === undefined ? {} : { ExternalId: input.externalId }),
  });
  const assumedRole = xmlText(xml, 'AssumedRoleUser') ?? '';
  return { ...requireStsCredentials(xml, 'AssumeRole'), assumedRoleArn: xmlText(assumedRole, 'Arn') };
}
