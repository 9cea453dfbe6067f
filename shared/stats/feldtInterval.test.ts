import { describe, expect, it } from 'vitest';
import { feldtInterval } from './feldtInterval';

describe('feldtInterval', () => {
  it.each([
    // R 4.2.2, psych 2.2.9: a <- psych::alpha(na.omit(d), check.keys = FALSE) on the 4-item scale of cronbachAlpha.test.ts;
    // a$feldt$lower.ci, a$feldt$upper.ci (= 1 - (1 - al) * qf(0.975, 15, 45), 1 - (1 - al) * qf(0.025, 15, 45))
    { alpha: 0.88818565400843874, n: 16, k: 4, low: 0.76058243893968813, high: 0.95640741802300233 },
    // R 4.2.2, psych 2.2.9: the 5-item scale with its 4th item reversed, 14 complete cases; b$feldt
    { alpha: 0.94288079470198682, n: 14, k: 5, low: 0.87634372287193962, high: 0.97914455375082465 },
  ])('matches psych::alpha $feldt for alpha $alpha, n $n, k $k', ({ alpha, n, k, low, high }) => {
    const ci = feldtInterval({ alpha, n, k });
    expect(ci.low).toBeCloseTo(low, 12);
    expect(ci.high).toBeCloseTo(high, 12);
  });

  it('takes another coverage', () => {
    // R 4.2.2: 1 - (1 - 0.8) * qf(c(0.95, 0.05), 29, 58)
    const ci = feldtInterval({ alpha: 0.8, n: 30, k: 3, confidence: 0.9 });
    expect(ci.low).toBeCloseTo(0.66741984387112252, 12);
    expect(ci.high).toBeCloseTo(0.88619481371312137, 12);
  });

  it.each([
    { alpha: NaN, n: 16, k: 4 },
    { alpha: 0.8, n: 1, k: 4 },
    { alpha: 0.8, n: 16, k: 1 },
  ])('has NaN bounds for alpha $alpha, n $n, k $k', (input) => {
    expect(feldtInterval(input)).toEqual({ low: NaN, high: NaN });
  });

  it('refuses a confidence of 1', () => {
    expect(() => feldtInterval({ alpha: 0.8, n: 16, k: 4, confidence: 1 })).toThrow('feldtInterval requires a confidence between 0 and 1');
  });
});
