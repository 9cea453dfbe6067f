import { describe, expect, it } from 'vitest';
import { retryDelay } from './retryDelay';

describe('retryDelay', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [4, 240_000],
    [7, 1_920_000],
    [8, 3_600_000],
    [50, 3_600_000],
  ])('waits 30 s doubling up to an hour: after %i failures, %i ms with no jitter', (attempts, ms) => {
    expect(retryDelay(attempts, 0.5)).toBe(ms);
  });

  it('spreads retries by ±20%, never below 30 s', () => {
    expect(retryDelay(3, 0)).toBe(96_000);
    expect(retryDelay(3, 0.999999)).toBe(144_000);
    expect(retryDelay(1, 0)).toBe(30_000);
  });
});
