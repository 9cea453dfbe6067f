import { describe, expect, it } from 'vitest';
import { generateLikertTable } from '../../bench/likert';
import { analyse } from '../analysis/analyse';
import type { Analysis } from '../analysis/analysisSchema';
import { correlationsTab } from './correlationsTab';

function analysed(questions: number): Analysis {
  const r = analyse(generateLikertTable(120, questions, { seed: 9 }));
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

const pairRows = (cells: unknown[][]) => cells.slice(cells.findIndex((row) => row[0] === 'Question A') + 1);

describe('correlationsTab', () => {
  it('lists every pair of an ordinary survey, in one block as it always had', () => {
    // 45 questions make 45 × 44 / 2 = 990 pairs: under the 1,000 a tab lists.
    const tab = correlationsTab(analysed(45));
    expect(pairRows(tab.cells)).toHaveLength(990);
    expect(tab.blockStarts).toEqual([]);
    expect(tab.width).toBe(46);
    expect(tab.cells.some((row) => String(row[0]).includes('correlations-all.csv'))).toBe(false);
  });

  it('past 1,000 pairs lists the strongest 1,000, says where every pair is, and gives the list a block of its own', () => {
    // 46 questions make 46 × 45 / 2 = 1,035 pairs.
    const a = analysed(46);
    const tab = correlationsTab(a);
    const rows = pairRows(tab.cells);
    expect(rows).toHaveLength(1000);
    const strengths = rows.map((row) => Math.abs(row[2] as number));
    expect(strengths).toEqual([...strengths].sort((x, y) => y - x));
    // The weakest listed is at least as strong as any pair left out.
    const listed = new Set(rows.map((row) => `${row[0]}|${row[1]}`));
    const label = (c: number) => a.questions.find((q) => q.column === c)!.label;
    const left = a.correlations.filter((c) => !listed.has(`${label(c.a)}|${label(c.b)}`));
    expect(left).toHaveLength(35);
    expect(Math.max(...left.map((c) => Math.abs(c.r ?? 0)))).toBeLessThanOrEqual(strengths[999]);
    const note = tab.cells.find((row) => String(row[0]).startsWith('The 1,000 strongest'));
    expect(note?.[0]).toMatch(
      /^The 1,000 strongest of 1,035 pairs \(\d[\d,]* with adjusted p < \.05\)\. Every pair, with its n and p, is in correlations-all\.csv/,
    );
    // The matrix (head row and 46 rows, 47 wide) and the list (8 wide) are blocks of their own widths.
    const head = tab.cells.findIndex((row) => row[0] === '' && row.length === 47);
    expect(tab.blockStarts).toEqual([head, head + 47 + 1]);
    expect(rows.every((row) => row.length === 8)).toBe(true);
    expect(tab.width).toBe(47);
  });

  it('bolds each run of significant cells in a matrix row as one block, covering exactly the significant cells', () => {
    const a = analysed(46);
    const tab = correlationsTab(a);
    const head = tab.cells.findIndex((row) => row[0] === '' && row.length === 47);
    const bold = new Set<string>();
    for (const b of tab.bold)
      for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.column; c < b.column + b.columns; c++) bold.add(`${r},${c}`);
    const columns = [...new Set(a.correlations.flatMap((c) => [c.a, c.b]))].sort((x, y) => x - y);
    for (const c of a.correlations) {
      const i = columns.indexOf(c.a);
      const j = columns.indexOf(c.b);
      const significant = c.r !== null && c.pAdjusted !== null && c.pAdjusted < 0.05;
      expect(bold.has(`${head + 1 + i},${1 + j}`)).toBe(significant);
      expect(bold.has(`${head + 1 + j},${1 + i}`)).toBe(significant);
    }
  });
});
