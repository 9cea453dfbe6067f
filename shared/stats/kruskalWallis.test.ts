import { describe, expect, it } from 'vitest';
import { kruskalWallis } from './kruskalWallis';

describe('kruskalWallis', () => {
  it.each([
    {
      name: 'matches R on three tied groups',
      groups: [
        [3, 4, 2, 5, 5, 4, 3, 5],
        [2, 1, 3, 3, 2, 4, 1],
        [4, 4, 5, 3, 5],
      ],
      // R 4.2.2: k <- kruskal.test(list(c(3, 4, 2, 5, 5, 4, 3, 5), c(2, 1, 3, 3, 2, 4, 1), c(4, 4, 5, 3, 5)))
      // k$statistic; k$parameter; k$p.value; k$statistic / (20 - 1)
      h: 7.617165443252401,
      df: 2,
      p: 0.02217959134688445,
      epsilonSquared: 0.40090344438170533,
      n: 20,
    },
    {
      name: 'drops blanks (NaN) as R drops NA',
      groups: [
        [1.5, 2, NaN, 3],
        [4, 5, 6, NaN],
        [2, 6, 7],
      ],
      // R 4.2.2: k <- kruskal.test(list(c(1.5, 2, NA, 3), c(4, 5, 6, NA), c(2, 6, 7))); k$statistic; k$p.value
      h: 3.81920903954802027,
      df: 2,
      p: 0.14813896104197213,
      epsilonSquared: 3.81920903954802027 / (9 - 1),
      n: 9,
    },
  ])('$name', ({ groups, h, df, p, epsilonSquared, n }) => {
    const result = kruskalWallis(groups);
    expect(result.h).toBeCloseTo(h, 13);
    expect(result.df).toBe(df);
    expect(result.p).toBeCloseTo(p, 14);
    expect(result.epsilonSquared).toBeCloseTo(epsilonSquared, 14);
    expect(result.n).toBe(n);
  });

  it('keeps a p of 1e-21 (an upper tail, not 1 − cdf, which would give 0)', () => {
    const counts = (from: number, times: number[]) => times.flatMap((t, i) => new Array<number>(t).fill(from + i));
    const result = kruskalWallis([counts(1, [25, 12, 8]), counts(2, [5, 10, 10, 5]), counts(4, [8, 12, 25])]);
    // R 4.2.2: k <- kruskal.test(list(rep(1:3, times = c(25, 12, 8)), rep(2:5, times = c(5, 10, 10, 5)), rep(4:6, times = c(8, 12, 25))))
    // k$statistic; k$p.value
    expect(result.h).toBeCloseTo(94.276229759360731, 11);
    expect(Math.abs(result.p - 3.3742466115371312e-21)).toBeLessThanOrEqual(1e-6 * 3.3742466115371312e-21);
  });

  it.each([
    // R 4.2.2: kruskal.test(list(c(1, 1, 1), c(1, 1))) gives NaN
    {
      name: 'every answer is the same (as R)',
      groups: [
        [1, 1, 1],
        [1, 1],
      ],
    },
    // R errors: "all groups must contain data"
    { name: 'a group is empty', groups: [[1, 2, 3], [NaN]] },
    // R errors: "'x' must be a list with at least 2 elements"
    { name: 'there is only one group', groups: [[1, 2, 3]] },
  ])('has NaN h, p and epsilonSquared when $name', ({ groups }) => {
    const result = kruskalWallis(groups);
    expect([result.h, result.p, result.epsilonSquared]).toEqual([NaN, NaN, NaN]);
  });
});
