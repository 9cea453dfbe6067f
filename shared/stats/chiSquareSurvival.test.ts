import { describe, expect, it } from 'vitest';
import { chiSquareSurvival } from './chiSquareSurvival';

/** |actual − expected| within `relative` of |expected|: absolute closeness means nothing for p = 1e-20. */
function expectRelative(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('chiSquareSurvival', () => {
  it.each([
    // R 4.2.2: pchisq(3.841458820694124, 1, lower.tail = FALSE)
    { x: 3.841458820694124, df: 1, expected: 4.9999999999999975e-2 },
    // R 4.2.2: pchisq(0.5, 3, lower.tail = FALSE)
    { x: 0.5, df: 3, expected: 9.1889141165467592e-1 },
    // R 4.2.2: pchisq(7.617165443252401, 2, lower.tail = FALSE)
    { x: 7.617165443252401, df: 2, expected: 2.217959134688445e-2 },
    // R 4.2.2: pchisq(100, 4, lower.tail = FALSE)
    { x: 100, df: 4, expected: 9.8366242246159821e-21 },
    // R 4.2.2: pchisq(150, 7, lower.tail = FALSE)
    { x: 150, df: 7, expected: 4.0598800327763293e-29 },
    // R 4.2.2: pchisq(1000, 10, lower.tail = FALSE)
    { x: 1000, df: 10, expected: 1.8702907209159495e-208 },
  ])('matches R for chi-square $x on $df df', ({ x, df, expected }) => {
    expectRelative(chiSquareSurvival(x, df), expected, 1e-12);
  });

  it('is 1 at and below zero', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(-1, 3)).toBe(1);
  });

  it.each([
    { x: NaN, df: 2 },
    { x: 3, df: 0 },
    { x: 3, df: NaN },
  ])('is NaN for x = $x, df = $df', ({ x, df }) => {
    expect(chiSquareSurvival(x, df)).toBeNaN();
  });
});
