import { defineMessages } from '../defineMessages.js';

/** The operators' words in a condition's reason: `aws:SourceIp 203.0.113.9 is not in [192.0.2.0/24]`. */
export type ConditionVerb =
  | 'oneOf'
  | 'noneOf'
  | 'oneOfIgnoringCase'
  | 'noneOfIgnoringCase'
  | 'matchesOneOf'
  | 'matchesNoneOf'
  | 'equalsOneOf'
  | 'equalsNoneOf'
  | 'lessThanOneOf'
  | 'lessThanNoneOf'
  | 'atMostOneOf'
  | 'atMostNoneOf'
  | 'greaterThanOneOf'
  | 'greaterThanNoneOf'
  | 'atLeastOneOf'
  | 'atLeastNoneOf'
  | 'in'
  | 'notIn';

const verbs: Record<ConditionVerb, string> = {
  oneOf: 'is one of',
  noneOf: 'is none of',
  oneOfIgnoringCase: 'is (ignoring case) one of',
  noneOfIgnoringCase: 'is (ignoring case) none of',
  matchesOneOf: 'matches one of',
  matchesNoneOf: 'matches none of',
  equalsOneOf: 'equals one of',
  equalsNoneOf: 'does not equal any of',
  lessThanOneOf: 'is less than one of',
  lessThanNoneOf: 'is not less than any of',
  atMostOneOf: 'is at most one of',
  atMostNoneOf: 'is not at most any of',
  greaterThanOneOf: 'is greater than one of',
  greaterThanNoneOf: 'is not greater than any of',
  atLeastOneOf: 'is at least one of',
  atLeastNoneOf: 'is not at least any of',
  in: 'is in',
  notIn: 'is not in',
};

