// The `Condition` element: every operator IAM documents, its `…IfExists` form, and the
// `ForAnyValue:`/`ForAllValues:` set operators. Values listed for one key are OR'ed; keys and
// operators are AND'ed. Semantics follow "IAM JSON policy elements: Condition operators".
import type { ConditionVerb } from '../messages/en/policy.js';
import { policyText } from '../messages/en/policy.js';
import type { Message } from '../messages/message.js';
import { cidrContains } from './cidr.js';
import { type ContextLookup, contextValues } from './contextLookup.js';
import { resolvePolicyVariables, substitutePolicyVariables } from './policyVariables.js';
import type { ConditionBlock } from './types.js';
import { matchWildcard, parseWildcard } from './wildcard.js';

/** How one `operator → key` pair of a Condition block came out, with a readable reason. */
export interface ConditionOutcome {
  operator: string;
  key: string;
  holds: boolean;
  /** E.g. `aws:SourceIp 203.0.113.9 is not in [192.0.2.0/24]`, `aws:MultiFactorAuthPresent is absent (BoolIfExists)`. */
  reason: string;
  /** `reason` as a catalogue Message, for the user's language. */
  reasonText: Message;
}

interface BaseOperator {
  /** Negated operators hold when no value matches, and also when the key is absent. */
  negated: boolean;
  /** Whether `${…}` policy variables are resolved in this operator's values (per the IAM docs). */
  variables: boolean;
  /** Words for "a value matched" / "nothing matched", e.g. ['in', 'notIn']. */
  verbs: readonly [ConditionVerb, ConditionVerb];
  /** The positive comparison of one request value with one (resolved) policy value. */
  match(requestValue: string, policyValue: string, context: ContextLookup, variables: boolean): boolean;
}

const stringEquals = (a: string, b: string, context: ContextLookup, variables: boolean) => {
  const expected = variables ? substitutePolicyVariables(b, context) : b;
  return expected !== undefined && a === expected;
};
const stringEqualsIgnoreCase = (a: string, b: string, context: ContextLookup, variables: boolean) => {
  const expected = variables ? substitutePolicyVariables(b, context) : b;
  return expected !== undefined && a.toLowerCase() === expected.toLowerCase();
};
const stringLike = (a: string, b: string, context: ContextLookup, variables: boolean) => {
  const pattern = variables ? resolvePolicyVariables(b, context) : parseWildcard(b);
  return pattern !== undefined && matchWildcard(pattern, a);
};

function parseNumber(text: string): number | undefined {
  return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : undefined;
}

/** Dates are ISO 8601 (`2026-01-01T00:00:00Z`) or epoch seconds (`1767225600`), as in IAM. */
function parseDate(text: string): number | undefined {
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(text)) return Number(text) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}/.test(text.trim())) return undefined;
  const millis = Date.parse(text.trim());
  return Number.isNaN(millis) ? undefined : millis;
}

function compareWith(parse: (text: string) => number | undefined, test: (a: number, b: number) => boolean) {
  return (a: string, b: string) => {
    const left = parse(a);
    const right = parse(b);
    return left !== undefined && right !== undefined && test(left, right);
  };
}

/** ArnEquals and ArnLike both match each of the six `:`-separated parts separately, with wildcards. */
function arnLike(a: string, b: string, context: ContextLookup, variables: boolean): boolean {
  const pattern = variables ? substitutePolicyVariables(b, context) : b;
  if (pattern === undefined) return false;
  const patternParts = splitArn(pattern);
  const valueParts = splitArn(a);
  // A pattern that is not ARN-shaped (e.g. `*`) is matched whole; a short `arn:…` never matches.
  if (patternParts === undefined)
    return !pattern.startsWith('arn:') && matchWildcard(parseWildcard(pattern), a);
  if (valueParts === undefined) return false;
  return patternParts.every((part, index) => matchWildcard(parseWildcard(part), valueParts[index]!));
}

