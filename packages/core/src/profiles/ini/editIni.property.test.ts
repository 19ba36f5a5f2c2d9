import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editIniSection, type IniSectionEdit } from './editIni.js';
import { iniEditScenario, oddEditScenario, renderIniFile } from './iniArbitraries.js';
import { decodeIniBytes, encodeIniText } from './iniBytes.js';
import { parseIni, sectionSettings } from './parseIni.js';
import { pythonLower } from './pythonText.js';

type Model = Array<[string, Record<string, string>]>;
const modelOf = (text: string): Model => parseIni(text).sections.map((s) => [s.name, sectionSettings(s)]);

function expectedModel(before: Model, target: string, edit: IniSectionEdit): Model {
  const model: Model = before.map(([name, settings]) => [name, { ...settings }]);
  // The last header of that name is the one edited, the one botocore reads.
  const index = model.findLastIndex(([name]) => name === target);
  if (edit.removeSection) return model.filter(([name]) => name !== target);
  const hasSet = Object.keys(edit.set ?? {}).length > 0;
  if (index === -1 && !hasSet) return model;
  if (index === -1) model.push([target, {}]);
  const settings = model[index === -1 ? model.length - 1 : index]![1];
  for (const k of edit.unset ?? []) delete settings[k.toLowerCase()];
  for (const [k, v] of Object.entries(edit.set ?? {})) settings[k.toLowerCase()] = v;
  return model;
}

/** The text of each section from its header to its last entry, final line ending dropped. */
function sectionTexts(text: string): Map<string, string> {
  return new Map(
    parseIni(text).sections.map((s) => [s.name, text.slice(s.start, s.bodyEnd).replace(/\r?\n$/, '')]),
  );
}

/** The lines of `text`, each with its line ending (`\n`, `\r\n` or `\r`; none on an unended last line). */
function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

/**
 * Every line of `before` that the edit does not concern (the key lines and continuation lines of
 * the keys it sets or unsets in the last header named `target`; all of a removed section) is in
 * `after`, byte for byte and in the same order: comments among values, odd indentation, other
 * sections' repeated keys, bytes that are not UTF-8. Blank lines are left out: a removal drops
 * those it would leave dangling.
 */
function expectUntouchedLinesKept(before: string, after: string, target: string, edit: IniSectionEdit): void {
  const doc = parseIni(before);
  const touched: Array<[number, number]> = [];
  const named = doc.sections.filter((s) => s.name === target);
  if (edit.removeSection) {
    for (const section of named) touched.push([section.leadStart, section.end]);
  } else {
    const keys = new Set([...Object.keys(edit.set ?? {}), ...(edit.unset ?? [])].map(pythonLower));
    for (const entry of named.at(-1)?.entries ?? []) if (keys.has(entry.key)) touched.push(...entry.lines);
  }
  let offset = 0;
  const kept: string[] = [];
  for (const line of linesOf(before)) {
    const start = offset;
    offset += line.length;
    if (touched.some(([from, to]) => start >= from && start < to)) continue;
    if (line.trim() === '') continue;
    kept.push(line);
  }
  let at = 0;
  for (const line of kept) {
    // Found as text: an unended last line may gain a line ending, and a `\r` ending followed by
    // an added line's `\n` reads as one `\r\n`, its bytes all kept.
    const found = after.indexOf(line, at);
    expect(found, `line ${JSON.stringify(line)} kept in ${JSON.stringify(after)}`).toBeGreaterThanOrEqual(0);
    at = found + line.length;
  }
}

