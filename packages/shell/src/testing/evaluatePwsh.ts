// A small evaluator of the PowerShell that awsmfa prints, for tests on a machine without PowerShell.
// It follows PowerShell's own tokenizer (System.Management.Automation/engine/parser/tokenizer.cs and
// CharTraits.cs) for what it accepts, and refuses everything else: a statement it does not know is
// exactly what a broken quote would let PowerShell run, so it must fail the test, not be skipped.
//
// Accepted, one statement per line or `;`:
//   $env:NAME = EXPR          EXPR: 'literal' | [char]N | ( EXPR ) | EXPR + EXPR (string first)
//   Remove-Item [-LiteralPath|-Path] Env:NAME [-ErrorAction Ignore|SilentlyContinue|Stop|Continue]
//   # comments
// plus {@link evaluatePwshArguments} for the words of a command line (`& 'C:\node.exe' ('…' + …)`).

/** Thrown for anything PowerShell would read differently from a plain assignment or removal. */
export class PwshEvalError extends Error {
  override readonly name = 'PwshEvalError';
}

/** What evaluating a script did: the environment after it, and the records `$Error` gained. */
export interface PwshEvaluation {
  env: Map<string, string>;
  /** Errors PowerShell would add to `$Error` (`-ErrorAction SilentlyContinue` still adds them). */
  errorRecords: string[];
}

// PowerShell ends or escapes a single-quoted string at any of these (CharExtensions.IsSingleQuote).
const singleQuotes = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
// An expandable string starts at any of these (IsDoubleQuote); this evaluator does not expand.
const doubleQuotes = new Set(['"', '\u201c', '\u201d', '\u201e']);
// Dashes PowerShell reads as `-` in parameter names and operators (IsDash).
const dashes = new Set(['-', '\u2013', '\u2014', '\u2015']);

/** CharExtensions.IsWhitespace: newlines are not whitespace. */
function isWhitespace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return ch === ' ' || ch === '\t' || ch === '\x0b' || ch === '\x0c';
  if (code <= 256) return code === 0xa0 || code === 0x85;
  return /\p{Z}/u.test(ch);
}
const isNewline = (ch: string) => ch === '\n' || ch === '\r';

/** Evaluates `script` against `env` (not modified); throws {@link PwshEvalError} on anything else. */
export function evaluatePwsh(script: string, env: ReadonlyMap<string, string> = new Map()): PwshEvaluation {
  const state: PwshEvaluation = { env: new Map(env), errorRecords: [] };
  const reader = new Reader(script);
  for (;;) {
    reader.skipBlanksAndSeparators();
    if (reader.atEnd()) return state;
    runStatement(reader, state);
    reader.skipWhitespace();
    if (!reader.atEnd() && !isNewline(reader.peek()) && reader.peek() !== ';' && reader.peek() !== '#') {
      throw new PwshEvalError(`Unexpected ${JSON.stringify(reader.rest(20))} after a statement.`);
    }
  }
}

/**
 * Evaluates the arguments of a command in command mode (`'…'`, `(expr)`, `@args`): the words a
 * call like `& 'C:\node.exe' ('C:\' + [char]233) @args` passes. `@args` is returned as-is.
 */
export function evaluatePwshArguments(text: string): string[] {
  const reader = new Reader(text);
  const words: string[] = [];
  for (;;) {
    reader.skipWhitespace();
    if (reader.atEnd()) return words;
    if (reader.consumeWord('@args')) words.push('@args');
    else words.push(readTerm(reader, true));
    if (!reader.atEnd() && !isWhitespace(reader.peek())) {
      throw new PwshEvalError(`Unexpected ${JSON.stringify(reader.rest(20))} after an argument.`);
    }
  }
}

function runStatement(reader: Reader, state: PwshEvaluation): void {
  const assignment = reader.match(/^\$env:([A-Za-z_][A-Za-z0-9_]*)/i);
  if (assignment) {
    const name = assignment[1] as string;
    reader.skipWhitespace();
    if (reader.next() !== '=') throw new PwshEvalError(`Expected = after $env:${name}.`);
    const { value } = readExpression(reader);
    // PowerShell removes a variable assigned the empty string (Environment.SetEnvironmentVariable).
    if (value === '') state.env.delete(name);
    else state.env.set(name, value);
    return;
  }
  const words = readCommandWords(reader);
  if (words[0]?.toLowerCase() !== 'remove-item') {
    throw new PwshEvalError(`Unknown statement ${JSON.stringify(words.join(' '))}.`);
  }
  removeItem(words.slice(1), state);
}

/** Remove-Item with an `Env:` path: the only command awsmfa prints. */
function removeItem(args: string[], state: PwshEvaluation): void {
  let path: string | undefined;
  let literal = false;
  let errorAction = 'continue';
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as string;
    const parameter = dashes.has(word[0] ?? '') ? word.slice(1).toLowerCase() : undefined;
    if (parameter === 'literalpath' || parameter === 'path') {
      literal = parameter === 'literalpath';
      path = args[++i];
    } else if (parameter === 'erroraction') {
      errorAction = (args[++i] ?? '').toLowerCase();
    } else if (parameter === undefined && path === undefined) {
      path = word;
    } else {
      throw new PwshEvalError(`Unknown Remove-Item argument ${JSON.stringify(word)}.`);
    }
  }
  const name = path?.match(/^env:([A-Za-z_][A-Za-z0-9_]*)$/i)?.[1];
  if (!name) throw new PwshEvalError(`Remove-Item of ${JSON.stringify(path)}, not one Env: variable.`);
  if (!literal && /[*?[\]]/.test(name)) throw new PwshEvalError('A wildcard path.');
  if (!['ignore', 'silentlycontinue', 'stop', 'continue'].includes(errorAction)) {
    throw new PwshEvalError(`Unknown -ErrorAction ${errorAction}.`);
  }
  if (state.env.delete(name)) return;
  const record = `Cannot find path 'Env:${name}' because it does not exist.`;
  // Ignore is the one action that leaves no trace; Continue also prints it, Stop ends the script.
  if (errorAction === 'stop') throw new PwshEvalError(record);
  if (errorAction !== 'ignore') state.errorRecords.push(record);
}

