import type { AwsCredentials } from '../aws/awsClientConfig.js';
import { translateAwsError } from '../aws/translateAwsError.js';
import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { sessionText } from '../messages/en/session.js';
import type { Message } from '../messages/message.js';
import type { CredentialProvider } from './credentialProvider.js';
import type { RoleAssumer } from './stsRoleAssumer.js';
import type { StsSession } from './stsSession.js';

/** AWS's limit for a role assumed with session credentials (role chaining), whatever is asked. */
export const chainedRoleMaxSeconds = 3600;

/** What signs AssumeRole, and what it carries into the role session's cache entry. */
export interface RoleSource extends AwsCredentials {
  /** The MFA device behind these credentials; empty when there is none. */
  mfaSerial: string;
  /** The long-term key at the bottom of the chain. */
  sourceAccessKeyId: string;
}

export interface RoleSessionProviderOptions {
  /** The role's profile, for messages and the session record. */
  profile: string;
  roleArn: string;
  /** `role_session_name`; else one derived from the caller (see defaultRoleSessionName). */
  roleSessionName?: string | undefined;
  /** The role session's length as asked (`--duration`, `duration_seconds`, else 1 h). */
  durationSeconds: number;
  /** Names the setting the length came from, in the chaining notice. */
  durationSource: Message | string;
  externalId?: string | undefined;
  /** The credentials that assume the role: long-term keys, an MFA session, another role session. */
  source: CredentialProvider<RoleSource>;
  sts: RoleAssumer;
  now: () => number;
  notify: (message: Message) => void;
  /** For error messages: the STS endpoint when it is not AWS's. */
  endpoint?: string | undefined;
}

/**
 * A provider of role sessions: AssumeRole of `roleArn`, signed by what `source` provides. With
 * session credentials below (an MFA session or another role: role chaining) AWS allows at most
 * one hour whatever is asked, so that is what is asked, with one notice. AWS's refusals come back
 * as one line naming the role and what the request lacked.
 *
 * @example const session = await roleSessionProvider({ profile: 'prod', roleArn, source, sts, … })()
 */
export function roleSessionProvider(options: RoleSessionProviderOptions): CredentialProvider<StsSession> {
  return async () => {
    const source = await options.source();
    const chained = Boolean(source.sessionToken);
    let durationSeconds = options.durationSeconds;
    if (chained && durationSeconds > chainedRoleMaxSeconds) {
      options.notify(
        sessionText.chainingCap({
          profile: options.profile,
          seconds: durationSeconds,
          source: options.durationSource,
        }),
      );
      durationSeconds = chainedRoleMaxSeconds;
    }
    const credentials: AwsCredentials = {
      accessKeyId: source.accessKeyId,
      secretAccessKey: source.secretAccessKey,
      ...(source.sessionToken ? { sessionToken: source.sessionToken } : {}),
    };
    const roleSessionName =
      options.roleSessionName ??
      defaultRoleSessionName(await callerArnQuietly(options, credentials), options.now());
    try {
      const issued = await options.sts.assumeRole({
        credentials,
        roleArn: options.roleArn,
        roleSessionName,
        durationSeconds,
        externalId: options.externalId,
      });
      return {
        profile: options.profile,
        mfaSerial: source.mfaSerial,
        roleArn: options.roleArn,
        sourceAccessKeyId: source.sourceAccessKeyId,
        accessKeyId: issued.accessKeyId,
        secretAccessKey: issued.secretAccessKey,
        sessionToken: issued.sessionToken,
        expiration: issued.expiration.toISOString(),
        obtainedAt: new Date(options.now()).toISOString(),
      };
    } catch (error) {
      throw explainAssumeRoleError(error, {
        ...options,
        durationSeconds,
        mfa: source.mfaSerial !== '',
        accessKeyId: source.accessKeyId,
      });
    }
  };
}

/**
 * A role session name from the caller's ARN, as AWS shows it in CloudTrail: the IAM user's name
 * (`…:user/ops/alice` → `alice`), or the session name of an assumed role; else `awsmfa-<time>`.
 * Cut to AWS's pattern `[\w+=,.@-]{2,64}`.
 */
export function defaultRoleSessionName(callerArn: string | undefined, nowMs: number): string {
  const name = /:(?:user\/(?:.*\/)?|assumed-role\/[^/]+\/)([^/]+)$/.exec(callerArn ?? '')?.[1];
  const cleaned = (name ?? '').replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `awsmfa-${Math.floor(nowMs / 1000)}`;
}

async function callerArnQuietly(
  options: RoleSessionProviderOptions,
  credentials: AwsCredentials,
): Promise<string | undefined> {
  try {
    return await options.sts.callerArn(credentials);
  } catch {
    // Only the session name depends on it; AssumeRole itself reports what is wrong.
    return undefined;
  }
}

/**
 * AWS answers every trust-policy failure with the same AccessDenied; the hint names the role and
 * what this request lacked (MFA, an ExternalId), which is the likely missing condition.
 */
function explainAssumeRoleError(
  error: unknown,
  context: {
    profile: string;
    roleArn: string;
    durationSeconds: number;
    durationSource: Message | string;
    externalId?: string | undefined;
    mfa: boolean;
    accessKeyId: string;
    endpoint?: string | undefined;
  },
): AwsMfaError {
  if (isAwsMfaError(error)) return error;
  const role = context.roleArn;
  const message = error instanceof Error ? error.message : String(error);
  const name = (error as { name?: unknown } | undefined)?.name;
  if (/MaxSessionDuration/i.test(message)) {
    return new AwsMfaError(
      'INVALID_INPUT',
      sessionText.roleTooLong({ role, seconds: context.durationSeconds, source: context.durationSource }),
      { hint: sessionText.roleTooLongHint({ profile: context.profile }), cause: error },
    );
  }
  if (/role chaining/i.test(message)) {
    return new AwsMfaError('INVALID_INPUT', sessionText.chainedTooLong({ role }), {
      hint: sessionText.chainedTooLongHint({ profile: context.profile }),
      cause: error,
    });
  }
  if (name === 'AccessDenied' || name === 'AccessDeniedException') {
    const caller = /User: (\S+) is not authorized/.exec(message)?.[1];
    const lacks = [
      context.mfa ? undefined : sessionText.lacksMfa({ profile: context.profile }),
      context.externalId === undefined ? sessionText.lacksExternalId() : undefined,
    ].filter((what) => what !== undefined);
    return new AwsMfaError(
      'ACCESS_DENIED',
      sessionText.roleRefused({ caller, profile: context.profile, role }),
      {
        hint:
          lacks.length > 0
            ? sessionText.roleLacksHint({ lacks })
            : sessionText.roleTrustHint({ externalId: context.externalId !== undefined, role }),
        cause: error,
      },
    );
  }
  return translateAwsError(error, {
    profile: context.profile,
    endpoint: context.endpoint,
    accessKeyId: context.accessKeyId,
    operation: 'AssumeRole',
  });
}
