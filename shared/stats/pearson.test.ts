import { describe, expect, it } from 'vitest';
import { pearson } from './pearson';

const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
const y = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5];
const a = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 1, 2, 3, 4, 5, 5, 4, 3, 2, 1];
const b = [2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 1, 1, 2, 3, 4, 5, 3, 3, 2, 2];

describe('pearson', () => {
  it.each([
    // R 4.2.2: cor(x, y)
    { name: 'matches R on tied data with a weak correlation', x, y, expected: 0.09979900759721555 },
    // R 4.2.2: cor(a, b)
    { name: 'matches R on 5-level answers', x: a, y: b, expected: 0.84074614945513249 },
    { name: 'is 1 for an exact increasing line', x: [1, 2, 3, 4], y: [3, 5, 7, 9], expected: 1 },
    { name: 'is −1 for an exact decreasing line', x: [1, 2, 3, 4], y: [8, 6, 4, 2], expected: -1 },
  ])('$name', ({ x, y, expected }) => {
    expect(pearson(x, y)).toBeCloseTo(expected, 14);
  });

  it.each([
    { name: 'x has no variation', x: [2, 2, 2], y: [1, 2, 3] },
    { name: 'y has no variation', x: [1, 2, 3], y: [4, 4, 4] },
    { name: 'equal values whose float mean is inexact', x: [0.1, 0.1, 0.1], y: [1, 2, 3] },
    { name: 'only one pair', x: [1], y: [2] },
    { name: 'no pairs', x: [], y: [] },
    { name: 'a value is NaN', x: [1, NaN, 3], y: [1, 2, 3] },
  ])('is NaN when $name', ({ x, y }) => {
    expect(pearson(x, y)).toBeNaN();
  });

  it('never leaves [−1, 1] through rounding', () => {
    // y = 0.1x + 0.3: unclamped, the floating-point sums give r = 1.0000000000000002
    const x = [0.8414709848078965, 0.9092974268256817, 0.1411200080598672, -0.7568024953079282];
    const y = [0.38414709848078965, 0.3909297426825682, 0.3141120008059867, 0.22431975046920716];
    expect(pearson(x, y)).toBe(1);
  });

  it('throws on arrays of different length', () => {
    expect(() => pearson([1, 2], [1, 2, 3])).toThrow('pearson requires x and y of equal length');
  });
});
