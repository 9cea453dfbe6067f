import betainc from '@stdlib/math-base-special-betainc';

/**
 * Quantile of the F distribution with d1 and d2 degrees of freedom (R's `qf(p, d1, d2)`): the x with
 * P(F ≤ x) = p, where P(F ≤ x) = I_y(d1/2, d2/2) at y = d1·x/(d1·x + d2) (regularised incomplete beta).
 * Found by bisection on y in (0, 1) until the interval stops shrinking in double precision (at most ~1100 steps,
 * usually ~60), so it is as exact as betainc; cost O(steps) betainc calls. 0 at p = 0, Infinity at p = 1.
 * @example fQuantile(0.975, 15, 45); // => 2.1412061121242973
 * @throws {RangeError} if p is outside [0, 1] or a df is not positive
 */
export function fQuantile(p: number, d1: number, d2: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError('fQuantile requires p between 0 and 1');
  if (!(d1 > 0 && d2 > 0)) throw new RangeError('fQuantile requires positive degrees of freedom');
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const a = d1 / 2;
  const b = d2 / 2;
  let low = 0;
  let high = 1;
  for (;;) {
    const mid = (low + high) / 2;
    if (mid <= low || mid >= high) break;
    if (betainc(mid, a, b, true, false) < p) low = mid;
    else high = mid;
  }
  const y = (low + high) / 2;
  return (d2 * y) / (d1 * (1 - y));
}
