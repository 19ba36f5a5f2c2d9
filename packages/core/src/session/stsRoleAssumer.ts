import type { AwsClientOptions, AwsCredentials } from '../aws/awsClientConfig.js';
import { queryAssumeRole } from '../aws/queryAssumeRole.js';
import { queryCallerIdentity } from '../aws/queryCallerIdentity.js';
import { type IssuedCredentials, issuedCredentials, type StsSender } from './getSessionToken.js';

/** One AssumeRole call, signed by `credentials` (long-term keys, an MFA session or another role's session). */
export interface AssumeRoleRequest {
  credentials: AwsCredentials;
  roleArn: string;
  roleSessionName: string;
  durationSeconds: number;
  externalId?: string | undefined;
}

/** The STS calls a role session needs; injected into roleSessionProvider. */
export interface RoleAssumer {
  assumeRole(request: AssumeRoleRequest): Promise<IssuedCredentials>;
  /** The ARN of the identity behind `credentials` (GetCallerIdentity), for a default session name. */
  callerArn(credentials: AwsCredentials): Promise<string>;
}

/**
 * A RoleAssumer that calls STS. Given createStsClient options, it sends signed Query requests
 * without loading the AWS SDK (as stsSessionTokenIssuer does); given a client factory (an
 * STSClient, or a mock in tests), it sends the SDK's commands through it.
 *
 * @example const roles = stsRoleAssumer({ region: 'us-east-1', endpoint: process.env.AWS_ENDPOINT_URL })
 */
export function stsRoleAssumer(
  client: Omit<AwsClientOptions, 'credentials'> | ((credentials: AwsCredentials) => StsSender),
): RoleAssumer {
  if (typeof client !== 'function') {
    return {
      assumeRole: (request) => queryAssumeRole({ ...client, credentials: request.credentials }, request),
      callerArn: async (credentials) => (await queryCallerIdentity({ ...client, credentials })).arn,
    };
  }
  return {
    async assumeRole(request) {
      const sts = client(request.credentials);
      const { AssumeRoleCommand } = await import('@aws-sdk/client-sts');
      try {
        const output = await sts.send(
          new AssumeRoleCommand({
            RoleArn: request.roleArn,
            RoleSessionName: request.roleSessionName,
            DurationSeconds: request.durationSeconds,
            ...(request.externalId === undefined ? {} : { ExternalId: request.externalId }),
          }),
        );
        return issuedCredentials(output, 'AssumeRole');
      } finally {
        sts.destroy?.();
      }
    },
    async callerArn(credentials) {
      const sts = client(credentials);
      const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
      try {
        return (await sts.send(new GetCallerIdentityCommand({})))?.Arn ?? '';
      } finally {
        sts.destroy?.();
      }
    },
  };
}
