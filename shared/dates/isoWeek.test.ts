import { describe, expect, it } from 'vitest';
import { isoWeek } from './isoWeek';

// Expected values from Python 3.11: datetime.date.fromisoformat(s).isocalendar()
describe('isoWeek', () => {
  it.each([
    ['2026-01-01', '2026-W01', '2025-12-29'],
    ['2027-01-01', '2026-W53', '2026-12-28'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
    ['2026-03-02', '2026-W10', '2026-03-02'],
    ['2026-12-31', '2026-W53', '2026-12-28'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
  ])('puts %s in %s, starting Monday %s', (date, week, monday) => {
    expect(isoWeek(date)).toEqual({ week, monday });
  });
});
