// A small unified-style line diff for showing policy edits before they are applied.

type Edit = { kind: ' ' | '-' | '+'; line: string };

/** Longest-common-subsequence edit script; policies are a few hundred lines, so O(n·m) is fine. */
function editScript(before: readonly string[], after: readonly string[]): Edit[] {
  const n = before.length;
  const m = after.length;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        before[i] === after[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      edits.push({ kind: ' ', line: before[i]! });
      i += 1;
      j += 1;
    } else if (j < m && (i === n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      edits.push({ kind: '+', line: after[j]! });
      j += 1;
    } else {
      edits.push({ kind: '-', line: before[i]! });
      i += 1;
    }
  }
  // Within a changed run show removals before additions, as `diff -u` does.
  for (let start = 0; start < edits.length; ) {
    let end = start;
    while (end < edits.length && edits[end]!.kind !== ' ') end += 1;
    if (end > start) {
      const run = edits.slice(start, end);
      edits.splice(
        start,
        end - start,
        ...run.filter((e) => e.kind === '-'),
        ...run.filter((e) => e.kind === '+'),
      );
      start = end;
    } else {
      start += 1;
    }
  }
  return edits;
}

const splitLines = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/**
 * Unified-style diff of two texts: `@@ -a,b +c,d @@` hunks with three lines of context, lines
 * prefixed by ` `, `-` or `+`. Returns '' when the texts have the same lines.
 *
 * @example diffLines('a\nb\n', 'a\nc\n') // '@@ -1,2 +1,2 @@\n a\n-b\n+c'
 */
export function diffLines(before: string, after: string, context = 3): string {
  const edits = editScript(splitLines(before), splitLines(after));
  const changed = edits
    .map((edit, index) => (edit.kind === ' ' ? -1 : index))
    .filter((index) => index !== -1);
  if (changed.length === 0) return '';
  // Group changes whose context windows touch into one hunk.
  const hunks: Array<[number, number]> = [];
  for (const index of changed) {
    const last = hunks.at(-1);
    if (last && index - last[1] <= 2 * context + 1) last[1] = index;
    else hunks.push([index, index]);
  }
  const out: string[] = [];
  for (const [first, last] of hunks) {
    const start = Math.max(0, first - context);
    const end = Math.min(edits.length, last + context + 1);
    // Line numbers (1-based) where the hunk starts on each side.
    let oldLine = 1;
    let newLine = 1;
    for (const edit of edits.slice(0, start)) {
      if (edit.kind !== '+') oldLine += 1;
      if (edit.kind !== '-') newLine += 1;
    }
    const slice = edits.slice(start, end);
    const oldCount = slice.filter((edit) => edit.kind !== '+').length;
    const newCount = slice.filter((edit) => edit.kind !== '-').length;
    // `diff -u` writes a zero-length side as the line before it.
    out.push(
      `@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`,
    );
    for (const edit of slice) out.push(`${edit.kind}${edit.line}`);
  }
  return out.join('\n');
}
