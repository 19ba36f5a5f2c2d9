// Paging as AWS does it, whatever the protocol: items in a fixed order, a page size, and an opaque
// token naming the last key served. The next page starts after that key rather than at an offset,
// so adding or deleting items between calls shifts nothing. IAM calls the token `Marker`,
// Organizations `NextToken`; each service words its own errors (see iam/paginate.ts).
import { createHash } from 'node:crypto';

/** A short digest of the listing's scope: tokens stay short (IAM's limit is 320 characters). */
function scopeTag(scope: string): string {
  return createHash('sha256').update(scope).digest('base64').slice(0, 12);
}

/** The token that resumes listing `scope` after `key`. */
export function pageToken(scope: string, key: string): string {
  return Buffer.from(JSON.stringify([scopeTag(scope), key]), 'utf8').toString('base64');
}

/** The key a token resumes after; undefined for a token of another listing, or garbage. */
export function readPageToken(token: string, scope: string): string | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  return Array.isArray(decoded) &&
    decoded.length === 2 &&
    decoded[0] === scopeTag(scope) &&
    typeof decoded[1] === 'string'
    ? decoded[1]
    : undefined;
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The first `limit` of `items` (in the order of `keyOf`, unique per item) whose key comes after
 * `after`, and the token for the page after them (undefined on the last page).
 *
 * @example pageAfter(accounts, (a) => a.id, { scope: 'ListAccounts', limit: 20, after: undefined })
 */
export function pageAfter<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string,
  options: { scope: string; limit: number; after: string | undefined },
): { items: T[]; next: string | undefined } {
  const keyed: Array<[string, T]> = [];
  for (const item of items) keyed.push([keyOf(item), item]);
  keyed.sort(byKey);
  let start = 0;
  if (options.after !== undefined) {
    // Binary search for the first key after the token's: its own item may be gone.
    let high = keyed.length;
    while (start < high) {
      const middle = (start + high) >>> 1;
      if (keyed[middle]![0] <= options.after) start = middle + 1;
      else high = middle;
    }
  }
  const served = keyed.slice(start, start + options.limit);
  const truncated = start + options.limit < keyed.length;
  return {
    items: served.map(([, item]) => item),
    next: truncated ? pageToken(options.scope, served[served.length - 1]![0]) : undefined,
  };
}
