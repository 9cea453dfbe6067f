import { describe, expect, it } from 'vitest';
import { tieGroupSizes } from './tieGroupSizes';

describe('tieGroupSizes', () => {
  it.each([
    // R 4.2.2: as.vector(table(c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8)))
    { values: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8], expected: [2, 1, 2, 1, 3, 1, 1, 1] },
    // R 4.2.2: as.vector(table(c(2, NA, 2, 7))) (table drops NA)
    { values: [2, NaN, 2, 7], expected: [2, 1] },
    { values: [], expected: [] },
  ])('counts $values as R table() does', ({ values, expected }) => {
    expect(tieGroupSizes(values)).toEqual(expected);
  });
});
