import { fQuantile } from './fQuantile';

/** What a Feldt interval for Cronbach's alpha depends on. */
export interface FeldtIntervalInput {
  /** Cronbach's alpha (raw). */
  alpha: number;
  /** Respondents (complete cases). */
  n: number;
  /** Items. */
  k: number;
  /** Coverage, 0.95 unless given. */
  confidence?: number;
}

/**
 * Feldt's confidence interval for Cronbach's alpha (Feldt, Woodruff & Salih 1987), = psych's `alpha.ci`, which
 * `psych::alpha(x)$feldt` reports: with df1 = n − 1 and df2 = (n − 1)(k − 1),
 * low = 1 − (1 − α)·F(1 − (1 − c)/2; df1, df2), high = 1 − (1 − α)·F((1 − c)/2; df1, df2). O(1) F quantiles.
 * NaN bounds when alpha is NaN, n < 2 or k < 2.
 * @example feldtInterval({ alpha: 0.88818565400843874, n: 16, k: 4 }); // => { low: 0.7605824389396881, high: 0.9564074180230023 }
 * @throws {RangeError} if confidence is not strictly between 0 and 1
 */
export function feldtInterval({ alpha, n, k, confidence = 0.95 }: FeldtIntervalInput): { low: number; high: number } {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('feldtInterval requires a confidence between 0 and 1');
  if (Number.isNaN(alpha) || !(n >= 2) || !(k >= 2)) return { low: NaN, high: NaN };
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);
  const tail = (1 - confidence) / 2;
  return {
    low: 1 - (1 - alpha) * fQuantile(1 - tail, df1, df2),
    high: 1 - (1 - alpha) * fQuantile(tail, df1, df2),
  };
}
