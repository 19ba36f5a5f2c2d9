import { AwsMfaError } from '../../errors.js';
import { awsFilesText } from '../../messages/en/awsFiles.js';
import { type IniDocument, type IniEntry, type IniSection, parseIni, sectionSettings } from './parseIni.js';
import { pythonIndent, pythonLower, pythonStrip } from './pythonText.js';

/** What to change in one section. Keys are matched case-insensitively, as the AWS CLI reads them. */
export interface IniSectionEdit {
  /** Keys to set; an existing line is replaced in place, a new one goes after the section's last entry. */
  set?: Readonly<Record<string, string>>;
  /** Keys to remove, with their continuation (nested) lines. */
  unset?: readonly string[];
  /** Remove the whole section, with the comment lines directly above its header. */
  removeSection?: boolean;
}

/**
 * Applies `edit` to the section whose header is `header` (the text between the brackets) and
 * returns the new text. Only the lines concerned change; comments (also those among a value's
 * lines), blank lines, order, other sections, line endings and a missing final newline stay byte
 * for byte. A missing section is appended when there is something to set. `match` decides which
 * existing headers count as the section (default: exactly `header`); when several do, the last
 * one is edited, the one botocore reads. The result is parsed again: an edit that would change how
 * botocore reads anything else (an indented line joining another value) throws INVALID_INPUT.
 *
 * @example editIniSection('[a]\nx = 1\n', 'a', { set: { y: '2' } }) // '[a]\nx = 1\ny = 2\n'
 */
export function editIniSection(
  text: string,
  header: string,
  edit: IniSectionEdit,
  match: (name: string) => boolean = (name) => name === header,
): string {
  let result = text;
  if (edit.removeSection) {
    result = removeSections(result, match);
  } else {
    const setKeys = new Set(Object.keys(edit.set ?? {}).map(pythonLower));
    // A key both unset and set is just set: replaced in place rather than moved to the end.
    for (const key of edit.unset ?? [])
      if (!setKeys.has(pythonLower(key))) result = unsetKey(result, match, key);
    for (const [key, value] of Object.entries(edit.set ?? {}))
      result = setKey(result, header, match, key, value);
  }
  result = keepFinalNewline(text, result);
  checkNothingElseChanged(text, result, header, edit, match);
  return result;
}

/** The section botocore reads when several headers match: the last. */
function findSection(doc: IniDocument, match: (name: string) => boolean): IniSection | undefined {
  return doc.sections.findLast((section) => match(section.name));
}

function setKey(
  text: string,
  header: string,
  match: (name: string) => boolean,
  key: string,
  value: string,
): string {
  const doc = parseIni(text);
  const line = value === '' ? `${key} =` : `${key} = ${value}`;
  const section = findSection(doc, match);
  if (!section) return appendSection(doc, header, line);
  const [first, ...duplicates] = section.entries.filter((entry) => entry.key === pythonLower(key));
  if (!first) return insertLine(doc, section, line);
  const [keyStart, keyEnd] = first.lines[0]!;
  const old = text.slice(keyStart, keyEnd);
  const replacement = old.slice(0, pythonIndent(old)) + line + lineEndingOf(old, doc.eol);
  // The value's continuation lines go with it; configparser rejects a repeated key outright, so
  // only one is kept and the file means what was asked.
  return replaceLines(text, [
    [keyStart, keyEnd, replacement],
    ...first.lines.slice(1).map(([start, end]) => [start, end, ''] as const),
    ...duplicates.flatMap(linesOf),
  ]);
}

function unsetKey(text: string, match: (name: string) => boolean, key: string): string {
  const doc = parseIni(text);
  const section = findSection(doc, match);
  if (!section) return text;
  return replaceLines(
    text,
    section.entries.filter((entry) => entry.key === pythonLower(key)).flatMap(linesOf),
  );
}

function linesOf(entry: IniEntry): Array<readonly [number, number, string]> {
  return entry.lines.map(([start, end]) => [start, end, ''] as const);
}

/** Replaces each [start, end) range (they do not overlap) with its text. */
function replaceLines(text: string, ranges: ReadonlyArray<readonly [number, number, string]>): string {
  let result = '';
  let cursor = 0;
  for (const [start, end, replacement] of [...ranges].sort((a, b) => a[0] - b[0])) {
    result += text.slice(cursor, start) + replacement;
    cursor = end;
  }
  return result + text.slice(cursor);
}

function removeSections(text: string, match: (name: string) => boolean): string {
  const doc = parseIni(text);
  let result = '';
  let cursor = 0;
  doc.sections.forEach((section, index) => {
    if (!match(section.name)) return;
    let start = section.leadStart;
    const isLast = index === doc.sections.length - 1;
    // The last section leaves no blank separator dangling at the end of the file.
    if (isLast)
      start = Math.max(cursor, trimBlankLinesBefore(text, start, doc.sections[index - 1]?.bodyEnd ?? 0));
    result += text.slice(cursor, start);
    cursor = section.end;
  });
  return result + text.slice(cursor);
}

