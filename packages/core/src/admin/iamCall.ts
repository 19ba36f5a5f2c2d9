import type { IAMClient } from '@aws-sdk/client-iam';
import { AwsMfaError, isAwsMfaError } from '../errors.js';

/** The IAM client the admin functions are given; the SDK's `IAMClient`, or a fake in unit tests. */
export type IamClient = Pick<IAMClient, 'send'>;

/** What a call is about, for messages: `iam:PutGroupPolicy` on `group MyUsers`. */
export interface IamCallTarget {
  action: string;
  target: string;
}

/**
 * The AWS error code of an SDK error without the SDK's `Exception` suffix
 * (`NoSuchEntityException` → `NoSuchEntity`), or undefined for anything else.
 */
export function awsErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as { name?: unknown; Code?: unknown };
  const name = typeof record.Code === 'string' ? record.Code : record.name;
  return typeof name === 'string' ? name.replace(/Exception$/, '') : undefined;
}

/**
 * The AWS managed policy that grants `action` to an administrator: IAM's read-only calls
 * (Get*, List*, Simulate*, and Generate* for reports) are in IAMReadOnlyAccess, everything else in
 * IAMFullAccess.
 *
 * @example grantingPolicy('iam:PutGroupPolicy') // 'IAMFullAccess'
 */
export function grantingPolicy(action: string): string {
  const verb = action.replace(/^iam:/, '');
  return /^(Get|List|Simulate|Generate)/.test(verb) ? 'IAMReadOnlyAccess' : 'IAMFullAccess';
}

/**
 * Sends one IAM request and turns its failure into an AwsMfaError the admin can act on: a denied
 * call names the IAM action and the managed policy that would grant it; a missing entity names it.
 */
export async function callIam<T>(call: IamCallTarget, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw iamError(call, error);
  }
}

/** Translates an error of the IAM call `call` (see callIam). */
export function iamError(call: IamCallTarget, error: unknown): AwsMfaError {
  if (isAwsMfaError(error)) return error;
  const code = awsErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'AccessDenied':
    case 'AccessDeniedException':
    case 'UnauthorizedOperation':
      return new AwsMfaError('ACCESS_DENIED', `IAM denied ${call.action} on ${call.target}.`, {
        hint: `attach ${grantingPolicy(call.action)} (or a policy allowing ${call.action}) to the identity running awsmfa; if an MFA policy covers that identity, use an MFA session`,
        cause: error,
      });
    case 'NoSuchEntity':
      return new AwsMfaError('NOT_FOUND', `${capitalize(call.target)} does not exist.`, {
        hint: 'check the name (IAM names are case-sensitive), or create it with awsmfa admin setup',
        cause: error,
      });
    case 'LimitExceeded':
      return new AwsMfaError('CONFLICT', `IAM refused ${call.action} on ${call.target}: ${detail}`, {
        cause: error,
      });
    case 'MalformedPolicyDocument':
      return new AwsMfaError('POLICY_INVALID', `IAM rejected the policy for ${call.target}: ${detail}`, {
        cause: error,
      });
    case 'InvalidClientTokenId':
    case 'SignatureDoesNotMatch':
      return new AwsMfaError(
        'CREDENTIALS_INVALID',
        `AWS rejected the access key while calling ${call.action}.`,
        {
          hint: 'check the profile holding the administrator key (--profile)',
          cause: error,
        },
      );
    case 'ExpiredToken':
      return new AwsMfaError('SESSION_EXPIRED', `The session expired while calling ${call.action}.`, {
        hint: 'start a new session',
        cause: error,
      });
    case 'Throttling':
      return new AwsMfaError('THROTTLED', `IAM kept throttling ${call.action}.`, { cause: error });
    case 'ServiceFailure':
      return new AwsMfaError('SERVICE_ERROR', `IAM failed on ${call.action}: ${detail}`, { cause: error });
    default:
      return networkOrUnknown(call, error);
  }
}

function networkOrUnknown(call: IamCallTarget, error: unknown): AwsMfaError {
  const errno = (error as { code?: unknown } | undefined)?.code;
  if (
    typeof errno === 'string' &&
    /^(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|EAI_AGAIN)$/.test(errno)
  ) {
    return new AwsMfaError('ENDPOINT_UNREACHABLE', `Cannot reach IAM for ${call.action} (${errno}).`, {
      hint: 'check --endpoint-url and your network',
      cause: error,
    });
  }
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata
    ?.httpStatusCode;
  if (status !== undefined && status >= 500) {
    return new AwsMfaError('SERVICE_ERROR', `IAM failed on ${call.action} (HTTP ${status}).`, {
      cause: error,
    });
  }
  const name = awsErrorCode(error) ?? 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return new AwsMfaError(
    'SERVICE_ERROR',
    `IAM ${call.action} on ${call.target} failed: ${name}: ${message}`,
    {
      cause: error,
    },
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
