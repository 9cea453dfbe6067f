import tCdf from '@stdlib/stats-base-dists-t-cdf';

/**
 * Two-sided p of a correlation r from n pairs, via t = r·√((n−2)/(1−r²)) on n−2 df (as psych::corr.test); 0 when |r| = 1; NaN when n < 3 or r is NaN.
 * For Pearson's r and Spearman's ρ only: Kendall's tau has its own null distribution (`kendallTauBPValue`).
 */
export function correlationPValue(r: number, n: number): number {
  if (Number.isNaN(r) || !(n >= 3)) return NaN;
  const absR = Math.abs(r);
  if (absR >= 1) return 0;
  const t = (absR * Math.sqrt(n - 2)) / Math.sqrt(1 - r * r);
  // the lower tail at −|t| keeps precision for tiny p, unlike 1 − cdf(|t|)
  return 2 * tCdf(-t, n - 2);
}
