/**
 * Renders rows as a plain-text table with a header and a rule, columns padded to their widest
 * cell, no trailing spaces: stable for diffs and easy to read back in tests.
 *
 * @example renderTable(['action', 'decision'], [['s3:ListAllMyBuckets', 'allowed']])
 */
export function renderTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')}\n`;
}
