import gammainc from '@stdlib/math-base-special-gammainc';

/**
 * Upper-tail probability P(X ≥ x) of a chi-square distribution with df degrees of freedom (R's
 * `pchisq(x, df, lower.tail = FALSE)`): the upper regularised incomplete gamma function Q(df/2, x/2).
 * Computed as the upper tail itself, not as 1 − cdf, so a p of 1e-20 stays 1e-20 instead of rounding to 0. O(1).
 * Returns 1 for x ≤ 0, and NaN when x or df is NaN or df is not positive.
 * @example chiSquareSurvival(3.841458820694124, 1); // => 0.05
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}
