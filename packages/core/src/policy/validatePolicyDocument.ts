// The shape checks IAM applies before it stores an identity-based policy (MalformedPolicyDocument),
// so a typo is refused up front instead of silently never matching in evaluation — a Deny with a
// misspelt operator would otherwise deny nothing.
import { AwsMfaError } from '../errors.js';
import { isConditionOperator } from './conditions.js';

const statementKeys = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => ['string', 'boolean', 'number'].includes(typeof value);
const isStringList = (value: unknown) =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'));

function statementProblems(statement: unknown, label: string): string[] {
  if (!isRecord(statement)) return [`${label} is not an object`];
  const problems: string[] = [];
  const name = typeof statement.Sid === 'string' ? `${label} (${statement.Sid})` : label;
  for (const key of Object.keys(statement)) {
    if (key === 'Principal' || key === 'NotPrincipal')
      problems.push(`${name}: ${key} does not belong in an identity-based policy`);
    else if (!statementKeys.has(key)) problems.push(`${name}: unknown element ${JSON.stringify(key)}`);
  }
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')
    problems.push(`${name}: Effect must be "Allow" or "Deny"`);
  for (const [positive, negative] of [
    ['Action', 'NotAction'],
    ['Resource', 'NotResource'],
  ] as const) {
    const has = [positive, negative].filter((key) => statement[key] !== undefined);
    if (has.length !== 1) problems.push(`${name}: needs exactly one of ${positive} and ${negative}`);
    for (const key of has)
      if (!isStringList(statement[key]))
        problems.push(`${name}: ${key} must be a string or a list of strings`);
  }
  if (statement.Condition !== undefined) {
    if (!isRecord(statement.Condition)) problems.push(`${name}: Condition must be an object`);
    else {
      for (const [operator, keys] of Object.entries(statement.Condition)) {
        if (!isConditionOperator(operator))
          problems.push(`${name}: ${JSON.stringify(operator)} is not a condition operator`);
        if (!isRecord(keys)) {
          problems.push(`${name}: ${operator} must map condition keys to values`);
          continue;
        }
        for (const [key, value] of Object.entries(keys)) {
          const values = Array.isArray(value) ? value : [value];
          if (values.length === 0 || !values.every(isScalar)) {
            problems.push(`${name}: ${operator} ${key} must be a value or a non-empty list of values`);
          }
        }
      }
    }
  }
  return problems;
}

/**
 * Lists what is wrong with an identity-based policy document, one sentence each ([] when valid).
 *
 * @example policyDocumentProblems({ Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { BoolIfExist: {} } }] })
 * // ['Statement 1: "BoolIfExist" is not a condition operator']
 */
export function policyDocumentProblems(document: unknown): string[] {
  if (!isRecord(document)) return ['the policy document is not a JSON object'];
  const problems: string[] = [];
  if (
    document.Version !== undefined &&
    document.Version !== '2012-10-17' &&
    document.Version !== '2008-10-17'
  ) {
    problems.push('Version must be "2012-10-17" (or the old "2008-10-17")');
  }
  for (const key of Object.keys(document)) {
    if (key !== 'Version' && key !== 'Id' && key !== 'Statement')
      problems.push(`unknown top-level element ${JSON.stringify(key)}`);
  }
  const statements = Array.isArray(document.Statement)
    ? document.Statement
    : document.Statement === undefined
      ? []
      : [document.Statement];
  if (statements.length === 0) problems.push('the document has no Statement');
  statements.forEach((statement, index) => {
    problems.push(...statementProblems(statement, `Statement ${index + 1}`));
  });
  return problems;
}

/** Throws POLICY_INVALID naming the first problem of `document` (see `policyDocumentProblems`). */
export function assertValidPolicyDocument(document: unknown, where = 'The policy'): void {
  const problems = policyDocumentProblems(document);
  if (problems.length === 0) return;
  throw new AwsMfaError('POLICY_INVALID', `${where} is malformed: ${problems[0]}.`, {
    hint:
      problems.length > 1
        ? `${problems.length - 1} more problem(s): ${problems.slice(1).join('; ')}`
        : 'fix the document and try again',
  });
}
