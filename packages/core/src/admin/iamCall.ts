import type { IAMClient } from '@aws-sdk/client-iam';
import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { adminText } from '../messages/en/admin.js';
import type { Message } from '../messages/message.js';

/** The IAM client the admin functions are given; the SDK's `IAMClient`, or a fake in unit tests. */
export type IamClient = Pick<IAMClient, 'send'>;

/** What a call is about, for messages: `iam:PutGroupPolicy` on `group MyUsers` (adminText.group). */
export interface IamCallTarget {
  action: string;
  target: Message | string;
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
  const { action, target } = call;
  switch (code) {
    case 'AccessDenied':
    case 'AccessDeniedException':
    case 'UnauthorizedOperation':
      return new AwsMfaError('ACCESS_DENIED', adminText.denied({ action, target }), {
        hint: adminText.deniedHint({ policy: grantingPolicy(action), action }),
        cause: error,
      });
    case 'NoSuchEntity':
      return new AwsMfaError('NOT_FOUND', adminText.doesNotExist({ target }), {
        hint: adminText.doesNotExistHint(),
        cause: error,
      });
    case 'LimitExceeded':
      return new AwsMfaError('CONFLICT', adminText.refused({ action, target, detail }), { cause: error });
    case 'MalformedPolicyDocument':
      return new AwsMfaError('POLICY_INVALID', adminText.policyRejected({ target, detail }), {
        cause: error,
      });
    case 'InvalidClientTokenId':
    case 'SignatureDoesNotMatch':
      return new AwsMfaError('CREDENTIALS_INVALID', adminText.keyRejected({ action }), {
        hint: adminText.keyRejectedHint(),
        cause: error,
      });
    case 'ExpiredToken':
      return new AwsMfaError('SESSION_EXPIRED', adminText.sessionExpired({ action }), {
        hint: adminText.sessionExpiredHint(),
        cause: error,
      });
    case 'Throttling':
      return new AwsMfaError('THROTTLED', adminText.throttled({ action }), { cause: error });
    case 'ServiceFailure':
      return new AwsMfaError('SERVICE_ERROR', adminText.failed({ action, detail }), { cause: error });
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
    return new AwsMfaError('ENDPOINT_UNREACHABLE', adminText.unreachable({ action: call.action, errno }), {
      hint: adminText.unreachableHint(),
      cause: error,
    });
  }
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata
    ?.httpStatusCode;
  if (status !== undefined && status >= 500) {
    return new AwsMfaError('SERVICE_ERROR', adminText.failedStatus({ action: call.action, status }), {
      cause: error,
    });
  }
  const name = awsErrorCode(error) ?? 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return new AwsMfaError(
    'SERVICE_ERROR',
    adminText.failedOther({ action: call.action, target: call.target, name, message }),
    { cause: error },
  );
}
