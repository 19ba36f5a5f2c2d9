import { describe, expect, it } from 'vitest';
import { displayWidth } from './displayWidth.js';
import { renderTable } from './renderTable.js';

describe('renderTable', () => {
  it('pads columns to the widest cell, with a rule under the header and no trailing spaces', () => {
    expect(renderTable(['action', 'decision'], [['s3:ListAllMyBuckets', 'allowed']])).toBe(
      'action               decision\n-------------------  --------\ns3:ListAllMyBuckets  allowed\n',
    );
  });

  it('aligns columns by terminal width when headings and cells are Japanese', () => {
    const table = renderTable(
      ['アクション', '判定', 'note'],
      [
        ['s3:ListAllMyBuckets', '許可', 'a'],
        ['iam:ListUsers', '拒否（MFA なし）', 'b'],
      ],
    );
    const lines = table.trimEnd().split('\n');
    // Every line's third column starts at the same terminal column.
    const thirdColumn = lines.map((line) => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1)));
    expect(new Set(thirdColumn).size).toBe(1);
    expect(lines[1]).toBe(`${'-'.repeat(19)}  ${'-'.repeat(displayWidth('拒否（MFA なし）'))}  ----`);
  });
});
