import { fillText } from './defineMessages.js';
import type { Message } from './message.js';

/** Texts of another language by area and name (all of messages/ja, or the areas a bundle needs). */
export type Translations = {
  readonly [area: string]: { readonly [name: string]: string | ((params: never) => string) } | undefined;
};

/**
 * The text of `message` in the language of `translations`; English where they have none (no
 * translations: the English locale; or an area a bundle did not load).
 *
 * @example renderMessage(enrollText.created({ serial }), japanese) // '仮想 MFA デバイス … を作成しました。'
 */
export function renderMessage(message: Message, translations: Translations | undefined): string {
  if (!translations || message.key === '') return message.english;
  const dot = message.key.indexOf('.');
  const text = translations[message.key.slice(0, dot)]?.[message.key.slice(dot + 1)];
  if (text === undefined) return message.english;
  return fillText(text as string | ((params: unknown) => string), message.params, (nested) =>
    renderMessage(nested, translations),
  );
}
