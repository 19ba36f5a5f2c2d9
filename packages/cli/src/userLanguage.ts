import {
  type Locale,
  loadJapanese,
  localeOf,
  type Message,
  renderMessage,
  type Translations,
} from '@awsmfa/core';

// The language of this process's messages, chosen once at the start of a command line from its
// environment (useUserLanguage) and read by every writer: messages are rendered where they are
// written, which is all over the CLI, and a process speaks one language.
let translations: Translations | undefined;
let locale: Locale = 'en';

/**
 * Chooses the language of the messages from `env` (AWSMFA_LANG, LC_ALL, LC_MESSAGES, LANG) and
 * loads its catalogue; English needs none. Called by the entry points (main, runSessionCommand).
 */
export async function useUserLanguage(env: Readonly<Record<string, string | undefined>>): Promise<Locale> {
  locale = localeOf(env);
  translations = locale === 'ja' ? await loadJapanese() : undefined;
  return locale;
}

/** The language useUserLanguage chose. */
export function userLocale(): Locale {
  return locale;
}

/**
 * The text of `message` in the user's language.
 *
 * @example terminal.stderr.write(`${userText(enrollText.created({ serial, user }))}\n`)
 */
export function userText(message: Message): string {
  return renderMessage(message, translations);
}
