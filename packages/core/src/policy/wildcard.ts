// IAM's wildcard patterns (`*` any run of characters, `?` exactly one), matched without regular
// expressions so a hostile pattern such as `*a*a*a*a*b` cannot make matching take exponential time.

/** One unit of a pattern: a literal character, `*` (ANY) or `?` (ONE). */
export type PatternUnit = { literal: string } | 'ANY' | 'ONE';

/** A pattern as a list of units; literal `*`/`?` (from `${*}`/`${?}`) are `{ literal }` units. */
export type WildcardPattern = readonly PatternUnit[];

// An audit evaluates the same few policies for thousands of users: parse each pattern once.
const parsedPatterns = new Map<string, WildcardPattern>();
const maxParsedPatterns = 50_000;

/** Reads `*` and `?` in `text` as wildcards and everything else literally. */
export function parseWildcard(text: string): WildcardPattern {
  let pattern = parsedPatterns.get(text);
  if (pattern === undefined) {
    pattern = Object.freeze(
      Array.from(
        text,
        (char): PatternUnit => (char === '*' ? 'ANY' : char === '?' ? 'ONE' : { literal: char }),
      ),
    );
    if (parsedPatterns.size >= maxParsedPatterns) parsedPatterns.clear();
    parsedPatterns.set(text, pattern);
  }
  return pattern;
}

type MatchUnit = 'ANY' | 'ONE' | { char: string };

// The pattern's units with literals folded (or not), computed once per pattern.
const foldedUnits = new WeakMap<WildcardPattern, MatchUnit[]>();
const exactUnits = new WeakMap<WildcardPattern, MatchUnit[]>();

function matchUnits(pattern: WildcardPattern, ignoreCase: boolean): MatchUnit[] {
  const cache = ignoreCase ? foldedUnits : exactUnits;
  let units = cache.get(pattern);
  if (units === undefined) {
    units = pattern.map((unit) =>
      typeof unit === 'string' ? unit : { char: ignoreCase ? unit.literal.toLowerCase() : unit.literal },
    );
    cache.set(pattern, units);
  }
  return units;
}

/** Pattern text again: wildcards as `*`/`?`, literals as themselves (for messages). */
export function patternText(pattern: WildcardPattern): string {
  return pattern.map((unit) => (unit === 'ANY' ? '*' : unit === 'ONE' ? '?' : unit.literal)).join('');
}

// The same action is matched against every pattern of every policy: split it once.
const splitTexts = new Map<string, string[]>();

function textChars(text: string, ignoreCase: boolean): readonly string[] {
  const key = `${ignoreCase ? 'i' : 'e'}${text}`;
  let chars = splitTexts.get(key);
  if (chars === undefined) {
    chars = ignoreCase ? Array.from(text, (char) => char.toLowerCase()) : Array.from(text);
    if (splitTexts.size >= maxParsedPatterns) splitTexts.clear();
    splitTexts.set(key, chars);
  }
  return chars;
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
  const ignoreCase = options.ignoreCase === true;
  const chars = textChars(text, ignoreCase);
  const units = matchUnits(pattern, ignoreCase);
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
    } else if (unit !== undefined && (unit === 'ONE' || unit.char === chars[t])) {
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
