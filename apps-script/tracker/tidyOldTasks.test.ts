import { describe, expect, it } from 'vitest';
import { monthsBefore, readMonths } from './tidyOldTasks';

describe('readMonths', () => {
  it('takes blank as 12 and whole numbers from 1 to 120', () => {
    expect(['', ' 1 ', '12', '120'].map(readMonths)).toEqual([12, 1, 12, 120]);
    expect(['0', '121', '1.5', '-3', 'twelve', '1e2'].map(readMonths)).toEqual([null, null, null, null, null, null]);
  });
});

describe('monthsBefore', () => {
  it('counts calendar months, clamping the 31st to the shorter month', () => {
    // Calendar arithmetic (Python: date(2026, 3, 31) minus 1 month → 2026-02-28, as dateutil.relativedelta gives).
    expect(monthsBefore(new Date(2026, 2, 31, 9), 1)).toEqual(new Date(2026, 1, 28, 9));
    expect(monthsBefore(new Date(2026, 10, 30, 9), 12)).toEqual(new Date(2025, 10, 30, 9));
    expect(monthsBefore(new Date(2024, 1, 29, 9), 12)).toEqual(new Date(2023, 1, 28, 9));
  });
});
