import { describe, expect, it } from 'vitest';
import { generateLikertTable } from '../../bench/likert';
import { analyse } from './analyse';
import { AnalysisSchema } from './analysisSchema';
import { compactCorrelations } from './compactCorrelations';

function analysed(questions: number) {
  const r = analyse(generateLikertTable(80, questions, { seed: 4 }));
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

describe('compactCorrelations', () => {
  it('leaves an ordinary analysis as it is: every pair listed, no matrix', () => {
    const a = analysed(45);
    expect(compactCorrelations(a)).toBe(a);
  });

  it('past 1,000 pairs keeps the 1,000 strongest as objects and every r and adjusted p in rows of the upper triangle', () => {
    const a = analysed(50);
    const compact = compactCorrelations(a);
    const m = compact.correlationMatrix!;
    // 50 questions: 50 × 49 / 2 = 1,225 pairs; rows of 49, 48, … 1.
    expect([m.pairs, m.listed, compact.correlations.length]).toEqual([1225, 1000, 1000]);
    expect(m.r.map((row) => row.length)).toEqual(Array.from({ length: 49 }, (_, i) => 49 - i));
    for (const c of a.correlations) {
      const i = m.columns.indexOf(c.a);
      const j = m.columns.indexOf(c.b);
      expect([m.r[i][j - i - 1], m.pAdjusted[i][j - i - 1]]).toEqual([c.r, c.pAdjusted]);
    }
    expect(m.significant).toBe(a.correlations.filter((c) => c.r !== null && c.pAdjusted !== null && c.pAdjusted < 0.05).length);
    expect(AnalysisSchema.safeParse(compact).success).toBe(true);
  });
});
