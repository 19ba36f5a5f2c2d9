import { displayWidth } from './displayWidth.js';

/**
 * Renders rows as a plain-text table with a header and a rule, columns padded to their widest
 * cell, no trailing spaces: stable for diffs and easy to read back in tests. Widths are terminal
 * columns (displayWidth), so Japanese headings and cells stay aligned.
 *
 * @example renderTable(['action', 'decision'], [['s3:ListAllMyBuckets', 'allowed']])
 */
export function renderTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  return `${[line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')}\n`;
}
