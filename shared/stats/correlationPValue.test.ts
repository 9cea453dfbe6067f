import { describe, expect, it } from 'vitest';
import { correlationPValue } from './correlationPValue';

describe('correlationPValue', () => {
  it.each([
    {
      name: "matches R's Pearson test",
      // R 4.2.2: cor(x, y) with x <- c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8); y <- c(2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5)
      r: 0.09979900759721555,
      n: 12,
      // R 4.2.2: cor.test(x, y)$p.value
      expected: 0.75763328701874233,
    },
    {
      name: "matches R's Spearman t approximation",
      // R 4.2.2: cor(x, y, method = "spearman")
      r: 0.14157968636401572,
      n: 12,
      // R 4.2.2: cor.test(x, y, method = "spearman", exact = FALSE)$p.value
      expected: 0.66072682928682269,
    },
    {
      name: 'keeps precision for a very small p',
      // R 4.2.2: with psych 2.2.9, corr.test's -2 * expm1(pt(abs(t), n - 2, log.p = TRUE)) for r = -0.92379820484374520, n = 12
      r: -0.9237982048437452,
      n: 12,
      expected: 1.7787120917910014e-5,
    },
  ])('$name', ({ r, n, expected }) => {
    expect(correlationPValue(r, n)).toBeCloseTo(expected, 14);
  });

  it('is symmetric in the sign of r', () => {
    expect(correlationPValue(-0.3, 40)).toBe(correlationPValue(0.3, 40));
  });

  it.each([
    { name: 'r = 1', r: 1, n: 10, expected: 0 },
    { name: 'r = −1', r: -1, n: 10, expected: 0 },
    { name: 'r rounded just past 1', r: 1 + 2e-16, n: 10, expected: 0 },
    { name: 'r = 0', r: 0, n: 10, expected: 1 },
  ])('is $expected when $name', ({ r, n, expected }) => {
    expect(correlationPValue(r, n)).toBe(expected);
  });

  it.each([
    { name: 'n = 2 (no degrees of freedom)', r: 0.5, n: 2 },
    { name: 'n = 0', r: 0.5, n: 0 },
    { name: 'r is NaN (no variation)', r: NaN, n: 50 },
    { name: 'n is NaN', r: 0.5, n: NaN },
  ])('is NaN when $name', ({ r, n }) => {
    expect(correlationPValue(r, n)).toBeNaN();
  });
});
