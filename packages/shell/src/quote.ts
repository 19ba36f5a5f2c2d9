// One function per quoting rule. Each returns a single shell word that evaluates to exactly `value`:
// no expansion, no command substitution, no word splitting, whatever the value holds.

// C0 controls and DEL: the characters that would break "one statement per line" or a terminal.
const controlCharacter = /[\x00-\x1f\x7f]/;
const hex2 = (code: number) => code.toString(16).padStart(2, '0');

/**
 * POSIX rule (sh, dash, bash, zsh): wrap in single quotes, inside which every character is literal;
 * a single quote itself is written as `'\''` (close, escaped quote, reopen). Newlines stay literal,
 * so a value with a newline spans lines.
 */
export function quotePosix(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * bash/zsh rule: values without control characters use {@link quotePosix}; others use ANSI-C
 * quoting `$'…'`, where only `\\`, `\'` and the `\xHH` escapes we emit are special, so the value
 * stays on one line. Always two hex digits: `\x` reads at most two, so a following digit is safe.
 */
export function quoteBashZsh(value: string): string {
  if (!controlCharacter.test(value)) return quotePosix(value);
  let out = "$'";
  for (const ch of value) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex2(code)}`;
    else out += ch;
  }
  return `${out}'`;
}

/**
 * fish rule: single quotes, inside which only `\\` and `\'` are escapes. Control characters are
 * written outside the quotes as `\xHH`, which fish concatenates with the quoted parts into one word.
 */
export function quoteFish(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `'\\x${hex2(code)}'`;
    else out += ch;
  }
  return `${out}'`;
}

// PowerShell ends a single-quoted string at ' and also at the typographic quotes ‘ ’ ‚ ‛
// (CharExtensions.IsSingleQuote in its tokenizer); of these only ' is ASCII.
const pwshLiteral = /[\x20-\x26\x28-\x7e]/;

/**
 * PowerShell rule: a single-quoted string (no `$` expansion, no backtick escapes) holding printable
 * ASCII except `'`; every other UTF-16 code unit (`'`, control characters, everything from 0x7F
 * up, each half of a surrogate pair) is spliced in as `[char]N`, joined with `+`. The result is
 * pure ASCII: PowerShell decodes a native program's output with the console's code page, where
 * UTF-8 bytes can turn into a quote (`ā` + `e` is `ﾄ‘` in cp932) and end the string early.
 *
 * @example quotePwsh("José's") // "('Jos' + [char]233 + [char]39 + 's')"
 */
export function quotePwsh(value: string): string {
  const parts: string[] = [];
  let literal = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value[i] as string;
    if (pwshLiteral.test(unit)) {
      literal += unit;
    } else {
      // An empty literal only first, so that `+` starts from a string.
      if (literal !== '' || parts.length === 0) parts.push(`'${literal}'`);
      parts.push(`[char]${unit.charCodeAt(0)}`);
      literal = '';
    }
  }
  if (literal !== '' || parts.length === 0) parts.push(`'${literal}'`);
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' + ')})`;
}

// cmd.exe expands %VAR% (and !VAR! under delayed expansion) even inside quotes, and has no escape
// that works both in batch files and at the prompt; a double quote ends the quoted `set "K=v"` form.
const cmdUnsafe = /[^\x20-\x7e]|["%!]/;

/**
 * cmd.exe rule: `set "NAME=value"` keeps `& | < > ^` literal, but nothing makes `%`, `!`, `"`,
 * control or non-ASCII characters safe everywhere. Returns `undefined` for such values so the caller
 * refuses them (AWS keys, tokens, regions and timestamps never contain them).
 */
export function quoteCmdAssignment(name: string, value: string): string | undefined {
  if (cmdUnsafe.test(value)) return undefined;
  return `set "${name}=${value}"`;
}

// Words both cmd.exe and the C runtime read as they are, without quotes.
const windowsBareWord = /^[A-Za-z0-9_@+=:,./\\-]+$/;

/**
 * Windows rule for one word of a command line that runs through cmd.exe (the JS SDK runs
 * `credential_process` with `cmd /d /s /c`) and is then split by the C runtime's rules (as
 * botocore splits it too): safe words stay bare; others go in double quotes, inside which cmd
 * keeps `& | < > ^ ( )` literal, with the backslashes before the closing quote doubled so that
 * they do not escape it. Returns `undefined` for what no quoting carries through both: `"`, `%`
 * (cmd expands `%X%` even inside quotes), control characters and the empty word.
 *
 * @example quoteWindowsArgument('C:\\Program Files\\nodejs\\node.exe') // '"C:\\Program Files\\nodejs\\node.exe"'
 */
export function quoteWindowsArgument(word: string): string | undefined {
  if (windowsBareWord.test(word)) return word;
  if (word === '' || /["%\x00-\x1f\x7f]/.test(word)) return undefined;
  const trailingBackslashes = word.length - word.replace(/\\+$/, '').length;
  return `"${word}${'\\'.repeat(trailingBackslashes)}"`;
}
