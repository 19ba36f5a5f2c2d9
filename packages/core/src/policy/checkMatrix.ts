// `awsmfa policy check`: the standard matrix MFA yes/no × trusted/untrusted source IP × a few
// actions, each with the decision the MFA policy (next to PowerUserAccess) is meant to produce.
import { AwsMfaError } from '../errors.js';
import { policyText } from '../messages/en/policy.js';
import type { Message } from '../messages/message.js';
import { callerContext } from './callerContext.js';
import { cidrContains, formatIp, parseCidr } from './cidr.js';
import { evaluatePolicies } from './evaluatePolicies.js';
import { findMfaDenyStatement, getTrustedCidrs } from './trustedIps.js';
import type { Decision, EvaluationResult, NamedPolicy, RequestContext } from './types.js';

/** The actions the standard check tries, in table order. */
export const standardCheckActions = [
  's3:ListAllMyBuckets',
  'ec2:DescribeInstances',
  'iam:CreateVirtualMFADevice',
  'iam:EnableMFADevice',
  'sts:GetSessionToken',
  'iam:DeactivateMFADevice',
  'iam:CreateAccessKey',
] as const;

export type StandardCheckAction = (typeof standardCheckActions)[number];

/** One row of the check: who asks (MFA or a long-term key, from where) and what should happen. */
export interface CheckCase {
  action: StandardCheckAction;
  /** true: session credentials obtained with MFA; false: the long-term access key (no MFA keys at all). */
  mfa: boolean;
  source: 'trusted' | 'untrusted';
  expected: Decision;
  /** Why that is the intended outcome, for the table. */
  intent: string;
  /** `intent` as a catalogue Message, for the user's language. */
  intentText: Message;
}

function intended(action: StandardCheckAction, mfa: boolean, trusted: boolean): [Decision, Message] {
  switch (action) {
    case 's3:ListAllMyBuckets':
    case 'ec2:DescribeInstances':
      if (mfa) return ['allowed', policyText.intentPowerUserWithMfa()];
      if (trusted) return ['allowed', policyText.intentTrustedIp()];
      return ['explicitDeny', policyText.intentDeniedWithoutMfa()];
    case 'iam:CreateVirtualMFADevice':
    case 'iam:EnableMFADevice':
      return ['allowed', policyText.intentEnroll()];
    case 'sts:GetSessionToken':
      return ['allowed', policyText.intentGetSessionToken()];
    case 'iam:DeactivateMFADevice':
      if (mfa) return ['allowed', policyText.intentDeactivateWithMfa()];
      if (trusted) return ['implicitDeny', policyText.intentDeactivateTrusted()];
      return ['explicitDeny', policyText.intentDeactivate()];
    case 'iam:CreateAccessKey':
      if (mfa) return ['allowed', policyText.intentRotateWithMfa()];
      if (trusted) return ['implicitDeny', policyText.intentNewKeyTrusted()];
      return ['explicitDeny', policyText.intentNoTwinKey()];
  }
}

/**
 * The standard check cases for a trusted-IP list; without trusted IPs only the untrusted rows.
 *
 * @example standardCheckCases(['192.0.2.0/24']).length // 28
 */
export function standardCheckCases(trustedCidrs: readonly string[]): CheckCase[] {
  const sources = trustedCidrs.length > 0 ? (['trusted', 'untrusted'] as const) : (['untrusted'] as const);
  const cases: CheckCase[] = [];
  for (const action of standardCheckActions) {
    for (const mfa of [false, true]) {
      for (const source of sources) {
        const [expected, intent] = intended(action, mfa, source === 'trusted');
        cases.push({ action, mfa, source, expected, intent: intent.english, intentText: intent });
      }
    }
  }
  return cases;
}

/** The resource each checked action is authorized against, as IAM/S3/EC2/STS name it. */
export function checkResource(
  action: StandardCheckAction,
  subject: { userName: string; accountId: string },
): string {
  switch (action) {
    case 's3:ListAllMyBuckets':
      return 'arn:aws:s3:::*';
    case 'iam:CreateVirtualMFADevice':
      return `arn:aws:iam::${subject.accountId}:mfa/${subject.userName}`;
    case 'iam:EnableMFADevice':
    case 'iam:DeactivateMFADevice':
    case 'iam:CreateAccessKey':
      return `arn:aws:iam::${subject.accountId}:user/${subject.userName}`;
    default:
      return '*';
  }
}

