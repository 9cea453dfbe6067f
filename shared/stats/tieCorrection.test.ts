import { describe, expect, it } from 'vitest';
import { sumTieCubes } from './tieCorrection';

describe('sumTieCubes', () => {
  it.each([
    { name: 'is 0 without ties', values: [4, 2, 9, 1], expected: 0 },
    { name: 'adds t³ − t per tied group', values: [1, 1, 2, 2, 2], expected: 6 + 24 },
    // R 4.2.2: x <- c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8); sum(table(x)^3 - table(x))
    { name: 'matches R on survey-like data', values: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8], expected: 36 },
    { name: 'ignores NaN rather than tying NaNs together', values: [NaN, 2, NaN, 2], expected: 6 },
    { name: 'is 0 for no values', values: [], expected: 0 },
  ])('$name', ({ values, expected }) => {
    expect(sumTieCubes(values)).toBe(expected);
  });
});
