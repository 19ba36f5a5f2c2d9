// Checks on a role's trust policy (AssumeRolePolicyDocument), as IAM makes them on CreateRole and
// UpdateAssumeRolePolicy: a resource-based policy naming principals, with STS actions only.
import type { OneOrMany, PolicyDocument, PolicyStatement } from '@awsmfa/core';
import { ServiceError } from '../serviceError.js';
import type { State } from '../state.js';

/** IAM's default quota on the length of a role trust policy (without whitespace). */
const trustPolicyQuota = 2048;

const malformed = (message: string) => new ServiceError('MalformedPolicyDocument', message, 400);

const list = <T>(value: OneOrMany<T> | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as T];

/** Whether an `AWS` principal is `*`, an account, or a user or role that exists in this account. */
function validAwsPrincipal(state: State, accountId: string, value: string): boolean {
  if (value === '*' || /^\d{12}$/.test(value)) return true;
  const arn = /^arn:aws:(iam|sts)::(\d{12}):(.+)$/.exec(value);
  if (!arn) return false;
  const [, service, account, resource] = arn as unknown as [string, string, string, string];
  if (service === 'iam' && resource === 'root') return true;
  // IAM stores a principal in this account by its unique id, so it has to exist; other accounts'
  // principals cannot be checked here.
  if (account !== accountId) return true;
  const entity = /^(user|role)\/(?:.*\/)?([\w+=,.@-]+)$/.exec(resource);
  if (service === 'iam' && entity) {
    return entity[1] === 'user'
      ? state.users[entity[2]!] !== undefined
      : state.roles[entity[2]!] !== undefined;
  }
  return service === 'sts' && /^assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+$/.test(resource);
}

function checkPrincipals(state: State, accountId: string, statement: PolicyStatement): void {
  const block = statement.Principal ?? statement.NotPrincipal;
  if (block === undefined) {
    throw malformed(
      'Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!',
    );
  }
  if (block === '*') return;
  if (typeof block !== 'object' || block === null) throw malformed('Syntax errors in policy.');
  for (const value of list(block.AWS)) {
    if (typeof value !== 'string' || !validAwsPrincipal(state, accountId, value)) {
      throw malformed(`Invalid principal in policy: "AWS":"${String(value)}"`);
    }
  }
}

/**
 * Parses a trust policy and checks it as IAM does, with AWS's `MalformedPolicyDocument` and
 * `LimitExceeded` texts: valid JSON, statements with Effect, Action and a principal that exists,
 * no Resource, and only `sts:` actions.
 */
export function parseTrustPolicyDocument(state: State, accountId: string, text: string): PolicyDocument {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw malformed('This policy contains invalid Json');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw malformed('Syntax errors in policy.');
  }
  const statements = list((document as PolicyDocument).Statement);
  if (statements.length === 0) throw malformed('Syntax errors in policy.');
  for (const statement of statements) {
    if (typeof statement !== 'object' || statement === null) throw malformed('Syntax errors in policy.');
    if (statement.Resource !== undefined || statement.NotResource !== undefined) {
      throw malformed(
        `Has prohibited field ${statement.Resource !== undefined ? 'Resource' : 'NotResource'}`,
      );
    }
    const actions = list(statement.Action ?? statement.NotAction);
    if ((statement.Effect !== 'Allow' && statement.Effect !== 'Deny') || actions.length === 0) {
      throw malformed('Syntax errors in policy.');
    }
    if (!actions.every((action) => typeof action === 'string' && /^sts:/i.test(action))) {
      throw malformed('AssumeRole policy may only specify STS AssumeRole actions.');
    }
    checkPrincipals(state, accountId, statement);
  }
  if (text.replace(/\s/g, '').length > trustPolicyQuota) {
    throw new ServiceError(
      'LimitExceeded',
      `Cannot exceed quota for ACLSizePerRole: ${trustPolicyQuota}`,
      409,
    );
  }
  return document as PolicyDocument;
}