/** Moves `offset` back over whole blank lines, not before `floor`. */
function trimBlankLinesBefore(text: string, offset: number, floor: number): number {
  let start = offset;
  while (start > floor) {
    const previousLineStart = lineStartBefore(text, start);
    if (previousLineStart < floor || pythonStrip(text.slice(previousLineStart, start)) !== '') break;
    start = previousLineStart;
  }
  return start;
}

/** Where the line that ends at `offset` starts. */
function lineStartBefore(text: string, offset: number): number {
  let start = offset - 1;
  if (text[start] === '\n' && text[start - 1] === '\r') start--;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return Math.max(0, start);
}

/**
 * A new key line after the section's last entry, indented as that entry is, or as the next line
 * that counts if that one is indented deeper (after a header or a key-less line nothing
 * continues): a line indented deeper than the key before it would continue that key's value, and
 * a deeper line after this one would continue it.
 */
function insertLine(doc: IniDocument, section: IniSection, line: string): string {
  const { text, eol } = doc;
  const last = section.entries.at(-1);
  const own = last ? text.slice(last.start, last.start + last.indent) : '';
  const next = indentOfNextLine(text, section.bodyEnd);
  const indent = next.length > own.length ? next : own;
  const offset = section.bodyEnd;
  if (offset === text.length && text.length > 0 && !endsWithLineBreak(text))
    return text + eol + indent + line;
  return text.slice(0, offset) + indent + line + eol + text.slice(offset);
}

/** The indentation of the first line from `offset` on that is neither blank nor a comment. */
function indentOfNextLine(text: string, offset: number): string {
  for (const content of text.slice(offset).split(/\r\n|\n|\r/)) {
    const stripped = pythonStrip(content);
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) continue;
    return content.slice(0, pythonIndent(content));
  }
  return '';
}

function appendSection(doc: IniDocument, header: string, line: string): string {
  const { text, eol } = doc;
  let prefix = '';
  if (text.length > 0) {
    if (!endsWithLineBreak(text)) prefix += eol;
    // A blank line between sections, unless the file already ends with one.
    const body = text.replace(/(\r\n|\n|\r)$/, '');
    const lastLine = body.slice(Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r')) + 1);
    if (pythonStrip(lastLine) !== '') prefix += eol;
  }
  return `${text}${prefix}[${header}]${eol}${line}${eol}`;
}

function lineEndingOf(lineText: string, fallback: string): string {
  const ending = /\r\n$|\n$|\r$/.exec(lineText)?.[0];
  if (ending) return ending;
  return lineText.length > 0 ? '' : fallback;
}

function endsWithLineBreak(text: string): boolean {
  return text.endsWith('\n') || text.endsWith('\r');
}

/**
 * A file that ended without a newline still does, and one that ended with one still does. When
 * an edit removed the unended last line, the blank lines that separated it go too, as after a
 * removed last section: left at the end, the last of them would read as a final newline.
 */
function keepFinalNewline(before: string, after: string): string {
  if (before.length === 0 || after.length === 0) return after;
  if (!endsWithLineBreak(before) && endsWithLineBreak(after)) {
    return after.replace(/(?:\r\n|\n|\r)(?:[ \t\f\v]*(?:\r\n|\n|\r))*$/, '');
  }
  return after;
}

/**
 * Parses the result again and throws when any section but the edited one reads differently, or
 * the edited one does not read as asked: the safety net under the rules above, for files whose
 * indentation makes an edit spill into a neighbour.
 */
function checkNothingElseChanged(
  before: string,
  after: string,
  header: string,
  edit: IniSectionEdit,
  match: (name: string) => boolean,
): void {
  if (before === after) return;
  const read = (text: string) => {
    const doc = parseIni(text);
    const target = findSection(doc, match);
    return {
      others: doc.sections.filter((s) => s !== target).map((s) => [s.name, sectionSettings(s)]),
      target: target ? sectionSettings(target) : undefined,
    };
  };
  const old = read(before);
  const now = read(after);
  let expected: Record<string, string> | undefined;
  if (!edit.removeSection) {
    expected = { ...old.target };
    for (const key of edit.unset ?? []) delete expected[pythonLower(key)];
    for (const [key, value] of Object.entries(edit.set ?? {})) expected[pythonLower(key)] = value;
  }
  const othersBefore = edit.removeSection
    ? old.others.filter(([name]) => !match(name as string))
    : old.others;
  if (canonical([othersBefore, expected]) === canonical([now.others, now.target])) return;
  throw new AwsMfaError('INVALID_INPUT', awsFilesText.editWouldSpill({ section: header }), {
    hint: awsFilesText.editWouldSpillHint(),
  });
}

/** JSON with every object's keys sorted, to compare settings whatever their order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
