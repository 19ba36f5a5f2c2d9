import { AwsMfaError } from '../errors.js';
import type { EvaluationResult } from './types.js';

/**
 * The message AWS puts in an `AccessDenied` error for a request the identity policies refused.
 *
 * @example denialMessage('arn:aws:iam::123456789012:user/cli-user', 's3:ListAllMyBuckets', 'arn:aws:s3:::*', result)
 * // 'User: arn:aws:iam::123456789012:user/cli-user is not authorized to perform: s3:ListAllMyBuckets on resource: arn:aws:s3:::* with an explicit deny in an identity-based policy'
 */
export function denialMessage(
  principalArn: string,
  action: string,
  resource: string,
  result: Pick<EvaluationResult, 'decision'>,
): string {
  const head = `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource}`;
  switch (result.decision) {
    case 'explicitDeny':
      return `${head} with an explicit deny in an identity-based policy`;
    case 'implicitDeny':
      return `${head} because no identity-based policy allows the ${action} action`;
    case 'allowed':
      throw new AwsMfaError('INTERNAL', `denialMessage called for an allowed request (${action}).`);
  }
}
