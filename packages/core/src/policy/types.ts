// The IAM policy model shared by the local evaluator (`evaluatePolicies`), the emulator, and the
// `awsmfa policy` commands. Shapes follow the IAM JSON policy grammar.

import type { Message } from '../messages/message.js';

/** A value of `Action`, `Resource`, or a condition: one string or a list. */
export type OneOrMany<T> = T | T[];

/** `Condition` block: operator (e.g. `BoolIfExists`) → context key → value(s). */
export type ConditionBlock = Record<string, Record<string, OneOrMany<string | boolean | number>>>;

/**
 * `Principal` of a trust (resource-based) policy: `"*"`, or a type (`AWS`, `Service`, `Federated`)
 * → ARNs or account ids, e.g. `{ "AWS": "arn:aws:iam::123456789012:root" }`.
 */
export type PrincipalBlock = '*' | Record<string, OneOrMany<string>>;

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  /** Only in trust (resource-based) policies; identity-based policies must not have it. */
  Principal?: PrincipalBlock;
  NotPrincipal?: PrincipalBlock;
  Action?: OneOrMany<string>;
  NotAction?: OneOrMany<string>;
  Resource?: OneOrMany<string>;
  NotResource?: OneOrMany<string>;
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version?: '2012-10-17' | '2008-10-17';
  Id?: string;
  Statement: OneOrMany<PolicyStatement>;
}

/** Where an identity policy comes from, for explanations ("group MyUsers, inline MyUsersPolicy"). */
export type PolicySource =
  | { kind: 'user-inline'; userName: string }
  | { kind: 'group-inline'; groupName: string }
  | { kind: 'role-inline'; roleName: string }
  | { kind: 'managed'; arn: string; attachedTo: string }
  /** A role's trust policy (AssumeRolePolicyDocument). */
  | { kind: 'trust'; roleName: string }
  | { kind: 'custom' };

export interface NamedPolicy {
  name: string;
  source: PolicySource;
  document: PolicyDocument;
}

/**
 * One request to authorize. `context` holds the condition keys in force, e.g.
 * `aws:MultiFactorAuthPresent` ('true'/'false', absent for long-term keys), `aws:SourceIp`,
 * `aws:username`; a key that is absent is simply not in the record.
 */
export interface RequestContext {
  action: string;
  resource: string;
  context: Readonly<Record<string, string | readonly string[]>>;
}

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** A statement that matched the request (action, resource and conditions all applied). */
export interface MatchedStatement {
  policy: string;
  source: PolicySource;
  sid: string | undefined;
  index: number;
  effect: 'Allow' | 'Deny';
}

export interface EvaluationResult {
  decision: Decision;
  /** The statement that decided: the first matching Deny, else the first matching Allow. */
  decidingStatement: MatchedStatement | undefined;
  matched: MatchedStatement[];
  /** One human sentence: which statement decided and why (or why nothing allowed). */
  explanation: string;
  /** `explanation` as a catalogue Message, for the user's language. */
  explanationText: Message;
}
