import { wilsonInterval } from './wilsonInterval';

/** Two independent proportions: x1 of n1 against x2 of n2. */
export interface NewcombeDifferenceInput {
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  /** Coverage, one of those `wilsonInterval` supports; 0.95 unless given. */
  confidence?: number;
}

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions p1 − p2 (Newcombe 1998,
 * method 10): from the Wilson score intervals (l1, u1) of p1 and (l2, u2) of p2,
 * low = (p1 − p2) − √((p1 − l1)² + (u2 − p2)²), high = (p1 − p2) + √((u1 − p1)² + (p2 − l2)²).
 * Unlike the Wald interval it stays inside [−1, 1] and behaves at 0 and 100%. Proportions 0–1; O(1).
 * @example newcombeDifference({ x1: 56, n1: 70, x2: 48, n2: 80 }); // => { difference: 0.2, low: 0.0524…, high: 0.3338… }
 * @throws {RangeError} if n1 or n2 is 0, a count is outside 0..n, or the confidence is not supported
 */
export function newcombeDifference({ x1, n1, x2, n2, confidence = 0.95 }: NewcombeDifferenceInput): {
  difference: number;
  low: number;
  high: number;
} {
  if (!(n1 > 0 && n2 > 0)) throw new RangeError('newcombeDifference requires both groups to have at least one answer');
  const w1 = wilsonInterval(x1, n1, confidence);
  const w2 = wilsonInterval(x2, n2, confidence);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const difference = p1 - p2;
  return {
    difference,
    low: difference - Math.hypot(p1 - w1.low, w2.high - p2),
    high: difference + Math.hypot(w1.high - p1, p2 - w2.low),
  };
}
