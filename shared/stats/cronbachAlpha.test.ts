import { describe, expect, it } from 'vitest';
import { type AlphaResult, type AlphaVerdict, alphaVerdict, cronbachAlpha } from './cronbachAlpha';
import { reverseCode } from './reverseCode';

const N = NaN;

/** 14 decimals: R accumulates means in long double, we do not (agreement is ~1e-15 here). */
function expectClose(actual: number, expected: number): void {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, 14);
}

interface Expected {
  alpha: number;
  standardisedAlpha: number;
  n: number;
  alphaIfDropped: number[];
  correctedItemTotal: number[];
  mean: number[];
  sd: number[];
}

function expectResult(result: AlphaResult, expected: Expected): void {
  expectClose(result.alpha, expected.alpha);
  expectClose(result.standardisedAlpha, expected.standardisedAlpha);
  expect(result.n).toBe(expected.n);
  expect(result.items).toHaveLength(expected.mean.length);
  result.items.forEach((item, i) => {
    expectClose(item.alphaIfDropped, expected.alphaIfDropped[i]);
    expectClose(item.correctedItemTotal, expected.correctedItemTotal[i]);
    expectClose(item.mean, expected.mean[i]);
    expectClose(item.sd, expected.sd[i]);
  });
}

// Four 1–5 items, 20 respondents; rows 4, 9, 13 and 17 each skipped one item, so 16 complete cases
const fourItems = [
  [4, 5, 3, 4, 2, 4, 5, 3, 3, 1, 4, 2, 3, 5, 3, 4, 2, 4, 3, 5],
  [4, 4, 3, 5, 2, 3, 5, 4, N, 2, 4, 3, 2, 5, 2, 4, 3, 4, 3, 4],
  [5, 4, 2, N, 3, 4, 4, 3, 4, 1, 3, 2, 3, 4, 3, 5, N, 3, 2, 5],
  [3, 5, 3, 4, 1, 4, 4, 2, 3, 2, 5, 2, N, 4, 3, 3, 2, 4, 4, 5],
];

// Five 1–5 items, 18 respondents, the 4th worded negatively (answers as given, not yet reversed); 14 complete cases
const withNegativeItem = [
  [2, 4, 3, 5, 1, 4, 3, 2, 5, 4, 3, N, 2, 4, 5, 3, 1, 4],
  [3, 4, 3, 4, 2, 5, 3, 2, 4, 4, 2, 3, 1, 5, 4, 3, 2, N],
  [2, 5, 2, 4, 2, 4, 4, 3, 5, 3, 3, 2, 2, 4, 5, 2, 1, 3],
  [4, 2, 3, 1, 5, 2, 3, 4, 1, 2, 4, 3, N, 2, 1, 3, 5, 2],
  [3, 3, 4, 5, 1, 4, 2, 2, 4, 5, 3, 4, 2, 3, 4, N, 2, 3],
];

