import { type AwsErrorContext, translateAwsError } from '../aws/translateAwsError.js';
import { AwsMfaError, isAwsMfaError } from '../errors.js';
import { awsText } from '../messages/en/aws.js';

/**
 * The AWS error code of what an SDK call threw (`EntityAlreadyExists`, `AccessDenied`, …),
 * without the SDK's `Exception` suffix; undefined for anything that is no AWS error.
 */
export function awsErrorName(error: unknown): string | undefined {
  if (isAwsMfaError(error)) return error.cause === undefined ? undefined : awsErrorName(error.cause);
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { name?: unknown; Code?: unknown };
  const name = typeof e.Code === 'string' ? e.Code : typeof e.name === 'string' ? e.name : undefined;
  return name === undefined || name === 'Error' ? undefined : name.replace(/Exception$/, '');
}

/** What an IAM call was doing, for the message: `iam:EnableMFADevice` on `arn:…`. */
export interface IamCallContext extends AwsErrorContext {
  /** `iam:CreateVirtualMFADevice` etc. */
  action: string;
  /** The ARN the call acts on. */
  resource?: string | undefined;
  /** Who made the call (the IAM user name), when known. */
  userName?: string | undefined;
}

/**
 * Turns an error of an IAM call into an AwsMfaError. AccessDenied names the permission that is
 * missing (action and resource) and says when the policy allows it only with MFA; anything
 * else goes through `translateAwsError`.
 */
export function explainIamError(error: unknown, context: IamCallContext): AwsMfaError {
  if (isAwsMfaError(error)) return error;
  const name = awsErrorName(error);
  const message = error instanceof Error ? error.message : '';
  // STS words a refused MFA code as AccessDenied too; translateAwsError knows those messages.
  const mfaRefusal = /MultiFactorAuthentication|session credentials/i.test(message);
  if ((name === 'AccessDenied' || name === 'UnauthorizedOperation') && !mfaRefusal) {
    const who = context.userName ?? awsText.profileWho({ profile: context.profile });
    const { action, resource } = context;
    // AWS words it "… with an explicit deny in an identity-based policy"; the seed policy's
    // BlockMostAccessUnlessSignedInWithMFA statement is such a deny for calls without MFA.
    const explicit = /explicit deny/i.test(message);
    return new AwsMfaError('ACCESS_DENIED', awsText.notAllowed({ who, action, resource, explicit }), {
      hint: explicit ? awsText.explicitDenyHint({ action }) : awsText.notAllowedHint({ action, resource }),
      cause: error,
    });
  }
  return translateAwsError(error, {
    ...context,
    operation: context.operation ?? context.action.replace(/^iam:/, ''),
  });
}
