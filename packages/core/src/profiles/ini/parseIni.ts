import { awsFilesText } from '../../messages/en/awsFiles.js';
import type { Message } from '../../messages/message.js';
import { isEscapedByte } from './iniBytes.js';
import { pythonIndent, pythonLower, pythonRstrip, pythonSpace, pythonStrip } from './pythonText.js';

/** One `key = value` of a section, with where its bytes are. */
export interface IniEntry {
  /** The key as Python's configparser (and so the AWS CLI) sees it: stripped and lowercased. */
  key: string;
  /**
   * The value as configparser returns it: stripped, continuation lines joined with `\n`, so a
   * nested block (`s3 =` followed by indented lines) gives `'\nmax_concurrent_requests = 10\n…'`.
   */
  value: string;
  /** Offset of the key line. */
  start: number;
  /** Offset just past the entry's last line, line ending included. */
  end: number;
  /**
   * The entry's own lines as [start, end) offsets: the key line and its continuation lines, not
   * the comment and blank lines among them (configparser skips comments inside a value).
   */
  lines: Array<[number, number]>;
  /** Indentation of the key line: a later line indented deeper continues the value. */
  indent: number;
}

/** One `[header]` and the lines that belong to it. */
export interface IniSection {
  /** The header between the brackets, exactly as configparser reads it (`profile dev`, `default`). */
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
  /** Indentation of the header line. */
  indent: number;
}

/** Why botocore would refuse the file (`Unable to parse config file`), at which line (from 1). */
export interface IniProblem {
  line: number;
  message: Message;
}

/** An ini file as offsets into its text, so edits can change only the lines they must. */
export interface IniDocument {
  text: string;
  /** Every header in file order: `[DEFAULT]` and repeated headers included. */
  sections: IniSection[];
  /** The line ending new lines get: the file's first one, else `\n`. */
  eol: '\n' | '\r\n' | '\r';
  /** What makes botocore refuse the file; empty when it reads it. */
  problems: IniProblem[];
}

/** configparser's section that every other section inherits from. */
export const defaultSectionName = 'DEFAULT';

interface Line {
  number: number;
  start: number;
  /** Offset past the line ending (or the text's end). */
  end: number;
  /** The line without its ending (and without a UTF-8 BOM on the first line). */
  content: string;
}

// Python's configparser, on the stripped line: SECTCRE `\[(?P<header>.+)\]` (greedy, anchored at
// the start only) and OPTCRE `(?P<option>.*?)\s*(?P<vi>[=:])\s*(?P<value>.*)$`, with Python's \s.
const headerPattern = /^\[(.+)\]/s;
const entryPattern = new RegExp(`^(.*?)[${pythonSpace}]*([=:])[${pythonSpace}]*(.*)$`, 's');

/**
 * Parses an AWS ini file (config or credentials) as botocore does, with Python's configparser:
 * lines end at `\n`, `\r\n` or `\r`; `#`/`;` lines are comments wherever they are (also inside a
 * value); a line indented deeper than its key continues the value, blank lines included; a header
 * is read greedily up to its last `]` and not stripped (`[ dev ]` is " dev "); keys are stripped
 * and lowercased. Never throws: what botocore would refuse (a line outside any section or of no
 * known kind, a key or section given twice, bytes that are not UTF-8, a byte order mark, a nested
 * block line without `=`) is listed in `problems`, and such lines are kept as opaque text.
 *
 * @example parseIni('[default]\nregion = eu-west-1\n').sections[0]?.entries[0]?.value // 'eu-west-1'
 */
