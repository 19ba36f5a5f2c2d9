import { type IniDocument, type IniSection, parseIni } from './parseIni.js';

/** What to change in one section. Keys are matched case-insensitively, as the AWS CLI reads them. */
export interface IniSectionEdit {
  /** Keys to set; an existing line is replaced in place, a new one goes after the section's last entry. */
  set?: Readonly<Record<string, string>>;
  /** Keys to remove, with their nested lines. */
  unset?: readonly string[];
  /** Remove the whole section, with the comment lines directly above its header. */
  removeSection?: boolean;
}

/**
 * Applies `edit` to the section whose header is `header` (the text between the brackets) and
 * returns the new text. Only the lines concerned change; comments, blank lines, order, other
 * sections, line endings and a missing final newline stay byte for byte. A missing section is
 * appended when there is something to set. `match` decides which existing headers count as the
 * section (default: exactly `header`).
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
    const setKeys = new Set(Object.keys(edit.set ?? {}).map((key) => key.toLowerCase()));
    // A key both unset and set is just set: replaced in place rather than moved to the end.
    for (const key of edit.unset ?? [])
      if (!setKeys.has(key.toLowerCase())) result = unsetKey(result, match, key);
    for (const [key, value] of Object.entries(edit.set ?? {}))
      result = setKey(result, header, match, key, value);
  }
  return keepFinalNewline(text, result);
}

function findSection(doc: IniDocument, match: (name: string) => boolean): IniSection | undefined {
  return doc.sections.find((section) => match(section.name));
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
  const wanted = key.toLowerCase();
  const [first, ...duplicates] = section.entries.filter((entry) => entry.key === wanted);
  if (!first) return insertLine(doc, section.bodyEnd, line);
  const old = text.slice(first.start, first.end);
  const indent = old.slice(0, old.length - old.trimStart().length);
  const lineEnding = lineEndingOf(text.slice(first.start, first.end), doc.eol);
  let result = text.slice(0, first.start) + indent + line + lineEnding;
  let cursor = first.end;
  // configparser rejects a repeated key outright; keep one so the file means what was asked.
  for (const duplicate of duplicates) {
    result += text.slice(cursor, duplicate.start);
    cursor = duplicate.end;
  }
  return result + text.slice(cursor);
}

function unsetKey(text: string, match: (name: string) => boolean, key: string): string {
  const doc = parseIni(text);
  const section = findSection(doc, match);
  if (!section) return text;
  const wanted = key.toLowerCase();
  let result = '';
  let cursor = 0;
  for (const entry of section.entries) {
    if (entry.key !== wanted) continue;
    result += text.slice(cursor, entry.start);
    cursor = entry.end;
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
    const previousLineStart = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
    if (previousLineStart < floor || text.slice(previousLineStart, start).trim() !== '') break;
    start = previousLineStart;
  }
  return start;
}

function insertLine(doc: IniDocument, offset: number, line: string): string {
  const { text, eol } = doc;
  if (offset === text.length && text.length > 0 && !text.endsWith('\n')) return text + eol + line;
  return text.slice(0, offset) + line + eol + text.slice(offset);
}

function appendSection(doc: IniDocument, header: string, line: string): string {
  const { text, eol } = doc;
  let prefix = '';
  if (text.length > 0) {
    if (!text.endsWith('\n')) prefix += eol;
    // A blank line between sections, unless the file already ends with one.
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    if (body.slice(body.lastIndexOf('\n') + 1).trim() !== '') prefix += eol;
  }
  return `${text}${prefix}[${header}]${eol}${line}${eol}`;
}

function lineEndingOf(lineText: string, fallback: string): string {
  if (lineText.endsWith('\r\n')) return '\r\n';
  if (lineText.endsWith('\n')) return '\n';
  return lineText.length > 0 ? '' : fallback;
}

/** A file that ended without a newline still does, and one that ended with one still does. */
function keepFinalNewline(before: string, after: string): string {
  if (before.length === 0 || after.length === 0) return after;
  const hadNewline = before.endsWith('\n');
  if (!hadNewline && after.endsWith('\n')) return after.slice(0, after.endsWith('\r\n') ? -2 : -1);
  return after;
}