function splitArn(text: string): string[] | undefined {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

function ipAddress(a: string, b: string): boolean {
  try {
    return cidrContains(b, a);
  } catch {
    return false;
  }
}

const bool = (a: string, b: string, context: ContextLookup, variables: boolean) => {
  const expected = (variables ? substitutePolicyVariables(b, context) : b)?.toLowerCase();
  return (expected === 'true' || expected === 'false') && a.toLowerCase() === expected;
};

function positive(
  match: BaseOperator['match'],
  verbs: readonly [ConditionVerb, ConditionVerb],
  variables: boolean,
): BaseOperator {
  return { negated: false, variables, verbs, match };
}

const numericTests = {
  Equals: [(a: number, b: number) => a === b, ['equalsOneOf', 'equalsNoneOf']],
  LessThan: [(a: number, b: number) => a < b, ['lessThanOneOf', 'lessThanNoneOf']],
  LessThanEquals: [(a: number, b: number) => a <= b, ['atMostOneOf', 'atMostNoneOf']],
  GreaterThan: [(a: number, b: number) => a > b, ['greaterThanOneOf', 'greaterThanNoneOf']],
  GreaterThanEquals: [(a: number, b: number) => a >= b, ['atLeastOneOf', 'atLeastNoneOf']],
} as const;

const baseOperators = new Map<string, BaseOperator>();
function define(name: string, operator: BaseOperator, negatedName?: string): void {
  baseOperators.set(name.toLowerCase(), operator);
  if (negatedName) baseOperators.set(negatedName.toLowerCase(), { ...operator, negated: true });
}
define('StringEquals', positive(stringEquals, ['oneOf', 'noneOf'], true), 'StringNotEquals');
define(
  'StringEqualsIgnoreCase',
  positive(stringEqualsIgnoreCase, ['oneOfIgnoringCase', 'noneOfIgnoringCase'], true),
  'StringNotEqualsIgnoreCase',
);
define('StringLike', positive(stringLike, ['matchesOneOf', 'matchesNoneOf'], true), 'StringNotLike');
for (const [suffix, [test, verbs]] of Object.entries(numericTests)) {
  define(
    `Numeric${suffix}`,
    positive(compareWith(parseNumber, test), verbs, false),
    suffix === 'Equals' ? 'NumericNotEquals' : undefined,
  );
  define(
    `Date${suffix}`,
    positive(compareWith(parseDate, test), verbs, false),
    suffix === 'Equals' ? 'DateNotEquals' : undefined,
  );
}
// Bool's reason has words of its own (policyText.boolIs).
define('Bool', positive(bool, ['oneOf', 'noneOf'], true));
define(
  'BinaryEquals',
  positive((a, b) => a === b, ['oneOf', 'noneOf'], false),
);
define('IpAddress', positive(ipAddress, ['in', 'notIn'], false), 'NotIpAddress');
define('ArnEquals', positive(arnLike, ['matchesOneOf', 'matchesNoneOf'], true), 'ArnNotEquals');
define('ArnLike', positive(arnLike, ['matchesOneOf', 'matchesNoneOf'], true), 'ArnNotLike');

interface ParsedOperator {
  set: 'ForAnyValue' | 'ForAllValues' | undefined;
  ifExists: boolean;
  /** Lower-cased base name, e.g. `notipaddress`, `null`. */
  base: string;
}

function parseOperator(operator: string): ParsedOperator | undefined {
  const match = /^(?:(ForAnyValue|ForAllValues):)?(.+?)(IfExists)?$/i.exec(operator);
  if (!match) return undefined;
  const set = match[1]?.toLowerCase();
  const base = match[2]!.toLowerCase();
  const ifExists = match[3] !== undefined;
  if (base === 'null' ? ifExists : !baseOperators.has(base)) return undefined;
  return {
    set: set === undefined ? undefined : set === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues',
    ifExists,
    base,
  };
}

/** True when `operator` is one IAM knows, e.g. `ForAllValues:StringLikeIfExists`, `Null`. */
export function isConditionOperator(operator: string): boolean {
  return parseOperator(operator) !== undefined;
}

/** Shows a value in a reason: as is, unless it holds characters that would break the sentence. */
function show(value: string): string {
  const cut = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(cut) ? cut : JSON.stringify(cut);
}

const showList = (values: readonly string[]) => `[${values.map(show).join(', ')}]`;

function evaluateOne(
  operator: string,
  key: string,
  rawValues: readonly string[],
  context: ContextLookup,
  policyVariables: boolean,
): ConditionOutcome {
  const outcome = (holds: boolean, reason: Message): ConditionOutcome => ({
    operator,
    key,
    holds,
    reason: reason.english,
    reasonText: reason,
  });
  const parsed = parseOperator(operator);
  if (parsed === undefined) return outcome(false, policyText.unknownOperator({ operator }));
  const values = contextValues(context, key);
  const keyText = show(key);
  // IAM: a key passed with an empty string has a null value; Null and the set operators treat it
  // as a null data set ("…or if the context key value resolves to a null data set, such as an
  // empty string"), while the other operators still compare the empty string.
  const isNull = values === undefined || values.every((value) => value === '');
  const absent = values === undefined;

  if (parsed.base === 'null') {
    const wantsAbsent = rawValues.map((value) => value.toLowerCase() === 'true');
    const holds = wantsAbsent.some((wanted) => wanted === isNull);
    return outcome(
      holds,
      policyText.keyNull({ key: keyText, absent, present: !isNull, values: showList(rawValues) }),
    );
  }

  const base = baseOperators.get(parsed.base)!;
  if (values === undefined || (isNull && parsed.set !== undefined)) {
    if (parsed.ifExists && values === undefined)
      return outcome(true, policyText.keyMissing({ key: keyText, absent: true, operator }));
    // ForAllValues over no values is vacuously true; ForAnyValue finds nothing. Without a set
    // operator a missing key makes a positive operator false and a negated one true.
    const holds = parsed.set === 'ForAllValues' ? true : parsed.set === 'ForAnyValue' ? false : base.negated;
    return outcome(holds, policyText.keyMissing({ key: keyText, absent, operator }));
  }

  const variables = policyVariables && base.variables;
  const matchesAny = (value: string) =>
    rawValues.some((policyValue) => base.match(value, policyValue, context, variables));
  // Per request value: does it satisfy the operator (for a negated one: match none of the values)?
  const satisfies = (value: string) => (base.negated ? !matchesAny(value) : matchesAny(value));
  let holds: boolean;
  if (parsed.set === 'ForAllValues') holds = values.every(satisfies);
  else if (parsed.set === 'ForAnyValue') holds = values.some(satisfies);
  else holds = base.negated ? !values.some(matchesAny) : values.some(matchesAny);

  const anyMatched = values.some(matchesAny);
  const value = values.length === 1 ? show(values[0]!) : showList(values);
  const setOperator = parsed.set ? operator : undefined;
  if (parsed.base === 'bool') {
    const expected = rawValues.length === 1 ? show(rawValues[0]!) : showList(rawValues);
    return outcome(
      holds,
      policyText.boolIs({
        key: keyText,
        value,
        expected: anyMatched ? undefined : expected,
        operator: setOperator,
      }),
    );
  }
  const verb = anyMatched ? base.verbs[0] : base.verbs[1];
  return outcome(
    holds,
    policyText.compared({ key: keyText, value, verb, values: showList(rawValues), operator: setOperator }),
  );
}

/**
 * Evaluates a statement's Condition block against the request: it holds when every operator/key
 * pair holds. All pairs are evaluated so explanations can name each reason.
 *
 * @example evaluateConditions({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, lookup, true).holds
 */
export function evaluateConditions(
  block: ConditionBlock | undefined,
  context: ContextLookup,
  policyVariables: boolean,
): { holds: boolean; outcomes: ConditionOutcome[] } {
  const outcomes: ConditionOutcome[] = [];
  for (const [operator, keys] of Object.entries(block ?? {})) {
    for (const [key, value] of Object.entries(keys ?? {})) {
      const rawValues = (Array.isArray(value) ? value : [value]).map(String);
      outcomes.push(evaluateOne(operator, key, rawValues, context, policyVariables));
    }
  }
  return { holds: outcomes.every((outcome) => outcome.holds), outcomes };
}
