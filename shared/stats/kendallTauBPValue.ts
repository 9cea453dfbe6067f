import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** A Kendall tau-b and what its null variance depends on. */
export interface KendallTauBPValueInput {
  /** Tau-b, as `kendallTauB` gives it. */
  tau: number;
  /** Pairs (respondents who answered both). */
  n: number;
  /** How many of the n share each distinct x value (`tieGroupSizes(x)`, or the row totals of the x × y table); groups of one may be left out. */
  xTies: ArrayLike<number>;
  /** The same for y. */
  yTies: ArrayLike<number>;
}

/**
 * Two-sided p of Kendall's tau-b by the normal approximation with the tie-corrected variance of S (Kendall 1970),
 * = R's `cor.test(x, y, method = "kendall", exact = FALSE)$p.value` (no continuity correction, R's default):
 * S = τb·√((n0 − T1)(n0 − T2)) with n0 = n(n−1)/2 and T = Σt(t−1)/2 over tie groups;
 * var S = (v0 − vt − vu)/18 + Σt(t−1)·Σu(u−1) / (2n(n−1)) + Σt(t−1)(t−2)·Σu(u−1)(u−2) / (9n(n−1)(n−2)),
 * v0 = n(n−1)(2n+5), vt = Σt(t−1)(2t+5); z = S/√var S; p = 2Φ(−|z|).
 * Not the t formula of Pearson's r, which overstates Kendall p-values (τb runs smaller than r for the same data).
 * O(number of tie groups). NaN when tau is NaN, n < 2, or var S is 0 or undefined (as R gives NaN).
 * @example kendallTauBPValue({ tau: 0.6, n: 6, xTies: [], yTies: [] }); // => 0.0908739399862490
 */
export function kendallTauBPValue({ tau, n, xTies, yTies }: KendallTauBPValueInput): number {
  if (Number.isNaN(tau) || !(n >= 2)) return NaN;
  const x = tieSums(xTies);
  const y = tieSums(yTies);
  const n0 = (n * (n - 1)) / 2;
  const s = tau * Math.sqrt((n0 - x.pairs) * (n0 - y.pairs));
  const variance =
    (n * (n - 1) * (2 * n + 5) - x.v - y.v) / 18 + (x.t2 * y.t2) / (2 * n * (n - 1)) + (x.t3 * y.t3) / (9 * n * (n - 1) * (n - 2));
  if (!(variance > 0)) return NaN;
  const z = s / Math.sqrt(variance);
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}

function tieSums(sizes: ArrayLike<number>): { pairs: number; v: number; t2: number; t3: number } {
  let t2 = 0;
  let t3 = 0;
  let v = 0;
  for (let i = 0; i < sizes.length; i++) {
    const t = sizes[i];
    t2 += t * (t - 1);
    t3 += t * (t - 1) * (t - 2);
    v += t * (t - 1) * (2 * t + 5);
  }
  return { pairs: t2 / 2, v, t2, t3 };
}
