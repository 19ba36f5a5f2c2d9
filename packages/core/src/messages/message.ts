/**
 * One text for the user: where it is in the catalogue (`enroll.created`), its parameters, and its
 * English text. The CLI renders it in the user's language (renderMessage); English is the
 * default, the fallback, and what an AwsMfaError's `message` holds.
 */
export interface Message {
  /** `area.name`: the catalogue area (a file in messages/en and messages/ja) and the entry in it. */
  readonly key: string;
  /** What the text functions receive; a Message among them is rendered in the same language. */
  readonly params: Readonly<Record<string, unknown>> | undefined;
  readonly english: string;
}

/** True when `value` is a Message (a parameter may be one, rendered in the same language). */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message).key === 'string' &&
    typeof (value as Message).english === 'string'
  );
}

/**
 * Text that is the same in every language (a file name, a policy line, AWS's own words), or that
 * is already rendered, as a Message.
 */
export function verbatim(text: string): Message {
  return { key: '', params: undefined, english: text };
}
