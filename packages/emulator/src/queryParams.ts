// Parameters of an AWS query-protocol request (`Action=…&UserName=…&Tags.member.1.Key=…`).
import { ServiceError, validationError } from './serviceError.js';

/** AWS names a member in validation messages in lower camel case: `UserName` → `userName`. */
function memberName(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Read access to flat query parameters, with the list and structure conventions of the query protocol. */
export class QueryParams {
  private readonly values: ReadonlyMap<string, string>;

  constructor(values: Iterable<[string, string]>) {
    this.values = new Map(values);
  }

  /** The value of `name`, or `undefined`. */
  get(name: string): string | undefined {
    return this.values.get(name);
  }

  /** The value of `name`; a missing one is AWS's `ValidationError … Member must not be null`. */
  required(name: string): string {
    const value = this.values.get(name);
    if (value === undefined) throw validationError(undefined, memberName(name), 'Member must not be null');
    return value;
  }

  /** An integer parameter; `InvalidParameterValue`-style ValidationError when not a number. */
  integer(name: string): number | undefined {
    const value = this.values.get(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value))
      throw new ServiceError('MalformedInput', `Invalid value for ${name}: ${value}`, 400);
    return Number(value);
  }

  /** A list of strings: `Name.member.1`, `Name.member.2`, … in index order. */
  list(name: string): string[] {
    return this.indexes(`${name}.member.`).map((i) => this.values.get(`${name}.member.${i}`) ?? '');
  }

  /** A list of structures: `Name.member.N.Field` → one QueryParams per N holding `Field`. */
  structures(name: string): QueryParams[] {
    return this.indexes(`${name}.member.`).map((i) => {
      const prefix = `${name}.member.${i}.`;
      const entries: Array<[string, string]> = [];
      for (const [key, value] of this.values)
        if (key.startsWith(prefix)) entries.push([key.slice(prefix.length), value]);
      return new QueryParams(entries);
    });
  }

  private indexes(prefix: string): number[] {
    const found = new Set<number>();
    for (const key of this.values.keys()) {
      if (!key.startsWith(prefix)) continue;
      const index = Number.parseInt(key.slice(prefix.length), 10);
      if (Number.isInteger(index)) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  }
}
