/** One `key = value` of a section, with where its bytes are. */
export interface IniEntry {
  /** The key as Python's configparser (and so the AWS CLI) sees it: trimmed and lowercased. */
  key: string;
  /**
   * The value as configparser returns it: trimmed; a nested block (`s3 =` followed by indented
   * lines) gives `'\nmax_concurrent_requests = 10\n…'`.
   */
  value: string;
  /** Offset of the key line. */
  start: number;
  /** Offset just past the entry's last line, line ending included. */
  end: number;
}

/** One `[header]` and the lines that belong to it. */
export interface IniSection {
  /** The header between the brackets, as configparser reads it (`profile dev`, `default`). */
  name: string;
  /** Offset of the first comment line directly above the header (no blank line between), else of the header. */
  leadStart: number;
  /** Offset of the header line. */
  start: number;
  /** Offset just past the header line. */
  headerEnd: number;
  /** Offset just past the last entry, or `headerEnd` when the section has none. */
  bodyEnd: number;
  /** Offset where the next section's leading comments or header begin, or the text's length. */
  end: number;
  entries: IniEntry[];
}

/** An ini file as offsets into its text, so edits can change only the lines they must. */
export interface IniDocument {
  text: string;
  sections: IniSection[];
  /** The line ending new lines get: the file's first one, else `\n`. */
  eol: '\n' | '\r\n';
}

interface Line {
  start: number;
  /** Offset past the line ending (or the text's end). */
  end: number;
  /** The line without its ending (and without a UTF-8 BOM on the first line). */
  content: string;
}

type LineKind =
  | { kind: 'blank' }
  | { kind: 'comment' }
  | { kind: 'header'; name: string; indent: number }
  | { kind: 'entry'; key: string; value: string; indent: number }
  | { kind: 'other'; indent: number };

// Python's configparser: SECTCRE `\[(?P<header>.+)\]` on the stripped line (greedy, not anchored
// at the end), OPTCRE `(?P<option>.*?)\s*(?P<vi>[=:])\s*(?P<value>.*)$`.
const headerPattern = /^\[(.+)\]/;
const entryPattern = /^(.*?)\s*[=:]\s*(.*)$/;

/**
 * Parses an AWS ini file (config or credentials) the way botocore's configparser does, recording
 * byte offsets. Never throws: lines configparser would reject are kept as opaque text.
 *
 * @example parseIni('[default]\nregion = eu-west-1\n').sections[0]?.entries[0]?.value // 'eu-west-1'
 */
export function parseIni(text: string): IniDocument {
  const lines = splitLines(text);
  const sections: IniSection[] = [];
  let section: IniSection | undefined;
  let entry: (IniEntry & { indent: number; continuation: string[] }) | undefined;
  let pendingCommentStart: number | undefined;

  const closeEntry = () => {
    if (!entry || !section) return;
    const { indent: _indent, continuation, ...plain } = entry;
    // configparser joins continuation lines with '\n' and strips trailing blank ones.
    const joined = [plain.value, ...continuation].join('\n').replace(/\s+$/, '');
    section.entries.push({ ...plain, value: joined });
    section.bodyEnd = plain.end;
    entry = undefined;
  };

  for (const line of lines) {
    const parsed = classify(line.content);
    if (entry && isContinuation(parsed, entry.indent)) {
      if (parsed.kind === 'blank') entry.continuation.push('');
      else {
        entry.continuation.push(line.content.trim());
        entry.end = line.end;
      }
      pendingCommentStart = undefined;
      continue;
    }
    if (parsed.kind === 'header') {
      closeEntry();
      const leadStart = pendingCommentStart ?? line.start;
      if (section) section.end = leadStart;
      section = {
        name: parsed.name,
        leadStart,
        start: line.start,
        headerEnd: line.end,
        bodyEnd: line.end,
        end: text.length,
        entries: [],
      };
      sections.push(section);
      pendingCommentStart = undefined;
      continue;
    }
    if (parsed.kind === 'comment') {
      pendingCommentStart ??= line.start;
      continue;
    }
    pendingCommentStart = undefined;
    if (parsed.kind === 'entry' && section) {
      closeEntry();
      entry = {
        key: parsed.key,
        value: parsed.value,
        start: line.start,
        end: line.end,
        indent: parsed.indent,
        continuation: [],
      };
      continue;
    }
    if (parsed.kind !== 'blank') closeEntry();
  }
  closeEntry();
  const firstNewline = text.indexOf('\n');
  return { text, sections, eol: firstNewline > 0 && text[firstNewline - 1] === '\r' ? '\r\n' : '\n' };
}

/** The settings of a section as a map; a repeated key keeps its last value. */
export function sectionSettings(section: IniSection): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const { key, value } of section.entries) settings[key] = value;
  return settings;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    let content = text.slice(start, newline === -1 ? text.length : newline);
    if (content.endsWith('\r')) content = content.slice(0, -1);
    if (start === 0 && content.startsWith('\ufeff')) content = content.slice(1);
    lines.push({ start, end, content });
    start = end;
  }
  return lines;
}

function classify(content: string): LineKind {
  const stripped = content.trim();
  if (stripped === '') return { kind: 'blank' };
  if (stripped.startsWith('#') || stripped.startsWith(';')) return { kind: 'comment' };
  const indent = content.length - content.trimStart().length;
  // configparser only looks for a header on a line that is not a continuation; the caller checks
  // continuation first, so an indented `[x]` inside a nested block stays part of the value.
  const header = headerPattern.exec(stripped);
  if (header) return { kind: 'header', name: header[1]!, indent };
  const option = entryPattern.exec(stripped);
  if (option && option[1] !== '')
    return { kind: 'entry', key: option[1]!.toLowerCase(), value: option[2]!, indent };
  return { kind: 'other', indent };
}

function isContinuation(parsed: LineKind, entryIndent: number): boolean {
  if (parsed.kind === 'blank') return true;
  if (parsed.kind === 'comment') return false;
  return parsed.indent > entryIndent;
}
