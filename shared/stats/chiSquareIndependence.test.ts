import { describe, expect, it } from 'vitest';
import { chiSquareIndependence } from './chiSquareIndependence';

describe('chiSquareIndependence', () => {
  it.each([
    {
      name: 'a 2 × 3 table',
      // R 4.2.2: t1 <- matrix(c(12, 5, 9, 7, 3, 14), nrow = 2, byrow = TRUE); c1 <- chisq.test(t1, correct = FALSE)
      table: [
        [12, 5, 9],
        [7, 3, 14],
      ],
      // c1$statistic, c1$parameter, c1$p.value, sqrt(c1$statistic / (sum(t1) * (min(dim(t1)) - 1)))
      statistic: 2.82726962682626315,
      df: 2,
      p: 0.24325747871529235,
      cramersV: 0.23779275122788177,
    },
    {
      name: 'a 2 × 2 table (V is phi)',
      // R 4.2.2: t2 <- matrix(c(20, 15, 10, 25), 2, byrow = TRUE); c2 <- chisq.test(t2, correct = FALSE)
      table: [
        [20, 15],
        [10, 25],
      ],
      statistic: 5.833333333333333925,
      df: 1,
      p: 0.015725299754505352,
      cramersV: 0.288675134594812921,
    },
    {
      name: 'a 3 × 4 table with small expected counts',
      // R 4.2.2: t4 <- matrix(c(8, 6, 2, 9, 5, 4, 7, 7, 6, 3, 8, 5), 3, byrow = TRUE); c4 <- chisq.test(t4, correct = FALSE)
      table: [
        [8, 6, 2, 9],
        [5, 4, 7, 7],
        [6, 3, 8, 5],
      ],
      statistic: 6.26646622996064373,
      df: 6,
      p: 0.39401198099634532,
      cramersV: 0.21156671068754521,
    },
  ])('matches R on $name', ({ table, statistic, df, p, cramersV }) => {
    const result = chiSquareIndependence(table);
    expect(result.statistic).toBeCloseTo(statistic, 13);
    expect(result.df).toBe(df);
    expect(result.p).toBeCloseTo(p, 14);
    expect(result.cramersV).toBeCloseTo(cramersV, 14);
  });

  it('keeps a p far below 1e-16 (an upper tail, not 1 − cdf)', () => {
    // R 4.2.2: t3 <- matrix(c(60, 2, 5, 3, 50, 4, 2, 5, 70), 3, byrow = TRUE); c3 <- chisq.test(t3, correct = FALSE)
    const result = chiSquareIndependence([
      [60, 2, 5],
      [3, 50, 4],
      [2, 5, 70],
    ]);
    expect(result.statistic).toBeCloseTo(285.39495117129673, 10); // c3$statistic
    expect(Math.abs(result.p - 1.5301109049479587e-60)).toBeLessThanOrEqual(1e-9 * 1.5301109049479587e-60); // c3$p.value
    expect(result.cramersV).toBeCloseTo(0.84257800201574073, 14);
  });

  it('counts the cells whose expected count is under 5', () => {
    const result = chiSquareIndependence([
      [8, 6, 2, 9],
      [5, 4, 7, 7],
      [6, 3, 8, 5],
    ]);
    // R 4.2.2: min(c4$expected); sum(c4$expected < 5)
    expect(result.minExpected).toBeCloseTo(4.08571428571428541, 14);
    expect(result.expectedBelow5).toBe(3);
    expect(result.n).toBe(70);
  });

  it('gives NaN when a column is empty, as R does', () => {
    // R 4.2.2: chisq.test(matrix(c(3, 0, 4, 5, 0, 6), 2, byrow = TRUE), correct = FALSE)$statistic is NaN
    const result = chiSquareIndependence([
      [3, 0, 4],
      [5, 0, 6],
    ]);
    expect([result.statistic, result.p, result.cramersV]).toEqual([NaN, NaN, NaN]);
  });

  it.each([
    { name: 'one row', table: [[1, 2, 3]], message: 'chiSquareIndependence requires a table of at least 2 rows and 2 columns' },
    { name: 'ragged rows', table: [[1, 2], [3]], message: 'chiSquareIndependence requires rows of equal length' },
    {
      name: 'a negative count',
      table: [
        [1, -2],
        [3, 4],
      ],
      message: 'chiSquareIndependence requires non-negative finite counts',
    },
  ])('refuses $name', ({ table, message }) => {
    expect(() => chiSquareIndependence(table)).toThrow(message);
  });
});
