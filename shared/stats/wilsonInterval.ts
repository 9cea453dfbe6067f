// R 4.2.2: qnorm((1 + conf.level) / 2), the two-sided normal quantile prop.test uses
const Z_BY_CONFIDENCE: ReadonlyMap<number, number> = new Map([
  [0.8, 1.2815515655446008],
  [0.9, 1.6448536269514715],
  [0.95, 1.9599639845400536],
  [0.98, 2.3263478740408408],
  [0.99, 2.5758293035488999],
  [0.999, 3.2905267314919255],
]);

/**
 * Wilson score interval for a proportion (0–1) without continuity correction, = R's `prop.test(successes, n, correct = FALSE)$conf.int`; NaN bounds when n = 0. Confidence must be one of 0.8, 0.9, 0.95, 0.98, 0.99, 0.999.
 * @throws {RangeError} on another confidence level, or successes outside 0..n
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): { low: number; high: number } {
  const z = Z_BY_CONFIDENCE.get(confidence);
  if (z === undefined) {
    throw new RangeError('wilsonInterval supports confidence 0.8, 0.9, 0.95, 0.98, 0.99 or 0.999');
  }
  if (!(successes >= 0 && successes <= n)) throw new RangeError('wilsonInterval requires 0 <= successes <= n');
  if (n === 0) return { low: NaN, high: NaN };
  // same arithmetic, in the same order, as R's prop.test
  const p = successes / n;
  const z22n = (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z22n / (2 * n));
  const low = p <= 0 ? 0 : (p + z22n - spread) / (1 + 2 * z22n);
  const high = p >= 1 ? 1 : (p + z22n + spread) / (1 + 2 * z22n);
  return { low: Math.max(low, 0), high: Math.min(high, 1) };
}
