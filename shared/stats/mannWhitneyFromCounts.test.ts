import { describe, expect, it } from 'vitest';
import { mannWhitneyFromCounts } from './mannWhitneyFromCounts';
import { mannWhitneyU } from './mannWhitneyU';

const expand = (counts: number[]) => counts.flatMap((c, i) => Array<number>(c).fill(i + 1));

describe('mannWhitneyFromCounts', () => {
  it.each([
    {
      name: 'an agreement item, this year against last',
      x: [6, 8, 7, 20, 11],
      y: [10, 12, 8, 15, 5],
      // R 4.2.2: ex <- function(k) rep(seq_along(k), k);
      // w <- wilcox.test(ex(c(6, 8, 7, 20, 11)), ex(c(10, 12, 8, 15, 5)), exact = FALSE, correct = TRUE); w$statistic; w$p.value
      u: 1612.5,
      p: 0.031340731507502537,
    },
    {
      name: 'the small example of mannWhitneyU.test.ts, as counts over 1 to 5',
      x: [0, 1, 2, 2, 3],
      y: [2, 2, 2, 1, 0],
      // R 4.2.2: wilcox.test(c(3, 4, 2, 5, 5, 4, 3, 5), c(2, 1, 3, 3, 2, 4, 1), exact = FALSE, correct = TRUE)
      u: 47,
      p: 0.028791653665301977,
    },
  ])('matches R: $name', ({ x, y, u, p }) => {
    const r = mannWhitneyFromCounts(x, y);
    expect(r.u).toBe(u);
    expect(r.p).toBeCloseTo(p, 14);
  });

  it('gives what mannWhitneyU gives on the answers themselves, z and effect size included', () => {
    const x = [3, 0, 9, 14, 2, 7];
    const y = [1, 5, 5, 0, 8, 8];
    const counted = mannWhitneyFromCounts(x, y);
    const direct = mannWhitneyU(expand(x), expand(y));
    for (const k of ['u', 'z', 'p', 'rankBiserial', 'n1', 'n2'] as const) expect(counted[k]).toBeCloseTo(direct[k], 12);
  });

  it('is NaN when a group is empty, and refuses counts over different levels', () => {
    expect(mannWhitneyFromCounts([0, 0], [1, 2]).p).toBeNaN();
    expect(() => mannWhitneyFromCounts([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
});