describe('editIniSection properties', () => {
  it('re-parses to the expected model, and untouched sections stay byte-identical and in order', () => {
    fc.assert(
      fc.property(iniEditScenario, ([f, target, edit]) => {
        const before = renderIniFile(f);
        // Unset runs before set: a key in both ends up set.
        const after = editIniSection(before, target, edit);
        expect(modelOf(after)).toEqual(expectedModel(modelOf(before), target, edit));

        const untouchedBefore = [...sectionTexts(before)].filter(([name]) => name !== target);
        const untouchedAfter = [...sectionTexts(after)].filter(([name]) => name !== target);
        expect(untouchedAfter).toEqual(untouchedBefore);

        // Everything before the edited section's first byte is unchanged.
        const doc = parseIni(before);
        const edited = doc.sections.find((s) => s.name === target);
        const stablePrefix = before.slice(0, edited ? edited.leadStart : before.length).replace(/\s+$/, '');
        expect(after.startsWith(stablePrefix)).toBe(true);

        // Line endings: a pure-CRLF file stays pure CRLF; the final newline (or its absence) stays.
        if (before.includes('\r\n')) expect(after.replaceAll('\r\n', '')).not.toContain('\n');
        if (before !== '' && after !== '') expect(after.endsWith('\n')).toBe(before.endsWith('\n'));
      }),
      { numRuns: 400 },
    );
  });

  it('bytes outside the edited section stay byte for byte, whatever they are (not UTF-8 included)', () => {
    fc.assert(
      fc.property(iniEditScenario, ([f, target, edit]) => {
        const beforeBytes = encodeIniText(renderIniFile(f));
        const before = decodeIniBytes(beforeBytes);
        const afterBytes = encodeIniText(editIniSection(before, target, edit));
        const edited = parseIni(before).sections.find((s) => s.name === target);
        // Up to the edited section (all of the file when it is new), bar blank lines a removal drops.
        const prefix = encodeIniText(
          before.slice(0, edited ? edited.leadStart : before.length).replace(/\s+$/, ''),
        );
        expect(afterBytes.subarray(0, prefix.length)).toEqual(prefix);
        // And after it.
        if (edited) {
          const suffix = encodeIniText(before.slice(edited.end));
          expect(afterBytes.subarray(afterBytes.length - suffix.length)).toEqual(suffix);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('editing is idempotent: applying the same set twice changes nothing the second time', () => {
    fc.assert(
      fc.property(iniEditScenario, ([f, target, edit]) => {
        const once = editIniSection(renderIniFile(f), target, edit);
        expect(editIniSection(once, target, edit)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('odd files (continuation lines, comments inside values, repeated headers and keys, odd whitespace): the edit reads as asked, every other byte stays, or it is refused', () => {
    let refused = 0;
    fc.assert(
      fc.property(oddEditScenario, ([before, target, edit]) => {
        let after: string;
        try {
          after = editIniSection(before, target, edit);
        } catch (error) {
          // The safety net: an edit that would change how another line reads is refused.
          expect(error).toMatchObject({ code: 'INVALID_INPUT' });
          refused++;
          return;
        }
        expect(modelOf(after)).toEqual(expectedModel(modelOf(before), target, edit));
        expectUntouchedLinesKept(before, after, target, edit);
        const sections = parseIni(before).sections;
        const edited = sections.filter((s) => s.name === target);
        if (edited.length === 0) {
          // A new section: the file is its prefix (bar a final line ending added before it).
          expect(after.startsWith(before.replace(/(\r\n|\n|\r)$/, ''))).toBe(true);
          return;
        }
        const first = edit.removeSection ? edited[0]! : edited.at(-1)!;
        const last = edited.at(-1)!;
        const prefix = before.slice(0, edit.removeSection ? first.leadStart : first.headerEnd);
        expect(after.startsWith(prefix.replace(/\s+$/, ''))).toBe(true);
        expect(after.endsWith(before.slice(last.end))).toBe(true);
        // Comment lines of the edited section stay (those inside removed values too).
        if (!edit.removeSection) {
          const comments = (text: string, from: number, to: number) =>
            text
              .slice(from, to)
              .split(/\r\n|\n|\r/)
              .filter((line) => /^[\s]*[#;]/.test(line));
          // Up to the next header: a comment may become the next section's leading comment.
          const upToNextHeader = (text: string) => {
            const all = parseIni(text).sections;
            const index = all.findLastIndex((s) => s.name === target);
            return comments(text, all[index]!.start, all[index + 1]?.start ?? text.length);
          };
          expect(upToNextHeader(after)).toEqual(upToNextHeader(before));
        }
      }),
      { numRuns: 1000 },
    );
    // Refusals are for files whose indentation leaves no safe place, not for ordinary edits.
    expect(refused).toBeLessThan(50);
  });
});
