import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilsonInterval';

describe('wilsonInterval', () => {
  it.each([
    // R 4.2.2: prop.test(7, 20, correct = FALSE)$conf.int
    { name: 'matches R for 7 of 20', x: 7, n: 20, confidence: 0.95, low: 0.18119182410108206, high: 0.56714572331476365 },
    // R 4.2.2: prop.test(118, 137, correct = FALSE)$conf.int
    {
      name: 'matches R for a top-box share of 118 of 137',
      x: 118,
      n: 137,
      confidence: 0.95,
      low: 0.79353504336647551,
      high: 0.90938298111974714,
    },
    // R 4.2.2: prop.test(3, 140, correct = FALSE)$conf.int
    {
      name: 'matches R for a small share, 3 of 140',
      x: 3,
      n: 140,
      confidence: 0.95,
      low: 0.0073140032567785901,
      high: 0.0611047885253738349,
    },
    // R 4.2.2: prop.test(0, 10, correct = FALSE)$conf.int
    { name: 'starts at exactly 0 when nobody chose it', x: 0, n: 10, confidence: 0.95, low: 0, high: 0.27753279986288915 },
    // R 4.2.2: prop.test(10, 10, correct = FALSE)$conf.int
    { name: 'ends at exactly 1 when everybody chose it', x: 10, n: 10, confidence: 0.95, low: 0.72246720013711085, high: 1 },
    // R 4.2.2: prop.test(1, 1, correct = FALSE)$conf.int
    { name: 'stays wide for a single answer', x: 1, n: 1, confidence: 0.95, low: 0.2065493143772375, high: 1 },
    // R 4.2.2: prop.test(7, 20, correct = FALSE, conf.level = 0.90)$conf.int
    { name: 'narrows at 90% confidence', x: 7, n: 20, confidence: 0.9, low: 0.20226004005676107, high: 0.53348731115152825 },
    // R 4.2.2: prop.test(7, 20, correct = FALSE, conf.level = 0.99)$conf.int
    { name: 'widens at 99% confidence', x: 7, n: 20, confidence: 0.99, low: 0.14639344137693885, high: 0.62833817895268707 },
  ])('$name', ({ x, n, confidence, low, high }) => {
    const ci = wilsonInterval(x, n, confidence);
    expect(ci.low).toBeCloseTo(low, 15);
    expect(ci.high).toBeCloseTo(high, 15);
  });

  it('uses 95% confidence by default', () => {
    expect(wilsonInterval(7, 20)).toEqual(wilsonInterval(7, 20, 0.95));
  });

  it('has NaN bounds when nobody answered', () => {
    const ci = wilsonInterval(0, 0);
    expect(ci.low).toBeNaN();
    expect(ci.high).toBeNaN();
  });

  it.each([
    { name: 'an unsupported confidence', x: 1, n: 10, confidence: 0.93, message: 'wilsonInterval supports confidence' },
    { name: 'more successes than answers', x: 11, n: 10, confidence: 0.95, message: 'wilsonInterval requires 0 <= successes <= n' },
    { name: 'negative successes', x: -1, n: 10, confidence: 0.95, message: 'wilsonInterval requires 0 <= successes <= n' },
  ])('throws on $name', ({ x, n, confidence, message }) => {
    expect(() => wilsonInterval(x, n, confidence)).toThrow(message);
  });
});
