/** A change to a process environment: variables to set (name → value) and names to unset. */
export interface EnvChange {
  readonly set: Readonly<Record<string, string>>;
  readonly unset: readonly string[];
}

/** Thrown when a change cannot be rendered safely for the chosen shell. */
export class ShellRenderError extends Error {
  override readonly name = 'ShellRenderError';
  constructor(
    message: string,
    /** The variable whose name or value could not be rendered. */
    readonly variable: string,
  ) {
    super(message);
  }
}

// Portable environment names: every shell here accepts them unquoted, so names never need escaping.
const variableName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Validates a change and returns its entries in a deterministic order: unsets first, then sets,
 * each sorted by name (code-unit order, not locale order, so output is identical everywhere).
 */
export function sortedEntries(change: EnvChange): {
  unset: string[];
  set: Array<[name: string, value: string]>;
} {
  const setNames = Object.keys(change.set);
  for (const name of [...setNames, ...change.unset]) {
    if (!variableName.test(name)) {
      throw new ShellRenderError(`Invalid environment variable name ${JSON.stringify(name)}.`, name);
    }
  }
  for (const name of change.unset) {
    if (Object.hasOwn(change.set, name)) {
      throw new ShellRenderError(`Variable ${name} is both set and unset.`, name);
    }
  }
  for (const name of setNames) {
    if (change.set[name]?.includes('\0')) {
      // No OS can store NUL in an environment value; refusing beats silently truncating.
      throw new ShellRenderError(`The value of ${name} contains a NUL character.`, name);
    }
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    unset: [...new Set(change.unset)].sort(byName),
    set: setNames.sort(byName).map((name) => [name, change.set[name] as string]),
  };
}
