import { describe, expect, it } from 'vitest';
import { tribunalFilingDay } from './tribunalFilingDay';

// HESC Rules 2008, rule 12: a notice of appeal whose time ends 25 Dec–1 Jan is in time on the first working
// day after 1 January; one whose time ends in August, on the first working day after 31 August; otherwise a
// time ending on a non-working day runs to the next working day.
describe('tribunalFilingDay', () => {
  it.each([
    // 2026-12-25 Friday, in the window; 1 Jan 2027 is a Friday bank holiday, 2–3 Jan a weekend
    { name: 'moves Christmas Day to the first working day after New Year', ends: '2026-12-25', date: '2027-01-04', moved: 'christmas' },
    { name: 'moves a Saturday 26 December the same way', ends: '2026-12-26', date: '2027-01-04', moved: 'christmas' },
    { name: 'moves 31 December, a working weekday, all the same', ends: '2025-12-31', date: '2026-01-02', moved: 'christmas' },
    { name: 'moves 1 January itself, the last day of the window', ends: '2026-01-01', date: '2026-01-02', moved: 'christmas' },
    // 1 Jan 2028 is a Saturday, so Monday 3 January is the substitute bank holiday
    { name: 'skips a substitute New Year bank holiday', ends: '2027-12-28', date: '2028-01-04', moved: 'christmas' },
    { name: 'leaves 24 December, a working Thursday, where it is', ends: '2026-12-24', date: '2026-12-24', moved: null },
    // Saturday 2 January 2027 is outside the window but not a working day
    {
      name: 'moves 2 January, a Saturday, as a weekend, not as Christmas',
      ends: '2027-01-02',
      date: '2027-01-04',
      moved: 'non-working-day',
    },
    // 31 August 2026 is the summer bank holiday (Monday), but the move is to after 31 August anyway
    { name: 'moves an August weekday to 1 September', ends: '2026-08-10', date: '2026-09-01', moved: 'august' },
    { name: 'moves 1 August to the first working day of September', ends: '2025-08-01', date: '2025-09-01', moved: 'august' },
    { name: 'moves 31 August too', ends: '2027-08-31', date: '2027-09-01', moved: 'august' },
    // 1 September 2029 is a Saturday
    { name: 'skips a weekend at the start of September', ends: '2029-08-15', date: '2029-09-03', moved: 'august' },
    { name: 'leaves 31 July where it is', ends: '2026-07-31', date: '2026-07-31', moved: null },
    { name: 'moves a Sunday to Monday', ends: '2026-05-10', date: '2026-05-11', moved: 'non-working-day' },
    // Good Friday 3 April 2026, weekend, Easter Monday 6 April
    { name: 'moves Good Friday past Easter Monday', ends: '2026-04-03', date: '2026-04-07', moved: 'non-working-day' },
    { name: 'leaves a working Tuesday where it is', ends: '2026-05-12', date: '2026-05-12', moved: null },
  ])('$name', ({ ends, date, moved }) => {
    expect(tribunalFilingDay(ends)).toEqual({ date, limitEnds: ends, moved });
  });
});