const and = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The policy evaluator's reasons, trusted-IP lists, policy documents and the standard check. */
export const policyText = defineMessages('policy', {
  /** Condition reasons. */
  unknownOperator: (p: { operator: string }) => `${p.operator} is not a condition operator IAM knows`,
  keyNull: (p: { key: string; absent: boolean; present: boolean; values: string }) =>
    `${p.key} is ${p.present ? 'present' : p.absent ? 'absent' : 'empty (null)'} (Null ${p.values})`,
  keyMissing: (p: { key: string; absent: boolean; operator: string }) =>
    `${p.key} is ${p.absent ? 'absent' : 'empty (null)'} (${p.operator})`,
  boolIs: (p: { key: string; value: string; expected: string | undefined; operator: string | undefined }) =>
    `${p.key} is ${p.value}${p.expected === undefined ? '' : `, not ${p.expected}`}${p.operator ? ` (${p.operator})` : ''}`,
  compared: (p: {
    key: string;
    value: string;
    verb: ConditionVerb;
    values: string;
    operator: string | undefined;
  }) => `${p.key} ${p.value} ${verbs[p.verb]} ${p.values}${p.operator ? ` (${p.operator})` : ''}`,
  /** Explanations of a decision. */
  statement: (p: { name: string; policy: string }) => `statement ${p.name} of ${p.policy}`,
  withoutConditions: (p: { deny: boolean; action: string; resource: string }) =>
    `it ${p.deny ? 'denies' : 'allows'} ${p.action} on ${p.resource} without conditions`,
  reasons: (p: { reasons: readonly string[] }) => and(p.reasons),
  deniedExplicitly: (p: { statement: string; why: string }) =>
    `Denied explicitly by ${p.statement}: ${p.why}.`,
  allowed: (p: {
    statement: string;
    why: string;
    sparedBy: string | undefined;
    because: string | undefined;
  }) =>
    `Allowed by ${p.statement}: ${p.why}${p.sparedBy ? `; ${p.sparedBy} does not deny it because ${p.because}` : ''}.`,
  deniedImplicitly: (p: {
    action: string;
    resource: string;
    noPolicies: boolean;
    nearMiss: string | undefined;
    but: string | undefined;
  }) =>
    `Denied implicitly: no statement allows ${p.action} on ${p.resource}${p.noPolicies ? ' (the principal has no identity-based policies)' : ''}${p.nearMiss ? `; ${p.nearMiss} would, but ${p.but}` : ''}.`,
  /** Where a policy comes from, as the console shows it. */
  groupInline: (p: { group: string; name: string }) => `group ${p.group} inline policy ${p.name}`,
  userInline: (p: { user: string; name: string }) => `user ${p.user} inline policy ${p.name}`,
  roleInline: (p: { role: string; name: string }) => `role ${p.role} inline policy ${p.name}`,
  trustPolicyOf: (p: { role: string }) => `the trust policy of role ${p.role}`,
  managedAttached: (p: { name: string; attachedTo: string }) =>
    `managed policy ${p.name} attached to ${p.attachedTo}`,
  custom: (p: { name: string }) => `policy ${p.name}`,
  /** Trusted IPs. */
  thePolicy: 'The policy',
  inlinePolicyOfGroup: (p: { name: string; group: string }) => `Inline policy ${p.name} of group ${p.group}`,
  noMfaDeny: (p: { where: string }) =>
    `${p.where} has no statement that denies access without MFA (Effect Deny with BoolIfExists aws:MultiFactorAuthPresent "false"); nothing was changed.`,
  noMfaDenyHint: 'install the MFA policy first (awsmfa policy apply), then edit its trusted IPs',
  /** Size quota. */
  mergeCidrsHint: (p: { notes: readonly string[]; size: string; fits: boolean }) =>
    `merge CIDRs: ${p.notes.join('; ')} (${p.size} characters afterwards, ${p.fits ? 'fits' : 'still too big: also shorten the trusted-IP list'})`,
  inlinePoliciesOfGroup: (p: { group: string }) => `The inline policies of group ${p.group}`,
  theGroupsInlinePolicies: "The group's inline policies",
  tooBig: (p: { subject: string; size: string; quota: string }) =>
    `${p.subject} are ${p.size} characters (IAM allows ${p.quota} for a group's inline policies).`,
  tooBigHint:
    'shorten the trusted-IP list (wider CIDRs), or move statements into a customer managed policy (6,144 characters each)',
  /** Document problems. */
  statementLabel: (p: { number: number; sid: string | undefined }) =>
    `Statement ${p.number}${p.sid === undefined ? '' : ` (${p.sid})`}`,
  notAnObject: (p: { statement: string }) => `${p.statement} is not an object`,
  principalInIdentityPolicy: (p: { statement: string; element: string }) =>
    `${p.statement}: ${p.element} does not belong in an identity-based policy`,
  unknownElement: (p: { statement: string; element: string }) =>
    `${p.statement}: unknown element ${p.element}`,
  badEffect: (p: { statement: string }) => `${p.statement}: Effect must be "Allow" or "Deny"`,
  exactlyOneOf: (p: { statement: string; positive: string; negative: string }) =>
    `${p.statement}: needs exactly one of ${p.positive} and ${p.negative}`,
  notStringList: (p: { statement: string; element: string }) =>
    `${p.statement}: ${p.element} must be a string or a list of strings`,
  conditionNotObject: (p: { statement: string }) => `${p.statement}: Condition must be an object`,
  notAnOperator: (p: { statement: string; operator: string }) =>
    `${p.statement}: ${p.operator} is not a condition operator`,
  operatorNotMap: (p: { statement: string; operator: string }) =>
    `${p.statement}: ${p.operator} must map condition keys to values`,
  badConditionValues: (p: { statement: string; operator: string; key: string }) =>
    `${p.statement}: ${p.operator} ${p.key} must be a value or a non-empty list of values`,
  documentNotObject: 'the policy document is not a JSON object',
  badVersion: 'Version must be "2012-10-17" (or the old "2008-10-17")',
  unknownTopLevel: (p: { element: string }) => `unknown top-level element ${p.element}`,
  noStatement: 'the document has no Statement',
  malformed: (p: { where: string; problem: string }) => `${p.where} is malformed: ${p.problem}.`,
  moreProblems: (p: { problems: readonly string[] }) =>
    `${p.problems.length} more problem(s): ${p.problems.join('; ')}`,
  fixDocumentHint: 'fix the document and try again',
  /** The standard check's intended outcomes. */
  intentPowerUserWithMfa: 'PowerUserAccess allows it once signed in with MFA',
  intentTrustedIp: 'a trusted IP needs no MFA',
  intentDeniedWithoutMfa: 'without MFA from an untrusted IP everything but enrollment is denied',
  intentEnroll: 'users enroll their own device before they have MFA',
  intentGetSessionToken: 'trading an MFA code for a session must work without MFA',
  intentDeactivateWithMfa: 'a user may deactivate their own device when signed in with MFA',
  intentDeactivateTrusted: 'deactivating needs MFA even from a trusted IP',
  intentDeactivate: 'deactivating needs MFA',
  intentRotateWithMfa: 'a user may rotate their own access key when signed in with MFA',
  intentNewKeyTrusted: 'a new access key needs MFA even from a trusted IP',
  intentNoTwinKey: 'a stolen key cannot make itself a twin without MFA',
  trustedTestNotTrusted: (p: { ip: string }) => `The trusted test address ${p.ip} is not in the trusted IPs.`,
  pickInsideHint: (p: { cidrs: readonly string[] }) => `pick one inside ${p.cidrs.join(', ')}`,
  noTrustedIpsHint: 'the policy has no trusted IPs',
  untrustedTestTrusted: (p: { ip: string | undefined }) =>
    `The untrusted test address ${p.ip ?? '(none)'} is in the trusted IPs.`,
  pickOutsideHint: 'pass an address outside every trusted CIDR',
});
