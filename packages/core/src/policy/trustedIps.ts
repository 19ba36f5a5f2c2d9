// Reading and editing the trusted-IP list (the `NotIpAddress aws:SourceIp` values) of the MFA deny
// statement, leaving every other byte of meaning in the admin's policy as it was.
import { AwsMfaError } from '../errors.js';
import { policyText } from '../messages/en/policy.js';
import type { Message } from '../messages/message.js';
import { mfaDenySid } from './buildMfaPolicy.js';
import type { ConditionBlock, PolicyDocument, PolicyStatement } from './types.js';

const statementsOf = (document: PolicyDocument): PolicyStatement[] =>
  Array.isArray(document.Statement) ? document.Statement : [document.Statement];

const findKey = (record: object, name: RegExp): string | undefined =>
  Object.keys(record).find((key) => name.test(key));

/** True when the statement denies on `aws:MultiFactorAuthPresent` being false (Bool or BoolIfExists). */
function isMfaDeny(statement: PolicyStatement): boolean {
  if (
    statement?.Effect !== 'Deny' ||
    typeof statement.Condition !== 'object' ||
    statement.Condition === null
  ) {
    return false;
  }
  return Object.entries(statement.Condition).some(([operator, keys]) => {
    if (!/^bool(ifexists)?$/i.test(operator) || typeof keys !== 'object' || keys === null) return false;
    const key = findKey(keys, /^aws:multifactorauthpresent$/i);
    if (key === undefined) return false;
    const values = keys[key];
    return (Array.isArray(values) ? values : [values]).some(
      (value) => String(value).toLowerCase() === 'false',
    );
  });
}

/**
 * Finds the statement that denies access without MFA: the one with Sid
 * `BlockMostAccessUnlessSignedInWithMFA` if it is such a statement, else the first Deny
 * conditioned on `aws:MultiFactorAuthPresent` being false.
 */
export function findMfaDenyStatement(
  document: PolicyDocument,
): { index: number; statement: PolicyStatement } | undefined {
  const statements = statementsOf(document);
  let index = statements.findIndex((statement) => statement?.Sid === mfaDenySid && isMfaDeny(statement));
  if (index === -1) index = statements.findIndex(isMfaDeny);
  return index === -1 ? undefined : { index, statement: statements[index]! };
}

function requireMfaDeny(document: PolicyDocument, where: Message | string) {
  const found = findMfaDenyStatement(document);
  if (!found) {
    throw new AwsMfaError('POLICY_INVALID', policyText.noMfaDeny({ where }), {
      hint: policyText.noMfaDenyHint(),
    });
  }
  return found;
}

/** The `NotIpAddress`(IfExists) operator and spelling of `aws:SourceIp` in a condition block, if any. */
function sourceIpEntry(condition: ConditionBlock | undefined): { operator: string; key: string } | undefined {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    if (!/^notipaddress(ifexists)?$/i.test(operator) || typeof keys !== 'object' || keys === null) continue;
    const key = findKey(keys, /^aws:sourceip$/i);
    if (key !== undefined) return { operator, key };
  }
  return undefined;
}

/**
 * The trusted IPs of the MFA policy: the `NotIpAddress aws:SourceIp` values of its deny statement
 * (empty when it has none). Throws POLICY_INVALID when the document has no MFA deny statement.
 *
 * @example getTrustedCidrs(buildMfaPolicy({ trustedCidrs: ['192.0.2.0/24'] })) // ['192.0.2.0/24']
 */
export function getTrustedCidrs(
  document: PolicyDocument,
  where: Message | string = policyText.thePolicy(),
): string[] {
  const { statement } = requireMfaDeny(document, where);
  const entry = sourceIpEntry(statement.Condition);
  if (!entry) return [];
  const values = statement.Condition![entry.operator]![entry.key];
  return (Array.isArray(values) ? values : [values]).map(String);
}

/**
 * Returns a copy of `document` whose MFA deny statement has exactly `cidrs` as trusted IPs:
 * the `aws:SourceIp` list is replaced in place, added as `NotIpAddress` when missing, or removed
 * when `cidrs` is empty. Every other statement, key, order and value is kept. Callers validate
 * the CIDRs first (`validateTrustedCidr`). Throws POLICY_INVALID without an MFA deny statement.
 *
 * @example setTrustedCidrs(policy, ['192.0.2.0/24', '2001:db8::/32'])
 */
export function setTrustedCidrs(
  document: PolicyDocument,
  cidrs: readonly string[],
  where: Message | string = policyText.thePolicy(),
): PolicyDocument {
  const copy = structuredClone(document);
  const { statement } = requireMfaDeny(copy, where);
  const condition = statement.Condition!;
  const entry = sourceIpEntry(condition);
  if (cidrs.length === 0) {
    if (entry) {
      const keys = condition[entry.operator]!;
      delete keys[entry.key];
      if (Object.keys(keys).length === 0) delete condition[entry.operator];
    }
  } else if (entry) {
    condition[entry.operator]![entry.key] = [...cidrs];
  } else {
    condition.NotIpAddress = { ...condition.NotIpAddress, 'aws:SourceIp': [...cidrs] };
  }
  return copy;
}
