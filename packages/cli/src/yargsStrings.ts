import { yargsPluralKeys, yargsText } from '@awsmfa/core';
import { userText } from './userLanguage.js';

type YargsEntry = string | { one: string; other: string };

/**
 * yargs' own strings (headings, types, its usage errors) in the user's language, keyed as its
 * y18n looks them up, for `updateLocale`: the bundled yargs ships no locale files.
 */
export function yargsStrings(): Record<string, YargsEntry> {
  const strings: Record<string, YargsEntry> = {};
  for (const name of Object.keys(yargsText) as Array<keyof typeof yargsText>) {
    const message = yargsText[name]();
    const text = userText(message);
    strings[message.english] = yargsPluralKeys.has(name) ? { one: text, other: text } : text;
  }
  return strings;
}

/**
 * A pattern matching yargs' sentence `name` in the user's language, its `%s` values captured:
 * usage errors read the values back out of yargs' message.
 *
 * @example yargsPattern('didYouMean', '(\\S+)').exec('Did you mean env?')?.[1] // 'env'
 */
export function yargsPattern(name: keyof typeof yargsText, value = '(.+?)'): RegExp {
  const template = userText(yargsText[name]());
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replaceAll('%s', value), 's');
}
