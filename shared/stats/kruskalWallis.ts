import { chiSquareSurvival } from './chiSquareSurvival';
import { averageRanks } from './rank';
import { sumTieCubes } from './tieCorrection';

/** Result of a Kruskal–Wallis rank-sum test. */
export interface KruskalWallisResult {
  /** Tie-corrected H (R's "Kruskal-Wallis chi-squared"). */
  h: number;
  /** Degrees of freedom: number of groups − 1. */
  df: number;
  /** Upper-tail chi-square p, from the survival function: a p of 1e-20 is 1e-20, not 0. */
  p: number;
  /** Effect size ε² = H / ((n² − 1)/(n + 1)) = H/(n − 1), in [0, 1]. */
  epsilonSquared: number;
  /** Total observations across groups. */
  n: number;
}

/**
 * Kruskal–Wallis H test across groups with tie correction, = R's `kruskal.test(list(...))`. NaN values are dropped (as R drops NA); h, p and epsilonSquared are NaN with fewer than two groups, an empty group, or every value tied (R errors or gives NaN).
 */
export function kruskalWallis(groups: readonly ArrayLike<number>[]): KruskalWallisResult {
  const cleaned = groups.map(withoutNaN);
  const df = cleaned.length - 1;
  const combined = new Float64Array(cleaned.reduce((total, g) => total + g.length, 0));
  let at = 0;
  for (const g of cleaned) {
    combined.set(g, at);
    at += g.length;
  }
  const n = combined.length;
  if (cleaned.length < 2 || cleaned.some((g) => g.length === 0)) {
    return { h: NaN, df, p: NaN, epsilonSquared: NaN, n };
  }

  const ranks = averageRanks(combined);
  let weighted = 0;
  let offset = 0;
  for (const g of cleaned) {
    let rankSum = 0;
    for (let i = 0; i < g.length; i++) rankSum += ranks[offset + i];
    weighted += (rankSum * rankSum) / g.length;
    offset += g.length;
  }
  const tieFactor = 1 - sumTieCubes(combined) / (n * n * n - n);
  if (tieFactor === 0) return { h: NaN, df, p: NaN, epsilonSquared: NaN, n };
  const h = ((12 * weighted) / (n * (n + 1)) - 3 * (n + 1)) / tieFactor;
  return { h, df, p: chiSquareSurvival(h, df), epsilonSquared: h / (n - 1), n };
}

/** The group's values without NaN, as a typed array (groups of a large survey hold millions of answers). */
function withoutNaN(group: ArrayLike<number>): Float64Array {
  const out = new Float64Array(group.length);
  let k = 0;
  for (let i = 0; i < group.length; i++) if (!Number.isNaN(group[i])) out[k++] = group[i];
  return out.subarray(0, k);
}
