// Checks on policy documents sent to IAM, and AWS's URL-encoding of documents in responses.
import type { PolicyDocument } from '@awsmfa/core';
import { ServiceError } from '../serviceError.js';

/** Parses and checks a policy document as IAM does; `MalformedPolicyDocument` otherwise. */
export function parsePolicyDocument(text: string): PolicyDocument {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ServiceError('MalformedPolicyDocument', 'This policy contains invalid Json', 400);
  }
  const statements = (document as { Statement?: unknown } | null)?.Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  const valid =
    typeof document === 'object' &&
    document !== null &&
    statements !== undefined &&
    list.every(
      (s) =>
        typeof s === 'object' &&
        s !== null &&
        (s.Effect === 'Allow' || s.Effect === 'Deny') &&
        (s.Action !== undefined) !== (s.NotAction !== undefined) &&
        (s.Resource !== undefined) !== (s.NotResource !== undefined),
    );
  if (!valid) throw new ServiceError('MalformedPolicyDocument', 'Syntax errors in policy.', 400);
  return document as PolicyDocument;
}

/** IAM counts a policy's size without whitespace. */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** IAM returns policy documents URL-encoded (RFC 3986); the AWS CLI decodes them, the SDK does not. */
export function encodePolicyDocument(text: string): string {
  return encodeURIComponent(text);
}
