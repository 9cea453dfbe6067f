import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWeeks, daysBetween, formatUkDate, isWeekend, isWorkingDay, nextWorkingDay, parseIsoDate } from './calendar';

describe('parseIsoDate', () => {
  it.each([
    { text: '2026-03-24', date: '2026-03-24' },
    { text: '  2026-03-24\n', date: '2026-03-24' },
    { text: '2024-02-29', date: '2024-02-29' },
  ])('accepts "$text" as $date', ({ text, date }) => {
    expect(parseIsoDate(text)).toEqual({ ok: true, date });
  });

  it.each([
    { name: 'a UK-order date', text: '24/03/2026', message: '"24/03/2026" is not a date written as YYYY-MM-DD, such as 2026-03-24.' },
    { name: 'an empty string', text: '', message: '"" is not a date written as YYYY-MM-DD, such as 2026-03-24.' },
    { name: '29 February in a common year', text: '2026-02-29', message: '2026-02-29 is not a real date: February 2026 has 28 days.' },
    { name: '31 April', text: '2026-04-31', message: '2026-04-31 is not a real date: April 2026 has 30 days.' },
    { name: 'month 13', text: '2026-13-01', message: '2026-13-01 is not a real date: there is no month 13.' },
    { name: 'day 00', text: '2026-03-00', message: '2026-03-00 is not a real date: March 2026 has 31 days.' },
    { name: 'a year before 1000', text: '0202-03-24', message: '0202-03-24 has no four-digit year.' },
  ])('refuses $name with a message a SENCO can act on', ({ text, message }) => {
    expect(parseIsoDate(text)).toEqual({ ok: false, message });
  });
});

