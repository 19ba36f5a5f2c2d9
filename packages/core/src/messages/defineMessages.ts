import { isMessage, type Message } from './message.js';

/** An entry of the catalogue: a fixed text, or a function of named parameters. */
type Text = string | ((params: never) => string);

/**
 * A text function's string parameters (and lists of strings) may also be given as Messages,
 * rendered in the same language.
 */
type Given<P> = { [K in keyof P]: OrMessage<P[K]> };
type OrMessage<T> = T extends string
  ? T | Message
  : T extends readonly string[]
    ? ReadonlyArray<string | Message>
    : T;

/** The typed factories of an area: a missing name or a wrong parameter fails `tsc`, not a user. */
export type MessageFactories<T extends Record<string, Text>> = {
  readonly [K in keyof T]: T[K] extends (params: infer P) => string
    ? (params: Given<P>) => Message
    : () => Message;
};

type Rendered<G> = {
  [K in keyof G]: G[K] extends ReadonlyArray<infer E>
    ? ReadonlyArray<Exclude<E, Message>>
    : Exclude<G[K], Message>;
};

/**
 * What another language provides for an area: every name, each with the English text's own
 * parameters. A missing or extra name, or a parameter English does not have, fails `tsc`.
 */
export type Translation<F> = {
  readonly [K in keyof F]: F[K] extends () => Message
    ? string
    : F[K] extends (params: infer G) => Message
      ? (params: Rendered<G>) => string
      : never;
};

/**
 * An area of the catalogue: the English texts of `area`, as typed factories of Messages.
 *
 * @example
 * const enrollText = defineMessages('enroll', { created: (p: { serial: string }) => `Created ${p.serial}.` });
 * enrollText.created({ serial }) // { key: 'enroll.created', params: { serial }, english: 'Created …' }
 */
export function defineMessages<const T extends Record<string, Text>>(
  area: string,
  english: T,
): MessageFactories<T> {
  const factories: Record<string, (params?: Record<string, unknown>) => Message> = {};
  for (const [name, text] of Object.entries(english)) {
    const key = `${area}.${name}`;
    factories[name] = (params) => ({
      key,
      params,
      english: fillText(text as string | ((params: unknown) => string), params, (m) => m.english),
    });
  }
  return factories as MessageFactories<T>;
}

/** Applies a text to its parameters, rendering Message parameters with `render`. */
export function fillText(
  text: string | ((params: unknown) => string),
  params: Readonly<Record<string, unknown>> | undefined,
  render: (message: Message) => string,
): string {
  if (typeof text === 'string') return text;
  const nested = (value: unknown) => isMessage(value) || (Array.isArray(value) && value.some(isMessage));
  if (!params || !Object.values(params).some(nested)) return text(params);
  const filled: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    filled[name] = isMessage(value)
      ? render(value)
      : Array.isArray(value)
        ? value.map((item) => (isMessage(item) ? render(item) : item))
        : value;
  }
  return text(filled);
}
