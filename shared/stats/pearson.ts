/**
 * Pearson's product-moment correlation r (R's `cor(x, y)`), in [−1, 1]; NaN when n < 2, either variable is constant, or any value is NaN. Two-pass, O(n).
 * @throws {Error} if x and y differ in length
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (y.length !== n) throw new Error('pearson requires x and y of equal length');
  if (n < 2) return NaN;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
  }
  if (Number.isNaN(sx) || Number.isNaN(sy)) return NaN;
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let xConstant = true;
  let yConstant = true;
  const x0 = x[0];
  const y0 = y[0];
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
    if (x[i] !== x0) xConstant = false;
    if (y[i] !== y0) yConstant = false;
  }
  // exact test, because a float mean of equal values can leave tiny non-zero deviations
  if (xConstant || yConstant) return NaN;
  const r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
  return r > 1 ? 1 : Math.max(r, -1); // clamp rounding, as R's cor does
}
