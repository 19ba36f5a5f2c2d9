import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines } from './diffLines.js';

/** Rebuilds both sides from a diff of whole texts (context large enough for one hunk). */
function sides(diff: string): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  for (const line of diff.split('\n')) {
    if (line.startsWith('@@')) continue;
    if (line[0] !== '+') before.push(line.slice(1));
    if (line[0] !== '-') after.push(line.slice(1));
  }
  return { before, after };
}

describe(diffLines.name, () => {
  it('same_lines_give_empty_diff', () => {
    expect(diffLines('a\nb\n', 'a\nb')).toBe('');
    expect(diffLines('', '')).toBe('');
  });
  it('one_changed_line', () => {
    expect(diffLines('a\nb\nc\n', 'a\nB\nc\n')).toBe('@@ -1,3 +1,3 @@\n a\n-b\n+B\n c');
  });
  it('added_lines_from_nothing', () => {
    expect(diffLines('', 'x\ny')).toBe('@@ -0,0 +1,2 @@\n+x\n+y');
  });
  it('far_apart_changes_make_two_hunks_with_three_lines_of_context', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 2\n', 'line two\n').replace('line 19', 'line nineteen');
    expect(diffLines(before, after)).toBe(
      [
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+line two',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -16,5 +16,5 @@',
        ' line 16',
        ' line 17',
        ' line 18',
        '-line 19',
        '+line nineteen',
        ' line 20',
      ].join('\n'),
    );
  });
  it('shows_a_trusted_ip_edit_as_the_changed_lines_only', () => {
    const before = '{\n  "aws:SourceIp": [\n    "192.0.2.0/24"\n  ]\n}';
    const after = '{\n  "aws:SourceIp": [\n    "192.0.2.0/24",\n    "2001:db8::/32"\n  ]\n}';
    expect(diffLines(before, after)).toBe(
      '@@ -1,5 +1,6 @@\n {\n   "aws:SourceIp": [\n-    "192.0.2.0/24"\n+    "192.0.2.0/24",\n+    "2001:db8::/32"\n   ]\n }',
    );
  });
  it('rebuilds both sides exactly', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', '', ' x'), { maxLength: 12 })
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = diffLines(before, after, 1000);
        // A final newline ends the last line rather than starting another.
        const split = (t: string) => (t === '' ? [] : t.replace(/\n$/, '').split('\n'));
        if (diff === '') {
          expect(split(before)).toEqual(split(after));
          return;
        }
        expect(sides(diff)).toEqual({ before: split(before), after: split(after) });
      }),
    );
  });
});
