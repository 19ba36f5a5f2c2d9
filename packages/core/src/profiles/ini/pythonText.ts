// Python's idea of whitespace and case, which botocore's configparser applies to every line:
// str.strip() and the regex \s also cover U+001C–U+001F and U+0085, and not U+FEFF, unlike
// JavaScript's trim() and \s.

/** The characters of Python's str.isspace(), as a regex character class body. */
export const pythonSpace =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const leading = new RegExp(`^[${pythonSpace}]+`);
const trailing = new RegExp(`[${pythonSpace}]+$`);
const nonSpace = new RegExp(`[^${pythonSpace}]`);

/** Python's `text.strip()`. */
export function pythonStrip(text: string): string {
  return pythonRstrip(text.replace(leading, ''));
}

/** Python's `text.rstrip()`. */
export function pythonRstrip(text: string): string {
  return text.replace(trailing, '');
}

/** Where the first character that is not Python whitespace is (configparser's indent), or -1. */
export function pythonIndent(text: string): number {
  return text.search(nonSpace);
}

/** Python's `text.lower()`: like toLowerCase(), but Σ is always σ (JavaScript writes ς at a word's end). */
export function pythonLower(text: string): string {
  return text.replace(/Σ/g, 'σ').toLowerCase();
}

/**
 * Python's `shlex.split(text)` (POSIX mode, no comments), which botocore applies to config
 * section names: words split on space, tab, CR and LF; quotes group and vanish; a backslash
 * escapes outside quotes and, inside double quotes, only `"` and itself. Undefined where Python
 * raises ValueError (an open quote, a trailing backslash).
 *
 * @example shlexSplit('profile "a b"') // ['profile', 'a b']
 */
export function shlexSplit(text: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) word += text[++i];
      else word += char;
      continue;
    }
    if (' \t\r\n'.includes(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (char === '\\') {
      if (i + 1 === text.length) return undefined;
      word += text[++i];
    } else if (char === '"' || char === "'") {
      quote = char;
    } else {
      word += char;
    }
  }
  if (quote !== undefined) return undefined;
  if (inWord) words.push(word);
  return words;
}
