import { describe, expect, it } from 'vitest';
import { bankHolidaysEnglandWales, deriveBankHolidays, ENGLAND_WALES_BANK_HOLIDAYS, easterSunday, isBankHoliday } from './bankHolidays';

describe('easterSunday', () => {
  it.each([
    // Easter Sundays as printed in the Book of Common Prayer tables and almanacs
    { year: 2000, easter: '2000-04-23' },
    { year: 2011, easter: '2011-04-24' },
    { year: 2019, easter: '2019-04-21' },
    { year: 2024, easter: '2024-03-31' },
    { year: 2025, easter: '2025-04-20' },
    { year: 2026, easter: '2026-04-05' },
    { year: 2027, easter: '2027-03-28' },
    { year: 2028, easter: '2028-04-16' },
    { year: 2029, easter: '2029-04-01' },
    { year: 2030, easter: '2030-04-21' },
    // the latest possible date, 25 April
    { year: 2038, easter: '2038-04-25' },
    // the earliest possible date, 22 March
    { year: 2285, easter: '2285-03-22' },
  ])('puts Easter $year on $easter', ({ year, easter }) => {
    expect(easterSunday(year)).toBe(easter);
  });
});

describe('England and Wales bank holidays', () => {
  it.each([
    // gov.uk/bank-holidays, England and Wales, 2025
    { year: 2025, dates: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'] },
    // gov.uk/bank-holidays, 2026: Boxing Day is a Saturday, so Monday 28 December is the substitute day
    { year: 2026, dates: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'] },
    // gov.uk/bank-holidays, 2027: Christmas and Boxing Day fall at the weekend, so 27 and 28 December are substitutes
    { year: 2027, dates: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'] },
  ])('match the gov.uk list for $year', ({ year, dates }) => {
    expect(bankHolidaysEnglandWales(year)).toEqual(dates);
  });

  it.each(Object.keys(ENGLAND_WALES_BANK_HOLIDAYS).map(Number))(
    'derives the same %i dates from Easter and the standing rules as the table lists',
    (year) => {
      expect(deriveBankHolidays(year)).toEqual(ENGLAND_WALES_BANK_HOLIDAYS[year]);
    },
  );

  it('moves New Year to Monday 3 January when 1 January 2028 is a Saturday', () => {
    expect(deriveBankHolidays(2028)[0]).toBe('2028-01-03');
  });

  it('gives Christmas its substitute on Tuesday 27 December when 25 December 2033 is a Sunday and Boxing Day is Monday', () => {
    // 2033-12-25 is a Sunday: Boxing Day stays on Monday 26th and Christmas moves to Tuesday 27th
    expect(deriveBankHolidays(2033).slice(-2)).toEqual(['2033-12-26', '2033-12-27']);
  });

  it('falls back to the standing rules outside the table', () => {
    expect(bankHolidaysEnglandWales(2031)).toEqual(deriveBankHolidays(2031));
    // 2031: Easter Sunday is 13 April, so Good Friday 11 April and Easter Monday 14 April
    expect(bankHolidaysEnglandWales(2031)).toContain('2031-04-11');
    expect(bankHolidaysEnglandWales(2031)).toContain('2031-04-14');
  });

  it.each([
    { iso: '2026-04-03', holiday: true, name: 'Good Friday 2026' },
    { iso: '2026-12-28', holiday: true, name: 'the Boxing Day substitute of 2026' },
    { iso: '2026-12-26', holiday: false, name: 'Boxing Day 2026 itself, a Saturday' },
    { iso: '2026-03-24', holiday: false, name: 'an ordinary Tuesday' },
  ])('answers $holiday for $name', ({ iso, holiday }) => {
    expect(isBankHoliday(iso)).toBe(holiday);
  });
});
