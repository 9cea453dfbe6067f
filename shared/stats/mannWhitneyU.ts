import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { averageRanks } from './rank';
import { sumTieCubes } from './tieCorrection';

/** Result of a two-sample Mann–Whitney U (Wilcoxon rank-sum) test. */
export interface MannWhitneyResult {
  /** U for x: pairs with x > y, plus half the tied pairs (R's W). */
  u: number;
  /** Tie- and continuity-corrected normal deviate; positive when x tends to be larger. */
  z: number;
  /** Two-sided p. */
  p: number;
  /** Rank-biserial r = 2U/(n1·n2) − 1, in [−1, 1]; positive when x tends to be larger. */
  rankBiserial: number;
  n1: number;
  n2: number;
}

/**
 * Mann–Whitney U test of x against y by the tie- and continuity-corrected normal approximation, = R's `wilcox.test(x, y, exact = FALSE, correct = TRUE)`. NaN values are dropped (as R drops NA); all results but n1, n2 are NaN if a group is empty; z and p are NaN when every value is tied (as in R).
 */
export function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>): MannWhitneyResult {
  const xs = Array.from(x).filter((v) => !Number.isNaN(v));
  const ys = Array.from(y).filter((v) => !Number.isNaN(v));
  const n1 = xs.length;
  const n2 = ys.length;
  if (n1 === 0 || n2 === 0) return { u: NaN, z: NaN, p: NaN, rankBiserial: NaN, n1, n2 };

  const combined = xs.concat(ys);
  const ranks = averageRanks(combined);
  let rankSumX = 0;
  for (let i = 0; i < n1; i++) rankSumX += ranks[i];
  const u = rankSumX - (n1 * (n1 + 1)) / 2;

  return mannWhitneyFromU({ u, n1, n2, tieCubes: sumTieCubes(combined) });
}

/**
 * The rest of the test once U is known: its tie- and continuity-corrected normal deviate, two-sided p and
 * rank-biserial r, from U, the group sizes and Σ(t³ − t) over the tied groups of both samples together.
 */
export function mannWhitneyFromU({ u, n1, n2, tieCubes }: { u: number; n1: number; n2: number; tieCubes: number }): MannWhitneyResult {
  const n = n1 + n2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieCubes / (n * (n - 1))));
  const shift = u - (n1 * n2) / 2;
  // sigma = 0 (all tied) gives 0/0 = NaN, as in R
  const z = (shift - Math.sign(shift) * 0.5) / sigma;
  const p = 2 * normalCdf(-Math.abs(z), 0, 1);
  return { u, z, p, rankBiserial: (2 * u) / (n1 * n2) - 1, n1, n2 };
}
