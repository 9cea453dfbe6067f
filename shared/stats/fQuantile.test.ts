import { describe, expect, it } from 'vitest';
import { fQuantile } from './fQuantile';

describe('fQuantile', () => {
  it.each([
    // R 4.2.2: qf(0.975, 15, 45)
    { p: 0.975, d1: 15, d2: 45, expected: 2.14120611212429734 },
    // R 4.2.2: qf(0.025, 15, 45)
    { p: 0.025, d1: 15, d2: 45, expected: 0.38986573315277129 },
    // R 4.2.2: qf(0.5, 3, 7)
    { p: 0.5, d1: 3, d2: 7, expected: 0.87094425318728519 },
    // R 4.2.2: qf(0.99, 1, 200)
    { p: 0.99, d1: 1, d2: 200, expected: 6.76329947070537507 },
    // R 4.2.2: qf(0.001, 40, 3)
    { p: 0.001, d1: 40, d2: 3, expected: 0.15164060016125161 },
  ])('matches R qf($p, $d1, $d2)', ({ p, d1, d2, expected }) => {
    expect(Math.abs(fQuantile(p, d1, d2) - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it('is 0 at p = 0 and Infinity at p = 1, as qf', () => {
    expect(fQuantile(0, 3, 7)).toBe(0);
    expect(fQuantile(1, 3, 7)).toBe(Infinity);
  });

  it.each([
    { p: 1.5, d1: 3, d2: 7, message: 'fQuantile requires p between 0 and 1' },
    { p: NaN, d1: 3, d2: 7, message: 'fQuantile requires p between 0 and 1' },
    { p: 0.5, d1: 0, d2: 7, message: 'fQuantile requires positive degrees of freedom' },
  ])('refuses p = $p, d1 = $d1', ({ p, d1, d2, message }) => {
    expect(() => fQuantile(p, d1, d2)).toThrow(message);
  });
});
