import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from './mannWhitneyU';

const x = [3, 4, 2, 5, 5, 4, 3, 5];
const y = [2, 1, 3, 3, 2, 4, 1];

describe('mannWhitneyU', () => {
  it.each([
    {
      name: 'matches R when x tends to be larger',
      x,
      y,
      // R 4.2.2: w <- wilcox.test(x, y, exact = FALSE, correct = TRUE); w$statistic; w$p.value
      u: 47,
      p: 0.028791653665301977,
      // R 4.2.2: sign(w$statistic - 8 * 7 / 2) * qnorm(w$p.value / 2, lower.tail = FALSE)
      z: 2.1863274990176769,
      // R 4.2.2: 2 * w$statistic / (8 * 7) - 1
      rankBiserial: 0.6785714285714286,
    },
    {
      name: 'mirrors the result when the groups swap',
      x: y,
      y: x,
      // R 4.2.2: wilcox.test(y, x, exact = FALSE, correct = TRUE)$statistic and $p.value
      u: 9,
      p: 0.028791653665301977,
      z: -2.1863274990176769,
      rankBiserial: -0.6785714285714286,
    },
    {
      name: 'gives p = 1 when U sits exactly at its mean',
      x: [1, 2, 3, 4],
      y: [2.5, 2.5, 3, 3.5, 1],
      // R 4.2.2: wilcox.test(c(1, 2, 3, 4), c(2.5, 2.5, 3, 3.5, 1), exact = FALSE, correct = TRUE)
      u: 10,
      p: 1,
      z: 0,
      rankBiserial: 0,
    },
    {
      name: 'drops blanks (NaN) as R drops NA',
      x: [1.5, 2, NaN, 3, 4],
      y: [4, 5, 6, NaN],
      // R 4.2.2: w <- wilcox.test(c(1.5, 2, NA, 3, 4), c(4, 5, 6, NA), exact = FALSE, correct = TRUE);
      // w$statistic; w$p.value; -qnorm(w$p.value / 2)
      u: 0.5,
      p: 0.074461831417405505,
      z: -1.783765170031688996,
      rankBiserial: (2 * 0.5) / (4 * 3) - 1,
    },
  ])('$name', ({ x, y, u, p, z, rankBiserial }) => {
    const result = mannWhitneyU(x, y);
    expect(result.u).toBe(u);
    expect(result.p).toBeCloseTo(p, 14);
    expect(result.z).toBeCloseTo(z, 12);
    expect(result.rankBiserial).toBeCloseTo(rankBiserial, 15);
  });

  it('reports group sizes after dropping blanks', () => {
    const { n1, n2 } = mannWhitneyU([1, NaN, 3], [4, 5, 6, 7]);
    expect([n1, n2]).toEqual([2, 4]);
  });

  it('has NaN z and p when every answer is the same, as R does', () => {
    // R 4.2.2: wilcox.test(c(2, 2, 2), c(2, 2, 2, 2), exact = FALSE, correct = TRUE) gives W = 6, p-value = NaN
    const result = mannWhitneyU([2, 2, 2], [2, 2, 2, 2]);
    expect(result.u).toBe(6);
    expect(result.rankBiserial).toBe(0);
    expect(result.z).toBeNaN();
    expect(result.p).toBeNaN();
  });

  it.each([
    { name: 'x', x: [NaN], y: [1, 2] },
    { name: 'y', x: [1, 2], y: [] },
  ])('has NaN results when $name has no answers', ({ x, y }) => {
    const result = mannWhitneyU(x, y);
    expect([result.u, result.z, result.p, result.rankBiserial]).toEqual([NaN, NaN, NaN, NaN]);
  });
});
