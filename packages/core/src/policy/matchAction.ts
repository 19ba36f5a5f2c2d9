import { matchWildcard, parseWildcard } from './wildcard.js';

/**
 * True when `action` (e.g. `s3:ListAllMyBuckets`) matches one of the `Action`/`NotAction`
 * patterns. Action names are case-insensitive in IAM; `*` and `?` are wildcards.
 *
 * @example matchAction(['iam:List*'], 'IAM:listusers') // true
 */
export function matchAction(patterns: readonly string[], action: string): boolean {
  return patterns.some((pattern) => matchWildcard(parseWildcard(pattern), action, { ignoreCase: true }));
}
