import { type MannWhitneyResult, mannWhitneyFromU } from './mannWhitneyU';

/**
 * Mann–Whitney U of x against y when both are counts over the same ordered levels (x[j] answers at level j): the
 * same test as `mannWhitneyU` on the answers themselves (R's `wilcox.test(x, y, exact = FALSE, correct = TRUE)`),
 * but each level's answers share one average rank, so it costs O(levels), not a sort of every answer.
 * All results but n1, n2 are NaN if a group is empty.
 * @example mannWhitneyFromCounts([0, 1, 2, 2, 3], [2, 2, 2, 1, 0]); // the same as mannWhitneyU([2,3,3,4,4,5,5,5], [1,1,2,2,3,3,4])
 */
export function mannWhitneyFromCounts(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  if (x.length !== y.length) throw new RangeError('mannWhitneyFromCounts requires counts over the same levels');
  const n1 = x.reduce((s, c) => s + c, 0);
  const n2 = y.reduce((s, c) => s + c, 0);
  if (n1 === 0 || n2 === 0) return { u: NaN, z: NaN, p: NaN, rankBiserial: NaN, n1, n2 };
  let below = 0;
  let rankSumX = 0;
  let tieCubes = 0;
  for (let j = 0; j < x.length; j++) {
    const t = x[j] + y[j];
    // Ranks below + 1 … below + t, averaged.
    rankSumX += x[j] * (below + (t + 1) / 2);
    tieCubes += t * t * t - t;
    below += t;
  }
  return mannWhitneyFromU({ u: rankSumX - (n1 * (n1 + 1)) / 2, n1, n2, tieCubes });
}
