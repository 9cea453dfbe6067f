import { dayNumberOf, daysInMonth, type IsoDate, isoOf, isoOfDayNumber, weekdayOfDayNumber } from '../dates/isoDate';

/**
 * England and Wales bank holidays, 2024–2030, as listed on https://www.gov.uk/bank-holidays (2024–2027
 * published there; 2028–2030 follow the same rules and are derived until gov.uk lists them). One-off
 * holidays by royal proclamation (2022's jubilee, 2023's coronation) are added here when announced.
 */
export const ENGLAND_WALES_BANK_HOLIDAYS: Readonly<Record<number, readonly IsoDate[]>> = {
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
  2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26'],
};

const SATURDAY = 6;
const MONDAY = 1;

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), e.g.
 * easterSunday(2026) = '2026-04-05'. Valid for any year from 1583.
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

/**
 * England and Wales bank holidays of a year by the standing rules, sorted: New Year's Day, Good Friday,
 * Easter Monday, early May (first Monday), spring (last Monday of May), summer (last Monday of August),
 * Christmas Day and Boxing Day, with a fixed-date holiday on a weekend moved to the next free weekday.
 * Knows nothing of one-off proclamations; prefer {@link bankHolidaysEnglandWales}.
 */
export function deriveBankHolidays(year: number): IsoDate[] {
  const easter = dayNumberOf(easterSunday(year));
  const moveable = [easter - 2, easter + 1, firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8)];
  const days = [
    ...substituted([dayNumberOf(isoOf(year, 1, 1))]),
    ...moveable,
    ...substituted([dayNumberOf(isoOf(year, 12, 25)), dayNumberOf(isoOf(year, 12, 26))]),
  ];
  return days.sort((x, y) => x - y).map(isoOfDayNumber);
}

/** England and Wales bank holidays of a year: the gov.uk table for 2024–2030, the standing rules otherwise. */
export function bankHolidaysEnglandWales(year: number): readonly IsoDate[] {
  return ENGLAND_WALES_BANK_HOLIDAYS[year] ?? deriveBankHolidays(year);
}

/** Whether a YYYY-MM-DD date is a bank holiday in England and Wales (substitute days included). */
export function isBankHoliday(iso: IsoDate): boolean {
  return bankHolidaysEnglandWales(Number(iso.slice(0, 4))).includes(iso);
}

function firstMonday(year: number, month: number): number {
  const first = dayNumberOf(isoOf(year, month, 1));
  return first + ((MONDAY - weekdayOfDayNumber(first) + 7) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayNumberOf(isoOf(year, month, daysInMonth(year, month)));
  return last - ((weekdayOfDayNumber(last) - MONDAY + 7) % 7);
}

/** Fixed-date holidays with each one that falls on a weekend replaced by the next weekday not already a holiday. */
function substituted(fixed: readonly number[]): number[] {
  const taken = new Set(fixed.filter((d) => weekdayOfDayNumber(d) < SATURDAY));
  for (const day of fixed) {
    if (weekdayOfDayNumber(day) < SATURDAY) continue;
    let substitute = day + 1;
    while (weekdayOfDayNumber(substitute) >= SATURDAY || taken.has(substitute)) substitute++;
    taken.add(substitute);
  }
  return [...taken];
}
