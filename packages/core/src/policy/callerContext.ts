// The condition keys AWS puts in the request context of an IAM user's request, built in one
// place so the emulator, `awsmfa policy simulate` and the check matrix agree on them.

/** What is known about an IAM user's request. */
export interface CallerFacts {
  accountId: string;
  userName: string;
  /** The unique id (`AIDA…`); `aws:userid` is omitted without it. */
  userId?: string;
  /** The TCP peer address; `aws:SourceIp` is omitted without it. */
  sourceIp?: string;
  /**
   * `undefined` for a long-term access key (AWS then leaves `aws:MultiFactorAuthPresent` out of the
   * context entirely); `true`/`false` for session credentials obtained with/without an MFA code.
   */
  mfaPresent?: boolean;
  /** Seconds since the MFA code was checked (only meaningful with `mfaPresent: true`). */
  mfaAgeSeconds?: number;
  /** When the session credentials were issued (session credentials only). */
  tokenIssueTime?: Date;
  now?: Date;
  secureTransport?: boolean;
  /** True only when an AWS service calls on the user's behalf; AWS always sets the key. */
  viaAwsService?: boolean;
}

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Builds the request context (`aws:username`, `aws:SourceIp`, `aws:MultiFactorAuthPresent`, …)
 * for `evaluatePolicies`.
 *
 * @example callerContext({ accountId: '123456789012', userName: 'cli-user', sourceIp: '203.0.113.9' })['aws:PrincipalArn'] // 'arn:aws:iam::123456789012:user/cli-user'
 */
export function callerContext(facts: CallerFacts): Record<string, string> {
  const now = facts.now ?? new Date();
  const context: Record<string, string> = {
    'aws:username': facts.userName,
    'aws:PrincipalArn': `arn:aws:iam::${facts.accountId}:user/${facts.userName}`,
    'aws:PrincipalAccount': facts.accountId,
    'aws:PrincipalType': 'User',
    'aws:CurrentTime': isoSeconds(now),
    'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
    'aws:SecureTransport': String(facts.secureTransport ?? true),
    'aws:ViaAWSService': String(facts.viaAwsService ?? false),
  };
  if (facts.userId !== undefined) context['aws:userid'] = facts.userId;
  if (facts.sourceIp !== undefined) context['aws:SourceIp'] = facts.sourceIp;
  if (facts.mfaPresent !== undefined) {
    context['aws:MultiFactorAuthPresent'] = String(facts.mfaPresent);
    if (facts.mfaPresent && facts.mfaAgeSeconds !== undefined) {
      context['aws:MultiFactorAuthAge'] = String(Math.max(0, Math.floor(facts.mfaAgeSeconds)));
    }
  }
  if (facts.tokenIssueTime !== undefined) context['aws:TokenIssueTime'] = isoSeconds(facts.tokenIssueTime);
  return context;
}
