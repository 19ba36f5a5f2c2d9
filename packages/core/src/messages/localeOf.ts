/** The languages awsmfa speaks. */
export type Locale = 'en' | 'ja';

/**
 * The user's language: `AWSMFA_LANG` (`en` or `ja`) if set; otherwise the first of `LC_ALL`,
 * `LC_MESSAGES` and `LANG` that is set, as POSIX orders them: Japanese when it starts with `ja`
 * (`ja_JP.UTF-8`, `ja`), English for anything else (`C`, `en_US.UTF-8`, unset).
 *
 * @example localeOf({ LANG: 'ja_JP.UTF-8' }) // 'ja'
 */
export function localeOf(env: Readonly<Record<string, string | undefined>>): Locale {
  const chosen = [env.AWSMFA_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  return chosen?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
