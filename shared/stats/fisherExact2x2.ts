/** A 2 × 2 table of counts, by rows: [[a, b], [c, d]]. */
export type Table2x2 = readonly [readonly [number, number], readonly [number, number]];

/**
 * Two-sided p of Fisher's exact test on a 2 × 2 table, = R's `fisher.test(matrix(c(a, b, c, d), 2, byrow = TRUE))$p.value`:
 * with the margins fixed, the top-left count is hypergeometric; p is the total probability of every table no more
 * likely than the one observed (R's relative tolerance 1e-7 counts ties of probability as equal).
 * Probabilities come from the ratio of consecutive hypergeometric terms in logs, so large tables neither overflow nor
 * need log-gamma. O(min of the margins).
 * @example fisherExact2x2([[3, 1], [1, 3]]); // => 0.4857142857142858
 * @throws {RangeError} if a count is not a non-negative integer
 */
export function fisherExact2x2(table: Table2x2): number {
  const [[a, b], [c, d]] = table;
  for (const count of [a, b, c, d]) {
    if (!(Number.isInteger(count) && count >= 0)) throw new RangeError('fisherExact2x2 requires counts that are non-negative integers');
  }
  // R's names: m = first column total, n = second column total, k = first row total, x = top-left count
  const m = a + c;
  const n = b + d;
  const k = a + b;
  const low = Math.max(0, k - n);
  const high = Math.min(k, m);
  if (low === high) return 1;

  const logDensity = new Float64Array(high - low + 1);
  for (let x = low; x < high; x++) {
    // P(x + 1) / P(x) = (m − x)(k − x) / ((x + 1)(n − k + x + 1))
    logDensity[x - low + 1] = logDensity[x - low] + Math.log(((m - x) * (k - x)) / ((x + 1) * (n - k + x + 1)));
  }
  let max = -Infinity;
  for (const v of logDensity) max = Math.max(max, v);
  let total = 0;
  const density = logDensity.map((v) => Math.exp(v - max));
  for (const v of density) total += v;
  const observed = density[a - low] * (1 + 1e-7);
  let p = 0;
  for (const v of density) if (v <= observed) p += v;
  return Math.min(1, p / total);
}
