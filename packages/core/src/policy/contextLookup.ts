import type { RequestContext } from './types.js';

/** The request's condition keys indexed by lower-cased name: IAM key names are case-insensitive. */
export type ContextLookup = ReadonlyMap<string, readonly string[]>;

/** Indexes a request context for case-insensitive lookups; single values become one-element lists. */
export function contextLookup(context: RequestContext['context']): ContextLookup {
  const lookup = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(context)) {
    lookup.set(key.toLowerCase(), typeof value === 'string' ? [value] : value);
  }
  return lookup;
}

/** The values of `key`, or undefined when the request does not carry it (an empty list counts as absent). */
export function contextValues(lookup: ContextLookup, key: string): readonly string[] | undefined {
  const values = lookup.get(key.toLowerCase());
  return values === undefined || values.length === 0 ? undefined : values;
}
