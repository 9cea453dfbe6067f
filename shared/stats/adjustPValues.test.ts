import { describe, expect, it } from 'vitest';
import { adjustPValues, type PAdjustMethod } from './adjustPValues';
import { correlationPValue } from './correlationPValue';
import { ordinalPairStats } from './ordinalCorrelation';

const withMissing = [0.01, NaN, 0.04, 0.03, 0.005, NaN, 0.2, 0.04];
const capped = [0.5, 0.3, 0.04, 0.01, 0.3];

describe('adjustPValues', () => {
  it.each<{ name: string; p: number[]; method: PAdjustMethod; expected: number[] }>([
    {
      name: 'Holm skips NaN and does not count it',
      p: withMissing,
      method: 'holm',
      // R 4.2.2: p.adjust(c(0.01, NA, 0.04, 0.03, 0.005, NA, 0.2, 0.04), "holm")
      expected: [0.05, NaN, 0.12, 0.12, 0.03, NaN, 0.2, 0.12],
    },
    {
      name: 'Benjamini–Hochberg skips NaN and does not count it',
      p: withMissing,
      method: 'bh',
      // R 4.2.2: p.adjust(c(0.01, NA, 0.04, 0.03, 0.005, NA, 0.2, 0.04), "BH")
      expected: [0.03, NaN, 0.048, 0.048, 0.03, NaN, 0.2, 0.048],
    },
    {
      name: 'Holm caps at 1 and keeps order with ties',
      p: capped,
      method: 'holm',
      // R 4.2.2: p.adjust(c(0.5, 0.3, 0.04, 0.01, 0.3), "holm")
      expected: [0.9, 0.9, 0.16, 0.05, 0.9],
    },
    {
      name: 'Benjamini–Hochberg takes the running minimum from the top',
      p: capped,
      method: 'bh',
      // R 4.2.2: p.adjust(c(0.5, 0.3, 0.04, 0.01, 0.3), "BH")
      expected: [0.5, 0.375, 0.1, 0.05, 0.375],
    },
    {
      name: 'Holm leaves a single p unchanged',
      p: [0.2, NaN],
      method: 'holm',
      // R 4.2.2: p.adjust(c(0.2, NA), "holm")
      expected: [0.2, NaN],
    },
    { name: 'none returns the p-values as given', p: withMissing, method: 'none', expected: withMissing },
    { name: 'an empty list stays empty', p: [], method: 'holm', expected: [] },
  ])('$name', ({ p, method, expected }) => {
    const adjusted = adjustPValues(p, method);
    expect(adjusted).toHaveLength(expected.length);
    adjusted.forEach((v, i) => {
      if (Number.isNaN(expected[i])) expect(v).toBeNaN();
      else expect(v).toBeCloseTo(expected[i], 15);
    });
  });

  it('returns a new array and leaves its input alone', () => {
    const p = [0.04, 0.01];
    const adjusted = adjustPValues(p, 'none');
    expect(adjusted).not.toBe(p);
    adjustPValues(p, 'holm');
    expect(p).toEqual([0.04, 0.01]);
  });

  it('throws on an unknown method', () => {
    expect(() => adjustPValues([0.1, 0.2], 'bonferroni' as PAdjustMethod)).toThrow('adjustPValues does not know method "bonferroni"');
  });
});

describe('correlation matrix pipeline: ordinalPairStats → correlationPValue → adjustPValues', () => {
  // 16 respondents, 4 five-point items, blanks as NaN (NA in R)
  const N = NaN;
  const items = {
    workload: [4, 5, 3, N, 2, 4, 5, 5, 3, 1, 4, 2, N, 5, 3, 4],
    stress: [5, 5, 3, 4, 2, 3, 4, 5, N, 2, 4, 3, 2, 5, 2, 4],
    support: [2, 1, 3, 3, N, 2, 2, 1, 4, 5, 3, 4, 4, N, 3, 2],
    time: [1, 2, 2, 3, 4, N, 1, 1, 3, 5, 2, 4, 5, 2, 3, 3],
  };
  const coded = Object.values(items).map((codes) => ({ codes: Float64Array.from(codes), levelCount: 5 }));
  // psych's order: upper.tri of the 4 × 4 matrix, column by column
  const pairs: [number, number][] = [
    [0, 1],
    [0, 2],
    [1, 2],
    [0, 3],
    [1, 3],
    [2, 3],
  ];
  // R 4.2.2, psych 2.2.9: ct <- corr.test(d, method = "spearman", adjust = "holm"), d <- data.frame(items) with NaN as NA
  // ct$r[upper.tri(ct$r)]
  const r = [
    0.85672514619883045, -0.9237982048437452, -0.80409356725146208, -0.83768115942028987, -0.79634003389073582, 0.8144927536231884,
  ];
  // ct$n[upper.tri(ct$n)]
  const n = [13, 12, 13, 13, 14, 13];
  // t(ct$p)[upper.tri(ct$p)]  (raw p, psych's lower triangle)
  const rawP = [
    1.8370840134655504e-4, 1.7787120917910014e-5, 9.2239426412647947e-4, 3.5115273556625567e-4, 6.5380569873481212e-4,
    6.9808661870500292e-4,
  ];
  // ct$p[upper.tri(ct$p)]  (Holm-adjusted p, psych's upper triangle)
  const holmP = [
    0.0009185420067327752, 0.00010672272550746008, 0.0019614170962044364, 0.0014046109422650227, 0.0019614170962044364,
    0.0019614170962044364,
  ];
  // cbh <- corr.test(d, method = "spearman", adjust = "BH"); cbh$p[upper.tri(cbh$p)]
  const bhP = [
    0.00055112520403966512, 0.00010672272550746008, 0.00092239426412647947, 0.00070230547113251133, 0.00083770394244600348,
    0.00083770394244600348,
  ];

  const stats = pairs.map(([i, j]) => ordinalPairStats(coded[i], coded[j]));
  const p = stats.map((s) => correlationPValue(s.spearman, s.n));

  it('reproduces psych::corr.test pairwise Spearman r and n', () => {
    stats.forEach((s, k) => {
      expect(s.n).toBe(n[k]);
      expect(s.spearman).toBeCloseTo(r[k], 14);
    });
  });

  it.each([
    { name: 'raw p', actual: () => p, expected: rawP },
    { name: 'Holm-adjusted p', actual: () => adjustPValues(p, 'holm'), expected: holmP },
    { name: 'Benjamini–Hochberg-adjusted p', actual: () => adjustPValues(p, 'bh'), expected: bhP },
  ])('reproduces psych::corr.test $name', ({ actual, expected }) => {
    // relative tolerance 1e-10: these p are ~1e-4, and psych takes a different route through pt()
    actual().forEach((v, k) => expect(Math.abs(v - expected[k]) / expected[k]).toBeLessThan(1e-10));
  });
});
