import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/mulberry32';
import { kendallTauB } from './kendallTauB';
import { kendallTauBPValue } from './kendallTauBPValue';
import { type CodedItem, ordinalPairStats, packedPairStats, packItem } from './ordinalCorrelation';
import { pearson } from './pearson';
import { spearman } from './spearman';
import { tieGroupSizes } from './tieGroupSizes';

const item = (codes: number[], levelCount = 5): CodedItem => ({ codes: Float64Array.from(codes), levelCount });

/** Two related items of n answers; each answer is blank with probability blankRate. */
function randomPair(n: number, ka: number, kb: number, blankRate: number, seed: number): [CodedItem, CodedItem] {
  const random = mulberry32(seed);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const latent = random();
    a[i] = random() < blankRate ? NaN : 1 + Math.floor(((latent + random()) / 2) * ka);
    b[i] = random() < blankRate ? NaN : 1 + Math.floor(((latent + random()) / 2) * kb);
  }
  return [
    { codes: a, levelCount: ka },
    { codes: b, levelCount: kb },
  ];
}

function answeredBoth(a: CodedItem, b: CodedItem): [number[], number[]] {
  const xs: number[] = [];
  const ys: number[] = [];
  a.codes.forEach((v, i) => {
    if (!Number.isNaN(v) && !Number.isNaN(b.codes[i])) {
      xs.push(v);
      ys.push(b.codes[i]);
    }
  });
  return [xs, ys];
}

describe('ordinalPairStats', () => {
  describe('matches R\'s cor(d, use = "pairwise.complete.obs") on answers with blanks', () => {
    const N = NaN;
    // R 4.2.2: d <- data.frame(workload = c(4, 5, 3, NA, 2, 4, 5, 5, 3, 1, 4, 2, NA, 5, 3, 4),
    //   stress = c(5, 5, 3, 4, 2, 3, 4, 5, NA, 2, 4, 3, 2, 5, 2, 4), support = c(2, 1, 3, 3, NA, 2, 2, 1, 4, 5, 3, 4, 4, NA, 3, 2),
    //   time = c(1, 2, 2, 3, 4, NA, 1, 1, 3, 5, 2, 4, 5, 2, 3, 3))
    const d = [
      item([4, 5, 3, N, 2, 4, 5, 5, 3, 1, 4, 2, N, 5, 3, 4]),
      item([5, 5, 3, 4, 2, 3, 4, 5, N, 2, 4, 3, 2, 5, 2, 4]),
      item([2, 1, 3, 3, N, 2, 2, 1, 4, 5, 3, 4, 4, N, 3, 2]),
      item([1, 2, 2, 3, 4, N, 1, 1, 3, 5, 2, 4, 5, 2, 3, 3]),
    ];
    it.each([
      // R 4.2.2: cor(d, use = "pairwise.complete.obs", method = *)[upper.tri(diag(4))], pairs in that order;
      // kendallP: cor.test(d[[i]], d[[j]], method = "kendall", exact = FALSE)$p.value
      {
        pair: [0, 1],
        n: 13,
        spearman: 0.85672514619883045,
        pearson: 0.84741182014668115,
        kendall: 0.77167746572717222,
        kendallP: 0.0013107343034939253,
      },
      {
        pair: [0, 2],
        n: 12,
        spearman: -0.9237982048437452,
        pearson: -0.93302833393267448,
        kendall: -0.88077101210108844,
        kendallP: 0.0004084940012583635,
      },
      {
        pair: [1, 2],
        n: 13,
        spearman: -0.80409356725146208,
        pearson: -0.80381411697558824,
        kendall: -0.72443190660101886,
        kendallP: 0.0025540192797923449,
      },
      {
        pair: [0, 3],
        n: 13,
        spearman: -0.83768115942028987,
        pearson: -0.87940197070904758,
        kendall: -0.76923076923076927,
        kendallP: 0.0011604939952033482,
      },
      {
        pair: [1, 3],
        n: 14,
        spearman: -0.79634003389073582,
        pearson: -0.80607899961313279,
        kendall: -0.69837990215532952,
        kendallP: 0.0023305079292874507,
      },
      {
        pair: [2, 3],
        n: 13,
        spearman: 0.8144927536231884,
        pearson: 0.81633765565334715,
        kendall: 0.72307692307692306,
        kendallP: 0.0022618028035514752,
      },
    ])('items $pair', ({ pair: [i, j], n, spearman, pearson, kendall, kendallP }) => {
      const s = ordinalPairStats(d[i], d[j]);
      expect(s.n).toBe(n);
      expect(s.spearman).toBeCloseTo(spearman, 14);
      expect(s.pearson).toBeCloseTo(pearson, 14);
      expect(s.kendallTauB).toBeCloseTo(kendall, 14);
      expect(s.kendallP).toBeCloseTo(kendallP, 14);
    });
  });

  it.each([
    { name: '5 × 5 levels, 5% blanks', n: 5000, ka: 5, kb: 5, blankRate: 0.05, seed: 11 },
    { name: '7 × 3 levels, 30% blanks', n: 3000, ka: 7, kb: 3, blankRate: 0.3, seed: 12 },
    { name: 'binary × 4 levels, no blanks', n: 999, ka: 2, kb: 4, blankRate: 0, seed: 13 },
    { name: '11-point scales, a tiny sample', n: 9, ka: 11, kb: 11, blankRate: 0.1, seed: 14 },
  ])('equals the direct functions on the answered pairs: $name', ({ n, ka, kb, blankRate, seed }) => {
    const [a, b] = randomPair(n, ka, kb, blankRate, seed);
    const [xs, ys] = answeredBoth(a, b);
    const s = ordinalPairStats(a, b);
    expect(s.n).toBe(xs.length);
    expect(s.spearman).toBeCloseTo(spearman(xs, ys), 12);
    expect(s.pearson).toBeCloseTo(pearson(xs, ys), 12);
    expect(s.kendallTauB).toBeCloseTo(kendallTauB(xs, ys), 12);
    const direct = kendallTauBPValue({ tau: kendallTauB(xs, ys), n: xs.length, xTies: tieGroupSizes(xs), yTies: tieGroupSizes(ys) });
    expect(s.kendallP).toBeCloseTo(direct, 12);
  });

  it('equals kendallTauB on 100 000 respondents', () => {
    const [a, b] = randomPair(100_000, 5, 5, 0.05, 15);
    const [xs, ys] = answeredBoth(a, b);
    expect(ordinalPairStats(a, b).kendallTauB).toBeCloseTo(kendallTauB(xs, ys), 12);
  });

  it('ignores levels nobody used when ranking', () => {
    // same data coded on a 5-point and a 9-point scale: ranks, and so Spearman and Kendall, do not change
    const x = [1, 2, 2, 3, NaN, 5];
    const y = [2, 1, 3, 3, 4, 5];
    const wide = ordinalPairStats(item(x, 9), item(y, 9));
    const narrow = ordinalPairStats(item(x), item(y));
    expect(wide.spearman).toBeCloseTo(narrow.spearman, 15);
    expect(wide.kendallTauB).toBeCloseTo(narrow.kendallTauB, 15);
  });

  it.each([
    { name: 'one item has no variation among those who answered both', a: [3, 3, NaN, 3], b: [1, 2, 5, 4] },
    { name: 'fewer than two respondents answered both', a: [1, NaN, 3], b: [NaN, 2, NaN] },
    { name: 'nobody answered', a: [], b: [] },
  ])('gives NaN correlations when $name', ({ a, b }) => {
    const s = ordinalPairStats(item(a), item(b));
    expect([s.spearman, s.pearson, s.kendallTauB, s.kendallP]).toEqual([NaN, NaN, NaN, NaN]);
  });

  it('counts only respondents who answered both', () => {
    expect(ordinalPairStats(item([1, NaN, 3, 4, 2]), item([NaN, 2, 3, 4, 5])).n).toBe(3);
  });

  it.each([
    { name: 'a code of 0', code: 0 },
    { name: 'a code above levelCount', code: 6 },
    { name: 'a fractional code', code: 2.5 },
  ])('throws on $name', ({ code }) => {
    expect(() => ordinalPairStats(item([1, code]), item([1, 2]))).toThrow(
      'ordinalPairStats requires codes that are NaN or integers in 1..levelCount',
    );
  });

  it('throws on items of different length', () => {
    expect(() => ordinalPairStats(item([1, 2]), item([1]))).toThrow('ordinalPairStats requires a and b of equal length');
  });
});

