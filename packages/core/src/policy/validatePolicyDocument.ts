// The shape checks IAM applies before it stores an identity-based policy (MalformedPolicyDocument),
// so a typo is refused up front instead of silently never matching in evaluation — a Deny with a
// misspelt operator would otherwise deny nothing.
import { AwsMfaError } from '../errors.js';
import { policyText } from '../messages/en/policy.js';
import type { Message } from '../messages/message.js';
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

function statementProblems(statement: unknown, number: number): Message[] {
  if (!isRecord(statement))
    return [policyText.notAnObject({ statement: policyText.statementLabel({ number, sid: undefined }) })];
  const problems: Message[] = [];
  const name = policyText.statementLabel({
    number,
    sid: typeof statement.Sid === 'string' ? statement.Sid : undefined,
  });
  for (const key of Object.keys(statement)) {
    if (key === 'Principal' || key === 'NotPrincipal')
      problems.push(policyText.principalInIdentityPolicy({ statement: name, element: key }));
    else if (!statementKeys.has(key))
      problems.push(policyText.unknownElement({ statement: name, element: JSON.stringify(key) }));
  }
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')
    problems.push(policyText.badEffect({ statement: name }));
  for (const [positive, negative] of [
    ['Action', 'NotAction'],
    ['Resource', 'NotResource'],
  ] as const) {
    const has = [positive, negative].filter((key) => statement[key] !== undefined);
    if (has.length !== 1) problems.push(policyText.exactlyOneOf({ statement: name, positive, negative }));
    for (const key of has)
      if (!isStringList(statement[key]))
        problems.push(policyText.notStringList({ statement: name, element: key }));
  }
  if (statement.Condition !== undefined) {
    if (!isRecord(statement.Condition)) problems.push(policyText.conditionNotObject({ statement: name }));
    else {
      for (const [operator, keys] of Object.entries(statement.Condition)) {
        if (!isConditionOperator(operator))
          problems.push(policyText.notAnOperator({ statement: name, operator: JSON.stringify(operator) }));
        if (!isRecord(keys)) {
          problems.push(policyText.operatorNotMap({ statement: name, operator }));
          continue;
        }
        for (const [key, value] of Object.entries(keys)) {
          const values = Array.isArray(value) ? value : [value];
          if (values.length === 0 || !values.every(isScalar)) {
            problems.push(policyText.badConditionValues({ statement: name, operator, key }));
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
  return policyDocumentProblemTexts(document).map((problem) => problem.english);
}

/** policyDocumentProblems as catalogue Messages. */
function policyDocumentProblemTexts(document: unknown): Message[] {
  if (!isRecord(document)) return [policyText.documentNotObject()];
  const problems: Message[] = [];
  if (
    document.Version !== undefined &&
    document.Version !== '2012-10-17' &&
    document.Version !== '2008-10-17'
  ) {
    problems.push(policyText.badVersion());
  }
  for (const key of Object.keys(document)) {
    if (key !== 'Version' && key !== 'Id' && key !== 'Statement')
      problems.push(policyText.unknownTopLevel({ element: JSON.stringify(key) }));
  }
  const statements = Array.isArray(document.Statement)
    ? document.Statement
    : document.Statement === undefined
      ? []
      : [document.Statement];
  if (statements.length === 0) problems.push(policyText.noStatement());
  statements.forEach((statement, index) => {
    problems.push(...statementProblems(statement, index + 1));
  });
  return problems;
}

/** Throws POLICY_INVALID naming the first problem of `document` (see `policyDocumentProblems`). */
export function assertValidPolicyDocument(
  document: unknown,
  where: Message | string = policyText.thePolicy(),
): void {
  const problems = policyDocumentProblemTexts(document);
  if (problems.length === 0) return;
  throw new AwsMfaError('POLICY_INVALID', policyText.malformed({ where, problem: problems[0]! }), {
    hint:
      problems.length > 1
        ? policyText.moreProblems({ problems: problems.slice(1) })
        : policyText.fixDocumentHint(),
  });
}
