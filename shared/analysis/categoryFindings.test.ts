import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

/** 60 respondents: Primary 40 (10 on SLT), Secondary 20 (14 on SLT); a third question with no pattern. */
function table(): string[][] {
  const rows: string[][] = [['Which phase is your school?', 'Are you on SLT?', 'Which day suits network meetings?']];
  const days = ['Monday', 'Wednesday', 'Friday'];
  for (let i = 0; i < 40; i++) rows.push(['Primary', i < 10 ? 'Yes' : 'No', days[i % 3]]);
  for (let i = 0; i < 20; i++) rows.push(['Secondary', i < 14 ? 'Yes' : 'No', days[i % 3]]);
  return rows;
}

describe('category-difference findings', () => {
  it('says in shares which group more often gave the answer, with the test that found it', () => {
    const r = analyse(table(), { adjust: 'holm' });
    if (!r.ok) throw new Error(r.message);
    const found = r.analysis.findings.filter((f) => f.kind === 'category-difference');
    expect(found).toHaveLength(1);
    const f = found[0];
    if (f.kind !== 'category-difference') throw new Error('kind');
    // R 4.2: chisq.test(matrix(c(10, 30, 14, 6), 2, byrow = TRUE), correct = FALSE): X² = 11.25, p = 0.000796230157590812;
    //   Cramér's V = sqrt(11.25 / 60) = 0.433012701892219. Holm over Phase's two tests (SLT, meeting day) keeps p·2 at most.
    const c = r.analysis.categoryComparisons!.find((x) => x.item === 1 || x.groupColumn === 1)!;
    expect(c.p).toBeCloseTo(0.000796230157590812, 12);
    expect(f.effectSize.value).toBeCloseTo(0.433012701892219, 12);
    expect(f.answer).toBe('Yes');
    expect(f.groups.map((g) => [g.label, g.percent])).toEqual([
      ['Primary', 25],
      ['Secondary', 70],
    ]);
    expect(f.text).toMatch(
      /^“Which phase is your school\?”: Secondary \(n = 20\) more often answered “Yes” to “.*SLT.*” than Primary \(n = 40\): 70% vs 25%; Cramér’s V = 0\.43; chi-square test, p = \.00\d after Holm correction\.$/,
    );
  });

  it('makes no finding of answers that do not differ', () => {
    const r = analyse(table());
    if (!r.ok) throw new Error(r.message);
    const f = r.analysis.findings.filter((x) => x.kind === 'category-difference');
    expect(f.some((x) => x.columns.includes(2))).toBe(false);
  });
});
