import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { AwsMfaError } from '../errors.js';

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
 * A SessionTokenIssuer that calls STS GetSessionToken through a client made per request with the
 * given long-term keys (e.g. `(credentials) => createStsClient({ region, endpoint, credentials })`).
 *
 * @example const issue = stsSessionTokenIssuer((credentials) => createStsClient({ region, endpoint, credentials }))
 */
export function stsSessionTokenIssuer(
  createClient: (credentials: AwsCredentials) => StsSender,
): SessionTokenIssuer {
  return async (request) => {
    const client = createClient(request.credentials);
    try {
      const output = await client.send(
        new GetSessionTokenCommand({
          SerialNumber: request.mfaSerial,
          TokenCode: request.code,
          DurationSeconds: request.durationSeconds,
        }),
      );
      const c = output?.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
        throw new AwsMfaError('SERVICE_ERROR', 'STS answered GetSessionToken without complete credentials.');
      }
      return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: new Date(c.Expiration),
      };
    } finally {
      client.destroy?.();
    }
  };
}

/** True when an error is AWS's answer (it carries an HTTP status), not a request that never arrived. */
export function awsAnswered(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | undefined)?.$metadata
    ?.httpStatusCode;
  return typeof status === 'number';
}
