import { describe, expect, it } from 'vitest';
import { reverseCode } from './reverseCode';

describe('reverseCode', () => {
  it.each([
    // R 4.2.2: 6 - c(1, 2, 3, 4, 5, NA)
    { name: 'flips a 1–5 scale and keeps a blank missing', values: [1, 2, 3, 4, 5, NaN], low: 1, high: 5, expected: [5, 4, 3, 2, 1, NaN] },
    // R 4.2.2: 8 - c(1, 7, 4, 2)
    { name: 'flips a 1–7 scale around its midpoint 4', values: [1, 7, 4, 2], low: 1, high: 7, expected: [7, 1, 4, 6] },
    // R 4.2.2: 4 - c(0, 4, 1, 3)
    { name: 'flips a scale that starts at 0', values: [0, 4, 1, 3], low: 0, high: 4, expected: [4, 0, 3, 1] },
    { name: 'leaves an empty list empty', values: [], low: 1, high: 5, expected: [] },
  ])('$name', ({ values, low, high, expected }) => {
    expect(Array.from(reverseCode(values, low, high))).toEqual(expected);
  });

  it('gives back the original when applied twice, and leaves its input alone', () => {
    const values = Float64Array.from([2, NaN, 5, 1]);
    const once = reverseCode(values, 1, 5);
    expect(once).not.toBe(values);
    expect(Array.from(reverseCode(once, 1, 5))).toEqual([2, NaN, 5, 1]);
    expect(Array.from(values)).toEqual([2, NaN, 5, 1]);
  });

  it.each([
    { name: 'an answer above the scale', values: [1, 6], low: 1, high: 5, message: 'reverseCode requires answers between low and high' },
    { name: 'an answer below the scale', values: [0, 3], low: 1, high: 5, message: 'reverseCode requires answers between low and high' },
    { name: 'low above high', values: [3], low: 5, high: 1, message: 'reverseCode requires finite low < high' },
    { name: 'low equal to high', values: [3], low: 3, high: 3, message: 'reverseCode requires finite low < high' },
    { name: 'a NaN bound', values: [3], low: NaN, high: 5, message: 'reverseCode requires finite low < high' },
  ])('throws on $name', ({ values, low, high, message }) => {
    expect(() => reverseCode(values, low, high)).toThrow(message);
  });
});
