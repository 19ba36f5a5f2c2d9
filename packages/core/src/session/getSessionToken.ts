import type { AwsClientOptions, AwsCredentials } from '../aws/awsClientConfig.js';
import { queryGetSessionToken } from '../aws/queryGetSessionToken.js';
import { AwsMfaError } from '../errors.js';
import { sessionText } from '../messages/en/session.js';

/** One GetSessionToken call: long-term keys + MFA serial + code. */
export interface SessionTokenRequest {
  credentials: AwsCredentials;
  mfaSerial: string;
  code: string;
  durationSeconds: number;
}

/** What STS returns, reduced to what awsmfa keeps. */
export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

/** Exchanges long-term keys and a code for session credentials; injected into obtainSession. */
export type SessionTokenIssuer = (request: SessionTokenRequest) => Promise<IssuedCredentials>;

/** The subset of an STS client this needs (tests pass a mock). */
export interface StsSender {
  // biome-ignore lint/suspicious/noExplicitAny: accepts any STS command, as STSClient.send does.
  send(command: any): Promise<any>;
  destroy?(): void;
}

/**
 * A SessionTokenIssuer that calls STS GetSessionToken with the given long-term keys. Given
 * createStsClient options, it sends one signed Query request without loading the AWS SDK (see
 * queryGetSessionToken: the SDK would cost a third of a fresh `awsmfa env`); given a client
 * factory (an STSClient, or a mock in tests), it sends GetSessionTokenCommand through it.
 *
 * @example const issue = stsSessionTokenIssuer({ region: 'us-east-1', endpoint: process.env.AWS_ENDPOINT_URL })
 */
export function stsSessionTokenIssuer(
  client: Omit<AwsClientOptions, 'credentials'> | ((credentials: AwsCredentials) => StsSender),
): SessionTokenIssuer {
  return async (request) => {
    if (typeof client !== 'function') {
      return queryGetSessionToken(
        { ...client, credentials: request.credentials },
        {
          serialNumber: request.mfaSerial,
          tokenCode: request.code,
          durationSeconds: request.durationSeconds,
        },
      );
    }
    const sts = client(request.credentials);
    const { GetSessionTokenCommand } = await import('@aws-sdk/client-sts');
    try {
      const output = await sts.send(
        new GetSessionTokenCommand({
          SerialNumber: request.mfaSerial,
          TokenCode: request.code,
          DurationSeconds: request.durationSeconds,
        }),
      );
      return issuedCredentials(output, 'GetSessionToken');
    } finally {
      sts.destroy?.();
    }
  };
}

/** The credentials of an SDK answer to `action`; SERVICE_ERROR when any part is missing. */
export function issuedCredentials(
  output:
    | {
        Credentials?: {
          AccessKeyId?: string;
          SecretAccessKey?: string;
          SessionToken?: string;
          Expiration?: Date;
        };
      }
    | undefined,
  action: string,
): IssuedCredentials {
  const c = output?.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
    throw new AwsMfaError('SERVICE_ERROR', sessionText.incompleteCredentials({ action }));
  }
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: new Date(c.Expiration),
  };
}

/** True when an error is AWS's answer (it carries an HTTP status), not a request that never arrived. */
export function awsAnswered(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | undefined)?.$metadata
    ?.httpStatusCode;
  return typeof status === 'number';
}