/** Words of a command in command mode: bare words only (a quote or `$` here is not ours). */
function readCommandWords(reader: Reader): string[] {
  const words: string[] = [];
  for (;;) {
    reader.skipWhitespace();
    if (reader.atEnd() || isNewline(reader.peek()) || reader.peek() === ';' || reader.peek() === '#') {
      return words;
    }
    let word = '';
    while (!reader.atEnd() && !isWhitespace(reader.peek()) && !isNewline(reader.peek())) {
      const ch = reader.peek();
      if (ch === ';') break;
      if ('|&(){}$@`,<>'.includes(ch) || singleQuotes.has(ch) || doubleQuotes.has(ch)) {
        throw new PwshEvalError(`Unsupported ${JSON.stringify(ch)} in a command: ${reader.rest(30)}`);
      }
      word += reader.next();
    }
    words.push(word);
  }
}

/** EXPR: terms joined by `+`; with a string on the left, `+` concatenates. */
function readExpression(reader: Reader): { value: string; isString: boolean } {
  reader.skipWhitespace();
  const first = readTermValue(reader);
  let value = first.value;
  let isString = first.isString;
  for (;;) {
    const mark = reader.position;
    reader.skipWhitespace();
    if (reader.atEnd() || reader.peek() !== '+') {
      reader.position = mark;
      break;
    }
    reader.next();
    reader.skipWhitespace();
    const term = readTermValue(reader);
    // char + char is arithmetic in PowerShell ([char]97 + [char]98 is 195): never what we mean.
    if (!isString) throw new PwshEvalError('`+` after a [char] adds numbers; start with a string.');
    value += term.value;
    isString = true;
  }
  return { value, isString };
}

function readTerm(reader: Reader, commandMode: boolean): string {
  const ch = reader.peek();
  if (commandMode && !singleQuotes.has(ch) && ch !== '(') {
    throw new PwshEvalError(`Unsupported argument ${JSON.stringify(reader.rest(20))}.`);
  }
  return readTermValue(reader).value;
}

function readTermValue(reader: Reader): { value: string; isString: boolean } {
  const ch = reader.peek();
  if (singleQuotes.has(ch)) {
    reader.next();
    return { value: readSingleQuoted(reader), isString: true };
  }
  if (ch === '(') {
    reader.next();
    const inner = readExpression(reader);
    reader.skipWhitespace();
    if (reader.next() !== ')') throw new PwshEvalError('Expected ).');
    return inner;
  }
  const cast = reader.match(/^\[char\]([0-9]+)/i);
  if (cast) {
    const code = Number(cast[1]);
    if (code > 0xffff) throw new PwshEvalError(`[char]${code} is not a UTF-16 code unit.`);
    return { value: String.fromCharCode(code), isString: false };
  }
  throw new PwshEvalError(`Unsupported expression ${JSON.stringify(reader.rest(20))}.`);
}

/** tokenizer.cs ScanStringLiteral: two single quotes in a row (any of the five) give the second. */
function readSingleQuoted(reader: Reader): string {
  let value = '';
  while (!reader.atEnd()) {
    const ch = reader.next();
    if (singleQuotes.has(ch)) {
      if (reader.atEnd() || !singleQuotes.has(reader.peek())) return value;
      value += reader.next();
    } else {
      value += ch;
    }
  }
  throw new PwshEvalError('The string is missing its terminator.');
}

/** A cursor over UTF-16 code units, as PowerShell reads its input. */
class Reader {
  position = 0;
  constructor(private readonly text: string) {}
  atEnd(): boolean {
    return this.position >= this.text.length;
  }
  peek(): string {
    return this.text[this.position] ?? '';
  }
  next(): string {
    return this.text[this.position++] ?? '';
  }
  rest(length: number): string {
    return this.text.slice(this.position, this.position + length);
  }
  match(pattern: RegExp): RegExpMatchArray | undefined {
    const found = this.text.slice(this.position).match(pattern);
    if (!found) return undefined;
    this.position += found[0].length;
    return found;
  }
  consumeWord(word: string): boolean {
    if (!this.text.startsWith(word, this.position)) return false;
    this.position += word.length;
    return true;
  }
  skipWhitespace(): void {
    while (!this.atEnd() && isWhitespace(this.peek())) this.position++;
  }
  /** Whitespace, newlines, `;` and comments between statements. */
  skipBlanksAndSeparators(): void {
    for (;;) {
      this.skipWhitespace();
      const ch = this.peek();
      if (isNewline(ch) || ch === ';') {
        this.position++;
      } else if (ch === '#') {
        // A line comment; `<#` block comments start with `<`, which no statement here accepts.
        while (!this.atEnd() && !isNewline(this.peek())) this.position++;
      } else {
        return;
      }
    }
  }
}