export interface CheckSubject {
  userName: string;
  accountId: string;
  /** An address inside the trusted list; defaults to one taken from its first CIDR. */
  trustedIp?: string;
  /** An address outside it; defaults to the first documentation address not trusted. */
  untrustedIp?: string;
  now?: Date;
}

export interface CheckResult {
  case: CheckCase;
  sourceIp: string;
  request: RequestContext;
  expected: Decision;
  actual: EvaluationResult;
  ok: boolean;
}

const untrustedCandidates = [
  '203.0.113.77',
  '198.51.100.77',
  '192.0.2.77',
  '100.64.0.77',
  '2001:db8:ffff::77',
];

/** The trusted CIDRs of whichever of the policies holds the MFA deny statement. */
function trustedCidrsOf(policies: readonly NamedPolicy[]): string[] {
  return policies.flatMap((policy) =>
    findMfaDenyStatement(policy.document) ? getTrustedCidrs(policy.document) : [],
  );
}

function isTrusted(trustedCidrs: readonly string[], ip: string): boolean {
  return trustedCidrs.some((cidr) => {
    try {
      return cidrContains(cidr, ip);
    } catch {
      return false;
    }
  });
}

function pickTrustedIp(trustedCidrs: readonly string[]): string | undefined {
  for (const text of trustedCidrs) {
    try {
      const cidr = parseCidr(text);
      const hostBits = (cidr.family === 4 ? 32 : 128) - cidr.prefix;
      // Prefer a host address (network + 1) over the network address itself.
      return formatIp({ family: cidr.family, value: hostBits >= 2 ? cidr.network + 1n : cidr.network });
    } catch {}
  }
  return undefined;
}

/**
 * Runs the standard check against a group's policies (e.g. the MFA inline policy and
 * PowerUserAccess) with the project's evaluator. The trusted IPs come from the MFA deny statement;
 * `ok` says whether each decision is the intended one.
 *
 * @example runCheckMatrix(policies, { userName: 'cli-user', accountId: '123456789012' }).every((row) => row.ok)
 */
export function runCheckMatrix(policies: readonly NamedPolicy[], subject: CheckSubject): CheckResult[] {
  const trustedCidrs = trustedCidrsOf(policies);
  const trustedIp = subject.trustedIp ?? pickTrustedIp(trustedCidrs);
  if (subject.trustedIp !== undefined && !isTrusted(trustedCidrs, subject.trustedIp)) {
    throw new AwsMfaError('INVALID_INPUT', policyText.trustedTestNotTrusted({ ip: subject.trustedIp }), {
      hint: trustedCidrs.length
        ? policyText.pickInsideHint({ cidrs: trustedCidrs })
        : policyText.noTrustedIpsHint(),
    });
  }
  const untrustedIp = subject.untrustedIp ?? untrustedCandidates.find((ip) => !isTrusted(trustedCidrs, ip));
  if (untrustedIp === undefined || isTrusted(trustedCidrs, untrustedIp)) {
    throw new AwsMfaError('INVALID_INPUT', policyText.untrustedTestTrusted({ ip: untrustedIp }), {
      hint: policyText.pickOutsideHint(),
    });
  }
  return standardCheckCases(trustedIp === undefined ? [] : trustedCidrs).map((checkCase) => {
    const sourceIp = checkCase.source === 'trusted' ? trustedIp! : untrustedIp;
    const context = callerContext({
      accountId: subject.accountId,
      userName: subject.userName,
      sourceIp,
      mfaPresent: checkCase.mfa ? true : undefined,
      mfaAgeSeconds: checkCase.mfa ? 60 : undefined,
      now: subject.now,
    });
    const request: RequestContext = {
      action: checkCase.action,
      resource: checkResource(checkCase.action, subject),
      context,
    };
    const actual = evaluatePolicies(policies, request);
    return {
      case: checkCase,
      sourceIp,
      request,
      expected: checkCase.expected,
      actual,
      ok: actual.decision === checkCase.expected,
    };
  });
}
