import type { ContextLookup } from './contextLookup.js';
import { resolvePolicyVariables } from './policyVariables.js';
import { matchWildcard, parseWildcard } from './wildcard.js';

/**
 * True when `resource` (an ARN or `*`) matches one of the `Resource`/`NotResource` patterns,
 * case-sensitively. With `policyVariables` (policy Version 2012-10-17) `${…}` is resolved first; a
 * pattern whose variable has no value matches nothing. A `*` may span `:` and `/`, as IAM lets a
 * segment-final `*` expand past the colon boundaries (`arn:aws:s3:::*` covers every bucket and key).
 *
 * @example matchResource(['arn:aws:iam::*:user/${aws:username}'], 'arn:aws:iam::123456789012:user/cli-user', lookup, true) // true
 */
export function matchResource(
  patterns: readonly string[],
  resource: string,
  context: ContextLookup,
  policyVariables: boolean,
): boolean {
  return patterns.some((text) => {
    // Without `${` there is nothing to resolve, and the parsed pattern is cached.
    const pattern =
      policyVariables && text.includes('${') ? resolvePolicyVariables(text, context) : parseWildcard(text);
    return pattern !== undefined && matchWildcard(pattern, resource);
  });
}
