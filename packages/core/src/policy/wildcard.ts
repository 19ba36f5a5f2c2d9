// IAM's wildcard patterns (`*` any run of characters, `?` exactly one), matched without regular
// expressions so a hostile pattern such as `*a*a*a*a*b` cannot make matching take exponential time.

/** One unit of a pattern: a literal character, `*` (ANY) or `?` (ONE). */
export type PatternUnit = { literal: string } | 'ANY' | 'ONE';

/** A pattern as a list of units; literal `*`/`?` (from `${*}`/`${?}`) are `{ literal }` units. */
export type WildcardPattern = readonly PatternUnit[];

/** Reads `*` and `?` in `text` as wildcards and everything else literally. */
export function parseWildcard(text: string): WildcardPattern {
  return Array.from(
    text,
    (char): PatternUnit => (char === '*' ? 'ANY' : char === '?' ? 'ONE' : { literal: char }),
  );
}

/** Pattern text again: wildcards as `*`/`?`, literals as themselves (for messages). */
export function patternText(pattern: WildcardPattern): string {
  return pattern.map((unit) => (unit === 'ANY' ? '*' : unit === 'ONE' ? '?' : unit.literal)).join('');
}

/**
 * True when the whole of `text` matches `pattern`. Characters are Unicode code points; with
 * `ignoreCase` they are compared lower-cased (IAM action names are case-insensitive).
 *
 * @example matchWildcard(parseWildcard('iam:*MFA*'), 'iam:ListMFADevices') // true
 */
export function matchWildcard(
  pattern: WildcardPattern,
  text: string,
  options: { ignoreCase?: boolean } = {},
): boolean {
  const fold = options.ignoreCase ? (char: string) => char.toLowerCase() : (char: string) => char;
  const chars = Array.from(text, fold);
  const units = pattern.map((unit) => (typeof unit === 'string' ? unit : fold(unit.literal)));
  // Greedy scan that remembers the last `*` and retries from there: O(pattern × text) at worst.
  let p = 0;
  let t = 0;
  let starAt = -1;
  let starText = 0;
  while (t < chars.length) {
    const unit = units[p];
    if (unit === 'ANY') {
      starAt = p;
      starText = t;
      p += 1;
    } else if (unit !== undefined && (unit === 'ONE' || unit === chars[t])) {
      p += 1;
      t += 1;
    } else if (starAt !== -1) {
      p = starAt + 1;
      starText += 1;
      t = starText;
    } else {
      return false;
    }
  }
  while (units[p] === 'ANY') p += 1;
  return p === units.length;
}
