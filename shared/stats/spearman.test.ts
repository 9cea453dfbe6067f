import { describe, expect, it } from 'vitest';
import { spearman } from './spearman';

const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
const y = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5];
const a = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 1, 2, 3, 4, 5, 5, 4, 3, 2, 1];
const b = [2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 1, 1, 2, 3, 4, 5, 3, 3, 2, 2];

describe('spearman', () => {
  it.each([
    // R 4.2.2: cor(x, y, method = "spearman")
    { name: 'matches R on tied data', x, y, expected: 0.14157968636401572 },
    // R 4.2.2: cor(a, b, method = "spearman")
    { name: 'matches R on 5-level answers', x: a, y: b, expected: 0.84833326785126995 },
    { name: 'is 1 for any increasing relation', x: [1, 2, 3, 4], y: [1, 10, 100, 1000], expected: 1 },
    { name: 'is −1 for any decreasing relation', x: [1, 2, 3, 4], y: [9, 3, 1, 0.5], expected: -1 },
  ])('$name', ({ x, y, expected }) => {
    expect(spearman(x, y)).toBeCloseTo(expected, 14);
  });

  it.each([
    { name: 'x has no variation', x: [5, 5, 5], y: [1, 2, 3] },
    { name: 'only one pair', x: [1], y: [2] },
    { name: 'a value is NaN', x: [1, 2, 3], y: [1, NaN, 3] },
  ])('is NaN when $name', ({ x, y }) => {
    expect(spearman(x, y)).toBeNaN();
  });

  it('throws on arrays of different length', () => {
    expect(() => spearman([1, 2], [1])).toThrow('spearman requires x and y of equal length');
  });
});
