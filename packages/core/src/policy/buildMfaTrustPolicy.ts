import type { PolicyDocument } from './types.js';

/** Sid of the statement that lets the account's users assume the role with MFA. */
export const mfaTrustSid = 'AllowAccountPrincipalsWithMfa';

/**
 * The trust policy of a role that the principals of `accountId` may assume only with MFA: the
 * account is trusted (so each user also needs `sts:AssumeRole` in an identity policy), and
 * `Bool aws:MultiFactorAuthPresent true` refuses long-term keys, which carry no such key at all,
 * and sessions obtained without a code.
 *
 * @example buildMfaTrustPolicy('123456789012').Statement
 */
export function buildMfaTrustPolicy(accountId: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: mfaTrustSid,
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
    ],
  };
}
