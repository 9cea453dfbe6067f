import { describe, expect, it } from 'vitest';
import { averageRanks } from './rank';

describe('averageRanks', () => {
  it.each([
    {
      name: 'gives tied values their average rank',
      values: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8],
      // R 4.2.2: rank(c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8))
      expected: [4.5, 1.5, 6, 1.5, 8, 12, 3, 10, 8, 4.5, 8, 11],
    },
    { name: 'ranks distinct values 1..n', values: [0.3, -2, 10], expected: [2, 1, 3] },
    { name: 'gives all-equal values the middle rank', values: [7, 7, 7, 7], expected: [2.5, 2.5, 2.5, 2.5] },
    {
      name: 'leaves NaN unranked and ranks the rest without it',
      values: [3, NaN, 1, 3],
      // R 4.2.2: rank(c(3, NA, 1, 3), na.last = "keep")
      expected: [2.5, NaN, 1, 2.5],
    },
    { name: 'returns an empty array for no values', values: [], expected: [] },
  ])('$name', ({ values, expected }) => {
    expect(Array.from(averageRanks(values))).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    averageRanks(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