describe('formatUkDate', () => {
  it('writes day/month/year with leading zeros', () => {
    expect(formatUkDate('2026-03-24')).toBe('24/03/2026');
    expect(formatUkDate('2027-01-04')).toBe('04/01/2027');
  });

  it('throws on a date that does not exist rather than printing it', () => {
    expect(() => formatUkDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('addDays, addWeeks', () => {
  it.each([
    { name: 'steps into a leap day', iso: '2024-02-28', days: 1, expected: '2024-02-29' },
    { name: 'skips 29 February in a common year', iso: '2025-02-28', days: 1, expected: '2025-03-01' },
    { name: 'skips 29 February in 2100, a century year that is not a leap year', iso: '2100-02-28', days: 1, expected: '2100-03-01' },
    { name: 'keeps 29 February in 2000, a century year divisible by 400', iso: '2000-02-28', days: 1, expected: '2000-02-29' },
    { name: 'crosses the year end', iso: '2026-12-25', days: 10, expected: '2027-01-04' },
    { name: 'counts backwards', iso: '2026-03-24', days: -14, expected: '2026-03-10' },
    { name: 'is unaffected by the clock change on 29 March 2026', iso: '2026-03-28', days: 2, expected: '2026-03-30' },
  ])('addDays $name', ({ iso, days, expected }) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  it.each([
    // 6 × 7 = 42 days: 13 Feb + 15 = 28 Feb, + 27 = 27 Mar; February half term is counted like any other week
    { name: 'counts calendar weeks straight through a half term', iso: '2026-02-13', weeks: 6, expected: '2026-03-27' },
    // 20 × 7 = 140 days from Monday 12 January 2026 is Monday 1 June 2026
    { name: 'counts 20 weeks to the same weekday', iso: '2026-01-12', weeks: 20, expected: '2026-06-01' },
    { name: 'counts backwards', iso: '2026-03-24', weeks: -2, expected: '2026-03-10' },
  ])('addWeeks $name', ({ iso, weeks, expected }) => {
    expect(addWeeks(iso, weeks)).toBe(expected);
  });

  it('refuses a fractional count', () => {
    expect(() => addDays('2026-03-24', 1.5)).toThrow('addDays requires a whole number, got 1.5');
    expect(() => addWeeks('2026-03-24', 0.5)).toThrow('addWeeks requires a whole number');
  });
});

describe('addMonths', () => {
  it.each([
    { name: 'keeps the day of the month', iso: '2026-03-10', months: 2, expected: '2026-05-10' },
    { name: 'clamps 31 January to 29 February in a leap year', iso: '2024-01-31', months: 1, expected: '2024-02-29' },
    { name: 'clamps 31 January to 28 February in a common year', iso: '2025-01-31', months: 1, expected: '2025-02-28' },
    { name: 'clamps 31 March to 30 April', iso: '2026-03-31', months: 1, expected: '2026-04-30' },
    { name: 'clamps 29 February to 28 February a year later', iso: '2024-02-29', months: 12, expected: '2025-02-28' },
    { name: 'keeps 29 February four years later', iso: '2024-02-29', months: 48, expected: '2028-02-29' },
    { name: 'does not carry a clamp forward: 31 Dec + 2 months is 28 Feb', iso: '2025-12-31', months: 2, expected: '2026-02-28' },
    { name: 'crosses the year end', iso: '2026-11-29', months: 1, expected: '2026-12-29' },
    { name: 'counts backwards and clamps', iso: '2026-08-31', months: -6, expected: '2026-02-28' },
    { name: 'counts backwards across the year start', iso: '2026-01-15', months: -1, expected: '2025-12-15' },
  ])('$name', ({ iso, months, expected }) => {
    expect(addMonths(iso, months)).toBe(expected);
  });

  it('refuses a bad date and a fractional count', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-03-24', 0.5)).toThrow('addMonths requires a whole number');
  });
});

describe('daysBetween', () => {
  it.each([
    { from: '2026-03-10', to: '2026-03-24', days: 14 },
    { from: '2026-03-24', to: '2026-03-10', days: -14 },
    { from: '2026-03-24', to: '2026-03-24', days: 0 },
    // 2024 is a leap year: 366 days to the same date a year later
    { from: '2024-01-01', to: '2025-01-01', days: 366 },
    // 28 March to 30 March 2026 spans the clock change; still 2 whole days
    { from: '2026-03-28', to: '2026-03-30', days: 2 },
  ])('counts $days days from $from to $to', ({ from, to, days }) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('isWeekend and isWorkingDay', () => {
  it.each([
    { iso: '2026-03-27', weekend: false, working: true, name: 'a Friday' },
    { iso: '2026-03-28', weekend: true, working: false, name: 'a Saturday' },
    { iso: '2026-03-29', weekend: true, working: false, name: 'a Sunday' },
    { iso: '2026-04-03', weekend: false, working: false, name: 'Good Friday' },
    { iso: '2026-12-28', weekend: false, working: false, name: 'a substitute bank holiday' },
  ])('treats $iso, $name, as weekend=$weekend, working=$working', ({ iso, weekend, working }) => {
    expect(isWeekend(iso)).toBe(weekend);
    expect(isWorkingDay(iso)).toBe(working);
  });
});

describe('nextWorkingDay', () => {
  it.each([
    { name: 'goes to the next day midweek', iso: '2026-03-11', expected: '2026-03-12' },
    { name: 'skips a weekend', iso: '2026-03-27', expected: '2026-03-30' },
    // 2025: Good Friday 18 April, weekend, Easter Monday 21 April
    { name: 'skips Easter 2025', iso: '2025-04-17', expected: '2025-04-22' },
    // 2026: 25 Dec Friday, weekend, Monday 28 Dec substitute for Boxing Day
    { name: 'skips Christmas 2026 and its substitute day', iso: '2026-12-24', expected: '2026-12-29' },
    // 2026: early May bank holiday is Monday 4 May
    { name: 'skips a Saturday, Sunday and the early May bank holiday', iso: '2026-05-02', expected: '2026-05-05' },
    // 2027: 1 January is a Friday bank holiday
    { name: 'skips New Year', iso: '2026-12-31', expected: '2027-01-04' },
    { name: 'moves on from a working day rather than returning it', iso: '2026-03-24', expected: '2026-03-25' },
  ])('$name', ({ iso, expected }) => {
    expect(nextWorkingDay(iso)).toBe(expected);
  });
});
