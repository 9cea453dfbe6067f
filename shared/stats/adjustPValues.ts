/** 'holm' = Holm's step-down (family-wise error); 'bh' = Benjamini–Hochberg (false discovery rate); 'none' = unadjusted. */
export type PAdjustMethod = 'holm' | 'bh' | 'none';

/**
 * Multiple-comparison adjusted p-values, equal to R's `p.adjust(p, "holm" | "BH" | "none")`; NaN entries stay NaN and are not counted, as R does with NA. Returns a new array; O(m log m).
 */
export function adjustPValues(p: readonly number[], method: PAdjustMethod): number[] {
  const adjusted = p.slice();
  if (method === 'none') return adjusted;
  const present: number[] = [];
  for (let i = 0; i < p.length; i++) if (!Number.isNaN(p[i])) present.push(i);
  const n = present.length;
  if (n <= 1) return adjusted;
  if (method === 'holm') {
    // ascending p; the i-th smallest (1-based) is multiplied by n − i + 1, then a running max
    const order = present.sort((a, b) => p[a] - p[b]);
    let running = -Infinity;
    for (let i = 0; i < n; i++) {
      running = Math.max(running, (n - i) * p[order[i]]);
      adjusted[order[i]] = Math.min(1, running);
    }
    return adjusted;
  }
  if (method === 'bh') {
    // descending p; the i-th smallest is multiplied by n / i, then a running min
    const order = present.sort((a, b) => p[b] - p[a]);
    let running = Infinity;
    for (let k = 0; k < n; k++) {
      const i = n - k;
      running = Math.min(running, (n / i) * p[order[k]]);
      adjusted[order[k]] = Math.min(1, running);
    }
    return adjusted;
  }
  throw new Error(`adjustPValues does not know method "${String(method)}"`);
}
