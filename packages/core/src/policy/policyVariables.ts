// Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`) and the escapes
// `${*}`, `${?}`, `${$}` that stand for a literal `*`, `?`, `$` in Resource and condition values.
import { type ContextLookup, contextValues } from './contextLookup.js';
import type { PatternUnit, WildcardPattern } from './wildcard.js';

/**
 * Resolves the policy variables in `text` and reads the rest as a wildcard pattern. Substituted
 * values and escapes are literal (a user name cannot smuggle in a `*`). Returns undefined when a
 * variable has no value and no default: IAM treats it as null, which matches nothing.
 *
 * @example resolvePolicyVariables('arn:aws:iam::*:user/${aws:username}', lookup) // units of 'arn:aws:iam::' + ANY + ':user/cli-user'
 */
export function resolvePolicyVariables(text: string, context: ContextLookup): WildcardPattern | undefined {
  const units: PatternUnit[] = [];
  const literal = (value: string) => {
    for (const char of value) units.push({ literal: char });
  };
  let index = 0;
  while (index < text.length) {
    const start = text.indexOf('${', index);
    const end = start === -1 ? -1 : text.indexOf('}', start + 2);
    const plainEnd = start === -1 || end === -1 ? text.length : start;
    for (const char of text.slice(index, plainEnd)) {
      units.push(char === '*' ? 'ANY' : char === '?' ? 'ONE' : { literal: char });
    }
    if (plainEnd === text.length) break;
    const body = text.slice(start + 2, end);
    index = end + 1;
    if (body === '*' || body === '?' || body === '$') {
      literal(body);
      continue;
    }
    const match = /^\s*([^,'\s]+)\s*(?:,\s*'([^']*)'\s*)?$/.exec(body);
    if (!match) return undefined;
    const values = contextValues(context, match[1]!);
    // A multivalued key cannot be substituted; like a missing one it falls back to the default.
    const value = values?.length === 1 ? values[0] : match[2];
    if (value === undefined) return undefined;
    literal(value);
  }
  return units;
}

/** Resolves policy variables and returns plain text (for `StringEquals`, where `*` is not special). */
export function substitutePolicyVariables(text: string, context: ContextLookup): string | undefined {
  const units = resolvePolicyVariables(text, context);
  if (units === undefined) return undefined;
  return units.map((unit) => (unit === 'ANY' ? '*' : unit === 'ONE' ? '?' : unit.literal)).join('');
}
