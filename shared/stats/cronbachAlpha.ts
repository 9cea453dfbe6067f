import { feldtInterval } from './feldtInterval';

/** Cronbach's alpha of a scale, with per-item diagnostics. */
export interface AlphaResult {
  /** Raw alpha (psych::alpha's raw_alpha). NaN when undefined (fewer than 2 items, fewer than 2 complete cases, zero total variance). */
  alpha: number;
  /** Standardised alpha (std.alpha), from the mean inter-item correlation. */
  standardisedAlpha: number;
  /** Complete cases used (listwise deletion across the items). */
  n: number;
  /** Feldt 95% interval for alpha (psych::alpha's feldt), on the n complete cases and the items that vary; NaN bounds when alpha is NaN. */
  feldt: { low: number; high: number };
  items: {
    /** alpha.drop raw_alpha: alpha of the scale without this item. */
    alphaIfDropped: number;
    /** The scale without this item would have a higher alpha: the item may not belong (false when either alpha is NaN). */
    raisesAlphaIfDropped: boolean;
    /** r.drop: correlation of the item with the total of the OTHER items (corrected item–total r). */
    correctedItemTotal: number;
    mean: number;
    sd: number;
  }[];
}

/**
 * Cronbach's alpha with alpha-if-item-dropped and corrected item–total r, listwise over the items. Items are already reverse-coded by the caller.
 *
 * Each item is an array of answers by respondent (NaN = missing); a respondent counts only if they answered every item.
 * psych::alpha by default uses pairwise covariances instead, so this equals `psych::alpha(na.omit(d), check.keys = FALSE)`:
 * alpha = k/(k−1)·(1 − Σσ²ᵢ/σ²ₜₒₜₐₗ) on the covariance matrix (n−1), standardised alpha = k/(k−1)·(1 − k/ΣR).
 * As psych does, items with no variation are left out of both alphas (their correctedItemTotal is NaN and their alphaIfDropped is the scale's alpha).
 * alphaIfDropped is NaN when one varying item would remain: psych then reports cov(a, b)/var(other), a regression slope, not an alpha.
 * Means and SDs (n−1) are over the complete cases. Everything undefined is NaN, never a throw. O(k²·n).
 * The Feldt interval uses k = the items that vary, as psych does after dropping an item with no variance.
 * @throws {Error} if the items differ in length
 */
export function cronbachAlpha(items: readonly ArrayLike<number>[]): AlphaResult {
  const k = items.length;
  const length = k === 0 ? 0 : items[0].length;
  for (const item of items) {
    if (item.length !== length) throw new Error('cronbachAlpha requires items of equal length');
  }

  const complete: number[] = [];
  for (let r = 0; r < length; r++) {
    let answeredAll = true;
    for (const item of items) if (Number.isNaN(item[r])) answeredAll = false;
    if (answeredAll) complete.push(r);
  }
  const n = complete.length;
  const columns = items.map((item) => Float64Array.from(complete, (r) => item[r]));

  const means = columns.map((col) => col.reduce((s, v) => s + v, 0) / n);
  const centred = columns.map((col, i) => col.map((v) => v - means[i]));
  const cov: Float64Array[] = [];
  for (let i = 0; i < k; i++) {
    cov.push(new Float64Array(k));
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let r = 0; r < n; r++) s += centred[i][r] * centred[j][r];
      cov[i][j] = n < 2 ? NaN : s / (n - 1);
      cov[j][i] = cov[i][j];
    }
  }
  // exact test, because a float mean of equal values can leave tiny non-zero deviations
  const varying: number[] = [];
  for (let i = 0; i < k; i++) if (columns[i].some((v) => v !== columns[i][0])) varying.push(i);

  // zero total variance by exact test too: every complete respondent has the same total over these items
  const totalIsConstant = (subset: readonly number[]): boolean => {
    let first = NaN;
    for (let r = 0; r < n; r++) {
      let total = 0;
      for (const i of subset) total += columns[i][r];
      if (r === 0) first = total;
      else if (total !== first) return false;
    }
    return true;
  };
  const sumCov = (subset: readonly number[]): number => {
    let s = 0;
    for (const i of subset) for (const j of subset) s += cov[i][j];
    return s;
  };
  const rawAlpha = (subset: readonly number[]): number => {
    const m = subset.length;
    if (m < 2 || totalIsConstant(subset)) return NaN;
    let trace = 0;
    for (const i of subset) trace += cov[i][i];
    return (m / (m - 1)) * (1 - trace / sumCov(subset));
  };

  const alpha = rawAlpha(varying);

  let standardisedAlpha = NaN;
  const m = varying.length;
  if (m >= 2) {
    let sumR = m;
    for (let a = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        const i = varying[a];
        const j = varying[b];
        sumR += (2 * cov[i][j]) / Math.sqrt(cov[i][i] * cov[j][j]);
      }
    }
    // ΣR = 0 only when the items cancel out exactly (e.g. x and 6 − x)
    if (sumR > 0) standardisedAlpha = (m / (m - 1)) * (1 - m / sumR);
  }

  return {
    alpha,
    standardisedAlpha,
    n,
    feldt: feldtInterval({ alpha, n, k: m }),
    items: columns.map((_, i) => {
      const mean = means[i];
      const sd = Math.sqrt(cov[i][i]);
      if (!varying.includes(i)) return { alphaIfDropped: alpha, raisesAlphaIfDropped: false, correctedItemTotal: NaN, mean, sd };
      const others = varying.filter((j) => j !== i);
      let withOthers = 0;
      for (const j of others) withOthers += cov[i][j];
      const correctedItemTotal = others.length === 0 || totalIsConstant(others) ? NaN : withOthers / Math.sqrt(cov[i][i] * sumCov(others));
      const alphaIfDropped = rawAlpha(others);
      return { alphaIfDropped, raisesAlphaIfDropped: alphaIfDropped > alpha, correctedItemTotal, mean, sd };
    }),
  };
}

/** Plain-English reading of an alpha. */
export type AlphaVerdict = 'unacceptable' | 'questionable' | 'acceptable' | 'good' | 'redundant';

/**
 * Verdict on a Cronbach's alpha: < .60 unacceptable, .60 to < .70 questionable, .70 to < .80 acceptable, .80 to .95 good, > .95 redundant (items repeat each other).
 * The .70 / .80 / .95 cut-offs are those of docs/statistics.md; .60 is the common "questionable" floor (George & Mallery). Negative alpha is unacceptable.
 * @throws {RangeError} on NaN: an undefined alpha (too few items or respondents) has no verdict, and must not read as "unacceptable"
 */
export function alphaVerdict(alpha: number): AlphaVerdict {
  if (Number.isNaN(alpha)) throw new RangeError('alphaVerdict requires an alpha, not NaN');
  if (alpha > 0.95) return 'redundant';
  if (alpha >= 0.8) return 'good';
  if (alpha >= 0.7) return 'acceptable';
  if (alpha >= 0.6) return 'questionable';
  return 'unacceptable';
}
