import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/mulberry32';
import type { Correlation } from './analysisSchema';
import { byStrength, listedPairs, PAIR_LIST_LIMIT, significantPairs, strengthOrder } from './pairList';

/** n pairs with r on a coarse grid (many ties), some without r, in matrix order a < b. */
function pairs(n: number, seed: number): Correlation[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, k) => {
    const r = random() < 0.05 ? null : Math.round((random() * 2 - 1) * 20) / 20;
    return { a: k, b: k + 1, method: 'spearman', r, n: 50, p: r === null ? null : 0.01, pAdjusted: r === null ? null : random() };
  });
}

describe('listedPairs', () => {
  it('lists every pair, strongest first, up to the limit', () => {
    const all = pairs(PAIR_LIST_LIMIT, 1);
    expect(listedPairs(all)).toHaveLength(PAIR_LIST_LIMIT);
  });

  it('past the limit keeps the rows a full stable sort by |r| would keep first, ties at the cut in matrix order', () => {
    // Reference: Array.prototype.sort, stable since ES2019, over every pair.
    for (const [n, limit, seed] of [
      [5000, 1000, 2],
      [1200, 1000, 3],
      [300, 7, 4],
    ]) {
      const all = pairs(n, seed);
      const reference = [...all].sort((x, y) => Math.abs(y.r ?? 0) - Math.abs(x.r ?? 0)).slice(0, limit);
      expect(listedPairs(all, limit)).toEqual(reference);
    }
  });

  it('gives the same order by positions as by objects', () => {
    const all = pairs(3000, 5);
    expect([...strengthOrder(all)].map((k) => all[k])).toEqual(byStrength(all));
  });

  it('counts as significant the pairs with r and adjusted p < .05', () => {
    const all: Correlation[] = [0.01, 0.049, 0.05, null].map((p, k) => ({
      a: k,
      b: 9,
      method: 'spearman',
      r: 0.5,
      n: 30,
      p,
      pAdjusted: p,
    }));
    all.push({ a: 8, b: 9, method: 'spearman', r: null, n: 30, p: null, pAdjusted: 0.001 });
    expect(significantPairs(all)).toBe(2);
  });
});