export function parseIni(text: string): IniDocument {
  const lines = splitLines(text);
  const sections: IniSection[] = [];
  const problems: IniProblem[] = [];
  const problem = (line: Line, message: Message) => problems.push({ line: line.number, message });
  const seenSections = new Map<string, number>();
  const seenKeys = new Map<string, number>();
  let section: IniSection | undefined;
  // configparser's state: the open option (its name may be '' after a bad line) and indent level.
  let entry: (IniEntry & { values: string[] }) | undefined;
  let optionOpen = false;
  let indentLevel = 0;
  let pendingCommentStart: number | undefined;

  const closeEntry = () => {
    if (!entry || !section) return;
    const { values, ...plain } = entry;
    // configparser joins the lines with '\n' and strips the end (trailing blank lines included).
    section.entries.push({ ...plain, value: pythonRstrip(values.join('\n')) });
    section.bodyEnd = plain.end;
    entry = undefined;
  };

  if (text.startsWith('\ufeff')) {
    problems.push({ line: 1, message: awsFilesText.byteOrderMark() });
  }
  for (const line of lines) {
    if (hasEscapedByte(line.content)) problem(line, awsFilesText.notUtf8({ line: line.number }));
    const stripped = pythonStrip(line.content);
    if (stripped.startsWith('#') || stripped.startsWith(';')) {
      pendingCommentStart ??= line.start;
      continue;
    }
    if (stripped === '') {
      entry?.values.push('');
      pendingCommentStart = undefined;
      continue;
    }
    const indent = pythonIndent(line.content);
    if (section && optionOpen && indent > indentLevel) {
      // A continuation line, whatever it looks like (an indented `[x]` included).
      if (entry) {
        entry.values.push(stripped);
        entry.lines.push([line.start, line.end]);
        entry.end = line.end;
      }
      pendingCommentStart = undefined;
      continue;
    }
    indentLevel = indent;
    const header = headerPattern.exec(stripped);
    if (header) {
      closeEntry();
      optionOpen = false;
      const name = header[1]!;
      const leadStart = pendingCommentStart ?? line.start;
      pendingCommentStart = undefined;
      if (section) section.end = leadStart;
      section = {
        name,
        leadStart,
        start: line.start,
        headerEnd: line.end,
        bodyEnd: line.end,
        end: text.length,
        entries: [],
        indent,
      };
      sections.push(section);
      if (name !== defaultSectionName) {
        const first = seenSections.get(name);
        if (first !== undefined) {
          problem(line, awsFilesText.sectionTwice({ section: printable(name), first, line: line.number }));
        } else {
          seenSections.set(name, line.number);
        }
      }
      continue;
    }
    pendingCommentStart = undefined;
    if (!section) {
      problem(line, awsFilesText.beforeAnySection({ line: line.number }));
      continue;
    }
    const option = entryPattern.exec(stripped);
    if (!option) {
      // configparser keeps the open option: deeper lines after this one still continue it.
      closeEntry();
      problem(line, awsFilesText.noKind({ line: line.number }));
      continue;
    }
    closeEntry();
    const key = pythonLower(pythonRstrip(option[1]!));
    // An empty key is an error, and its value cannot be continued (configparser's optname is '').
    optionOpen = key !== '';
    if (key === '') problem(line, awsFilesText.noKey({ line: line.number, separator: option[2]! }));
    const keyId = `${section.name}\u0000${key}`;
    const first = seenKeys.get(keyId);
    if (first !== undefined) {
      problem(
        line,
        awsFilesText.keyTwice({
          key: printable(key),
          section: printable(section.name),
          first,
          line: line.number,
        }),
      );
    } else {
      seenKeys.set(keyId, line.number);
    }
    entry = {
      key,
      value: '',
      values: [pythonStrip(option[3]!)],
      start: line.start,
      end: line.end,
      lines: [[line.start, line.end]],
      indent,
    };
  }
  closeEntry();
  const doc: IniDocument = { text, sections, eol: firstLineBreak(text), problems };
  const nested = sections.some(({ entries }) => entries.some(({ value }) => value.startsWith('\n')));
  for (const [name, settings] of nested ? iniModel(doc) : []) {
    for (const [key, value] of Object.entries(settings)) {
      // botocore reads a value that starts on the next line as a block of nested key = value lines.
      if (!value.startsWith('\n')) continue;
      if (!pythonSplitLines(value).some((line) => pythonStrip(line) !== '' && !line.includes('='))) continue;
      const owner = sections.find((s) => s.name === name && s.entries.some((e) => e.key === key));
      const start = (owner ?? sections.find((s) => s.name === defaultSectionName))?.entries.find(
        (e) => e.key === key,
      )?.start;
      const number = lines.find((line) => line.start === start)?.number ?? 0;
      const message = awsFilesText.nestedLineWithoutEquals({ key: printable(key), line: number });
      if (!problems.some((known) => known.message.english === message.english)) {
        problems.push({ line: number, message });
      }
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return doc;
}

/**
 * The settings of a section as configparser holds them (a repeated key keeps its last value), not
 * counting what `[DEFAULT]` adds; see iniModel for that.
 */
export function sectionSettings(section: IniSection): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const { key, value } of section.entries) settings[key] = value;
  return settings;
}

/**
 * The sections and their settings as botocore's raw_config_parse returns them: in file order, a
 * repeated header merged into its first, `[DEFAULT]` left out but its keys given to every other
 * section that does not set them.
 */
export function iniModel(doc: IniDocument): Array<[string, Record<string, string>]> {
  const defaults: Record<string, string> = {};
  const merged = new Map<string, Record<string, string>>();
  for (const section of doc.sections) {
    const settings = sectionSettings(section);
    if (section.name === defaultSectionName) Object.assign(defaults, settings);
    else merged.set(section.name, Object.assign(merged.get(section.name) ?? {}, settings));
  }
  return [...merged].map(([name, settings]) => [name, { ...defaults, ...settings }]);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  while (start < text.length) {
    breaks.lastIndex = start;
    const match = breaks.exec(text);
    const end = match ? match.index + match[0].length : text.length;
    let content = text.slice(start, match ? match.index : text.length);
    // Kept out of parsing so an edit finds the header after it; reported as a problem.
    if (start === 0 && content.startsWith('\ufeff')) content = content.slice(1);
    lines.push({ number: lines.length + 1, start, end, content });
    start = end;
  }
  return lines;
}

/** Python's str.splitlines(), which botocore's nested-block parser uses. */
function pythonSplitLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/);
}

function firstLineBreak(text: string): IniDocument['eol'] {
  const match = /\r\n|\n|\r/.exec(text);
  return (match?.[0] as IniDocument['eol'] | undefined) ?? '\n';
}

/** A name from the file for a one-line message: control characters (an escape sequence) shown escaped. */
function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function hasEscapedByte(content: string): boolean {
  if (!/[\udc80-\udcff]/.test(content)) return false;
  for (let i = 0; i < content.length; i++) if (isEscapedByte(content, i)) return true;
  return false;
}