describe('packedPairStats', () => {
  it('gives exactly what ordinalPairStats gives, skipped answers included', () => {
    // Reference: ordinalPairStats, itself checked against R's cor(..., use="pairwise.complete.obs") above.
    const a = { codes: Float64Array.from([1, 2, NaN, 4, 5, 3, 3, 2, NaN, 1, 5, 4]), levelCount: 5 };
    const b = { codes: Float64Array.from([2, 2, 3, NaN, 5, 3, 4, 1, 2, 1, 4, 4]), levelCount: 4 + 1 };
    expect(packedPairStats(packItem(a), packItem(b))).toEqual(ordinalPairStats(a, b));
  });
  it('computes only the method asked for, the same number each time, whatever table the previous pair used', () => {
    // Reference: ordinalPairStats, checked against R above. Pairs of different scale lengths, in turn, so that a
    // reused count table of another size would show.
    for (const [ka, kb, seed] of [
      [5, 5, 1],
      [7, 3, 2],
      [2, 11, 3],
      [5, 4, 4],
    ]) {
      const [a, b] = randomPair(80, ka, kb, 0.1, seed);
      const all = ordinalPairStats(a, b);
      const spearmanOnly = packedPairStats(packItem(a), packItem(b), 'spearman');
      expect(spearmanOnly).toEqual({ n: all.n, spearman: all.spearman, pearson: NaN, kendallTauB: NaN, kendallP: NaN });
      expect(packedPairStats(packItem(a), packItem(b), 'pearson').pearson).toBe(all.pearson);
      const kendall = packedPairStats(packItem(a), packItem(b), 'kendall');
      expect([kendall.kendallTauB, kendall.kendallP, kendall.spearman]).toEqual([all.kendallTauB, all.kendallP, NaN]);
    }
  });
  it('refuses a code outside the scale rather than miscounting it', () => {
    expect(() => packItem({ codes: Float64Array.from([1, 6]), levelCount: 5 })).toThrow(
      'packItem requires codes that are NaN or integers in 1..levelCount',
    );
  });
});
