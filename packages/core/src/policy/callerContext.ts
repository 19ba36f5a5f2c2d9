// The condition keys AWS puts in the request context of an IAM user's (or a role session's)
// request, built in one place so the emulator, `awsmfa policy simulate` and the check matrix agree.

/** A role session as policies see it. */
export interface RoleSessionFacts {
  /** `arn:aws:iam::…:role/path/Name`: a role session's `aws:PrincipalArn` is its role's ARN. */
  roleArn: string;
  /** The role's unique id (`AROA…`). */
  roleId: string;
  roleSessionName: string;
}

/** Who calls: an IAM user, or a role session (which has no `aws:username`). */
export type CallerIdentityFacts =
  | {
      userName: string;
      /** The unique id (`AIDA…`); `aws:userid` is omitted without it. */
      userId?: string;
      role?: undefined;
    }
  | { role: RoleSessionFacts; userName?: undefined; userId?: undefined };

/** What is known about a request by an IAM user or a role session. */
export type CallerFacts = CallerIdentityFacts & {
  accountId: string;
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
};

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function principalKeys(facts: CallerFacts): Record<string, string> {
  if (facts.role) {
    return {
      'aws:PrincipalArn': facts.role.roleArn,
      'aws:PrincipalType': 'AssumedRole',
      'aws:userid': `${facts.role.roleId}:${facts.role.roleSessionName}`,
    };
  }
  return {
    'aws:username': facts.userName,
    'aws:PrincipalArn': `arn:aws:iam::${facts.accountId}:user/${facts.userName}`,
    'aws:PrincipalType': 'User',
    ...(facts.userId === undefined ? {} : { 'aws:userid': facts.userId }),
  };
}

/**
 * Builds the request context (`aws:username`, `aws:SourceIp`, `aws:MultiFactorAuthPresent`, …)
 * for `evaluatePolicies`.
 *
 * @example callerContext({ accountId: '123456789012', userName: 'cli-user', sourceIp: '203.0.113.9' })['aws:PrincipalArn'] // 'arn:aws:iam::123456789012:user/cli-user'
 */
export function callerContext(facts: CallerFacts): Record<string, string> {
  const now = facts.now ?? new Date();
  const context: Record<string, string> = {
    ...principalKeys(facts),
    'aws:PrincipalAccount': facts.accountId,
    'aws:CurrentTime': isoSeconds(now),
    'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
    'aws:SecureTransport': String(facts.secureTransport ?? true),
    'aws:ViaAWSService': String(facts.viaAwsService ?? false),
  };
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
