import { describe, expect, it } from 'vitest';
import { datePartsOf, dayNumberOf, daysInMonth, isoOf, isoOfDayNumber, weekdayOfDayNumber } from './isoDate';

describe('datePartsOf', () => {
  it.each([
    { text: '2026-03-24', parts: { year: 2026, month: 3, day: 24 } },
    { text: '2024-02-29', parts: { year: 2024, month: 2, day: 29 } },
    { text: '2000-02-29', parts: { year: 2000, month: 2, day: 29 } },
  ])('reads the real date $text', ({ text, parts }) => {
    expect(datePartsOf(text)).toEqual(parts);
  });

  it.each([
    { name: 'a day past the end of February in a common year', text: '2026-02-29' },
    { name: '29 February in a century year that is not a leap year', text: '2100-02-29' },
    { name: '31 April', text: '2026-04-31' },
    { name: 'month 13', text: '2026-13-01' },
    { name: 'month 00', text: '2026-00-10' },
    { name: 'day 00', text: '2026-03-00' },
    { name: 'a UK-order date', text: '24/03/2026' },
    { name: 'a date with a time', text: '2026-03-24T00:00:00Z' },
    { name: 'a two-digit year', text: '0099-01-01' },
    { name: 'surrounding spaces', text: ' 2026-03-24' },
  ])('refuses $name', ({ text }) => {
    expect(datePartsOf(text)).toBeNull();
  });
});

describe('day numbers', () => {
  it.each([
    { iso: '1970-01-01', dayNumber: 0 },
    { iso: '1970-01-02', dayNumber: 1 },
    { iso: '1969-12-31', dayNumber: -1 },
    // 2000-01-01 is 30 years of 365 days plus 7 leap days (1972 … 1996) after 1970-01-01: 10,957
    { iso: '2000-01-01', dayNumber: 10_957 },
  ])('counts $iso as day $dayNumber', ({ iso, dayNumber }) => {
    expect(dayNumberOf(iso)).toBe(dayNumber);
    expect(isoOfDayNumber(dayNumber)).toBe(iso);
  });

  it('round-trips every day from 2023 to 2031 without drifting across clock changes', () => {
    const start = dayNumberOf('2023-01-01');
    const end = dayNumberOf('2031-01-01');
    // 8 years, two of them leap years (2024, 2028)
    expect(end - start).toBe(8 * 365 + 2);
    for (let n = start; n < end; n++) expect(dayNumberOf(isoOfDayNumber(n))).toBe(n);
  });

  it('throws a RangeError naming the bad text', () => {
    expect(() => dayNumberOf('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumberOf('2026-02-30')).toThrow('"2026-02-30"');
  });
});

describe('weekdayOfDayNumber', () => {
  it.each([
    { iso: '1970-01-01', weekday: 4, name: 'Thursday' },
    { iso: '2026-03-23', weekday: 1, name: 'Monday' },
    { iso: '2026-03-28', weekday: 6, name: 'Saturday' },
    { iso: '2026-03-29', weekday: 7, name: 'Sunday' },
    { iso: '1969-12-28', weekday: 7, name: 'Sunday' },
  ])('knows $iso was a $name', ({ iso, weekday }) => {
    expect(weekdayOfDayNumber(dayNumberOf(iso))).toBe(weekday);
  });
});

describe('daysInMonth and isoOf', () => {
  it.each([
    { year: 2025, month: 2, days: 28 },
    { year: 2024, month: 2, days: 29 },
    { year: 1900, month: 2, days: 28 },
    { year: 2000, month: 2, days: 29 },
    { year: 2026, month: 4, days: 30 },
    { year: 2026, month: 12, days: 31 },
  ])('gives $year-$month $days days', ({ year, month, days }) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('pads month and day to two digits', () => {
    expect(isoOf(2026, 3, 4)).toBe('2026-03-04');
  });
});