describe('cronbachAlpha', () => {
  it('matches psych::alpha on complete cases for a 4-item scale with ties and blanks', () => {
    // R 4.2.2, psych 2.2.9: a <- psych::alpha(na.omit(d), check.keys = FALSE), d <- data.frame(q1 = fourItems[0], ...) with NaN as NA
    // a$total$raw_alpha, a$total$std.alpha, a$alpha.drop$raw_alpha, a$item.stats$r.drop, $mean, $sd, $n
    expectResult(cronbachAlpha(fourItems), {
      alpha: 0.88818565400843874,
      standardisedAlpha: 0.89099525530586821,
      n: 16,
      alphaIfDropped: [0.76328502415458921, 0.86151960784313719, 0.89035667107001326, 0.89285714285714268],
      correctedItemTotal: [0.97570160081315993, 0.75623767747752502, 0.66735922422737803, 0.66186006708637146],
      mean: [3.5625, 3.5, 3.3125, 3.375],
      sd: [1.2093386622447824, 0.96609178307929588, 1.1954775893619531, 1.2041594578792296],
    });
  });

  it('gives the Feldt 95% interval of psych::alpha and flags the items whose removal raises alpha', () => {
    const result = cronbachAlpha(fourItems);
    // R 4.2.2, psych 2.2.9: a$feldt$lower.ci, a$feldt$upper.ci for a <- psych::alpha(na.omit(d), check.keys = FALSE)
    expect(result.feldt.low).toBeCloseTo(0.76058243893968813, 12);
    expect(result.feldt.high).toBeCloseTo(0.95640741802300233, 12);
    // a$alpha.drop$raw_alpha > a$total$raw_alpha: 0.7633, 0.8615 below 0.8882; 0.8904, 0.8929 above
    expect(result.items.map((i) => i.raisesAlphaIfDropped)).toEqual([false, false, true, true]);
  });

  it('counts only the items that vary in the Feldt interval, as psych does after dropping a constant item', () => {
    // R 4.2.2, psych 2.2.9: psych::alpha(data.frame(x = c(1, 2, 3, 4, 5, 3), y = c(2, 2, 3, 5, 4, 3), z = rep(3, 6)),
    //   check.keys = FALSE)$feldt (z dropped): lower.ci, upper.ci
    const result = cronbachAlpha([
      [1, 2, 3, 4, 5, 3],
      [2, 2, 3, 5, 4, 3],
      [3, 3, 3, 3, 3, 3],
    ]);
    expect(result.feldt.low).toBeCloseTo(0.34330545357590059, 12);
    expect(result.feldt.high).toBeCloseTo(0.98714148024914783, 12);
    expect(result.items.map((i) => i.raisesAlphaIfDropped)).toEqual([false, false, false]);
  });

  it("deletes listwise, not pairwise like psych::alpha's default", () => {
    // R 4.2.2, psych 2.2.9: psych::alpha(d, check.keys = FALSE)$total$raw_alpha (pairwise covariances, no na.omit)
    const pairwise = 0.88814862110411852;
    expect(Math.abs(cronbachAlpha(fourItems).alpha - pairwise)).toBeGreaterThan(1e-5);
  });

  it('matches psych::alpha on a 5-item scale once its negatively worded item is reversed', () => {
    const items = withNegativeItem.map((item, i) => (i === 3 ? reverseCode(item, 1, 5) : item));
    // R 4.2.2, psych 2.2.9: r <- data.frame(s1 = withNegativeItem[0], ...) with NaN as NA; r$s4 <- 6 - r$s4
    // a <- psych::alpha(na.omit(r), check.keys = FALSE); same fields as above
    expectResult(cronbachAlpha(items), {
      alpha: 0.94288079470198682,
      standardisedAlpha: 0.94213694593857922,
      n: 14,
      alphaIfDropped: [0.90351872871736649, 0.93636292652455677, 0.94475816351583597, 0.90229051899101187, 0.95189243801974044],
      correctedItemTotal: [0.97886254340089873, 0.81692949901328604, 0.75919099086371089, 0.9848141470124564, 0.71150182277924134],
      mean: [3.2857142857142856, 3.3571428571428572, 3.3571428571428572, 3.2142857142857144, 3.2142857142857144],
      sd: [1.3827826698682306, 1.0818177620697815, 1.2774459408789602, 1.4238934396479701, 1.1883130530663677],
    });
  });

  it('does not reverse anything itself: the unreversed answers give a near-zero alpha', () => {
    // R 4.2.2, psych 2.2.9: psych::alpha(na.omit(r), check.keys = FALSE)$total$raw_alpha before reversing s4 (psych warns)
    expectClose(cronbachAlpha(withNegativeItem).alpha, 0.087719298245614169);
  });

  it('gives NaN alpha-if-dropped on a 2-item scale, where psych reports a regression slope', () => {
    // R 4.2.2, psych 2.2.9: a <- psych::alpha(na.omit(e), check.keys = FALSE), e <- data.frame(a = , b = ) below with NaN as NA
    // a$alpha.drop$raw_alpha is 0.79338842975206603, 0.61538461538461531: cov(a, b)/var(b) and cov(a, b)/var(a), not alphas of one item
    const result = cronbachAlpha([
      [2, 4, 3, 5, 1, 4, 3, N, 2, 5, 4, 3],
      [3, 5, 2, 5, 3, 5, 4, 4, 2, 4, N, 4],
    ]);
    expectResult(result, {
      alpha: 0.81876332622601278,
      standardisedAlpha: 0.82265750985867836,
      n: 10,
      alphaIfDropped: [NaN, NaN],
      // r.drop of a 2-item scale is just the correlation between the two items
      correctedItemTotal: [0.6987410347858346, 0.69874103478583482],
      mean: [3.2, 3.7],
      sd: [1.3165611772087666, 1.1595018087284057],
    });
  });

  it('leaves an item nobody varied on out of the alphas, as psych::alpha does', () => {
    // R 4.2.2, psych 2.2.9: a <- psych::alpha(k, check.keys = FALSE), k <- data.frame(x = , y = , z = ) below
    // psych warns "Item = z had no variance and was deleted"; its alpha.drop for x and y (1.02439, 0.7) are slopes again
    const result = cronbachAlpha([
      [1, 2, 3, 4, 5, 3],
      [2, 2, 3, 5, 4, 3],
      [3, 3, 3, 3, 3, 3],
    ]);
    expectResult(result, {
      alpha: 0.90810810810810794,
      standardisedAlpha: 0.91704671541108351,
      n: 6,
      // dropping the constant item leaves the same scale
      alphaIfDropped: [NaN, NaN, 0.90810810810810794],
      correctedItemTotal: [0.8468017304727874, 0.8468017304727874, NaN],
      mean: [3, 3.1666666666666665, 3],
      sd: [1.4142135623730951, 1.1690451944500122, 0],
    });
  });

  it('gives NaN alphas but still the mean and SD for a single item', () => {
    const result = cronbachAlpha([[1, 2, 3, N]]);
    expectResult(result, {
      alpha: NaN,
      standardisedAlpha: NaN,
      n: 3,
      alphaIfDropped: [NaN],
      correctedItemTotal: [NaN],
      mean: [2],
      sd: [1],
    });
  });

  it('gives NaN, not a throw, when everybody gave the same answer to every item', () => {
    expectResult(
      cronbachAlpha([
        [3, 3, 3, 3],
        [3, 3, 3, 3],
        [3, 3, 3, 3],
      ]),
      {
        alpha: NaN,
        standardisedAlpha: NaN,
        n: 4,
        alphaIfDropped: [NaN, NaN, NaN],
        correctedItemTotal: [NaN, NaN, NaN],
        mean: [3, 3, 3],
        sd: [0, 0, 0],
      },
    );
  });

  it('gives NaN when two items cancel out exactly (a reverse-worded item left unreversed)', () => {
    const x = [1, 2, 4, 5, 3];
    const result = cronbachAlpha([x, reverseCode(x, 1, 5)]);
    expect(result.alpha).toBeNaN();
    expect(result.standardisedAlpha).toBeNaN();
    result.items.forEach((item) => expectClose(item.correctedItemTotal, -1));
  });

  it.each([
    {
      name: 'one complete case',
      items: [
        [1, 2, N],
        [N, 3, 4],
      ],
      n: 1,
      mean: [2, 3],
    },
    {
      name: 'no complete cases',
      items: [
        [1, N, 3],
        [N, 3, N],
      ],
      n: 0,
      mean: [NaN, NaN],
    },
  ])('gives NaN statistics with $name', ({ items, n, mean }) => {
    expectResult(cronbachAlpha(items), {
      alpha: NaN,
      standardisedAlpha: NaN,
      n,
      alphaIfDropped: [NaN, NaN],
      correctedItemTotal: [NaN, NaN],
      mean,
      sd: [NaN, NaN],
    });
  });

  it('has NaN Feldt bounds and no flags when alpha is undefined', () => {
    const result = cronbachAlpha([
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
    ]);
    expect(result.feldt).toEqual({ low: NaN, high: NaN });
    expect(result.items.map((i) => i.raisesAlphaIfDropped)).toEqual([false, false, false]);
  });

  it('gives NaN and no items for an empty scale', () => {
    const result = cronbachAlpha([]);
    expect(result.alpha).toBeNaN();
    expect(result.standardisedAlpha).toBeNaN();
    expect(result.n).toBe(0);
    expect(result.items).toEqual([]);
  });

  it('reports the same per-item figures whatever the order of the items', () => {
    const forward = cronbachAlpha(fourItems);
    const backward = cronbachAlpha([...fourItems].reverse());
    expectClose(backward.alpha, forward.alpha);
    backward.items.forEach((item, i) => {
      const same = forward.items[fourItems.length - 1 - i];
      expectClose(item.alphaIfDropped, same.alphaIfDropped);
      expectClose(item.correctedItemTotal, same.correctedItemTotal);
    });
  });

  it('accepts typed arrays', () => {
    expect(cronbachAlpha(fourItems.map((item) => Float64Array.from(item)))).toEqual(cronbachAlpha(fourItems));
  });

  it('throws when the items differ in length', () => {
    expect(() =>
      cronbachAlpha([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow('cronbachAlpha requires items of equal length');
  });
});

describe('alphaVerdict', () => {
  it.each<{ alpha: number; expected: AlphaVerdict }>([
    { alpha: -0.3, expected: 'unacceptable' },
    { alpha: 0.59, expected: 'unacceptable' },
    { alpha: 0.6, expected: 'questionable' },
    { alpha: 0.69, expected: 'questionable' },
    { alpha: 0.7, expected: 'acceptable' },
    { alpha: 0.79, expected: 'acceptable' },
    { alpha: 0.8, expected: 'good' },
    { alpha: 0.95, expected: 'good' },
    { alpha: 0.951, expected: 'redundant' },
    { alpha: 1, expected: 'redundant' },
  ])('reads $alpha as $expected', ({ alpha, expected }) => {
    expect(alphaVerdict(alpha)).toBe(expected);
  });

  it('throws on NaN rather than calling an undefined alpha unacceptable', () => {
    expect(() => alphaVerdict(NaN)).toThrow('alphaVerdict requires an alpha, not NaN');
  });
});
