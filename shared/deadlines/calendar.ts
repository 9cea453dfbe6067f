import {
  datePartsOf,
  dayNumberOf,
  daysInMonth,
  ISO_SHAPE,
  type IsoDate,
  isoOf,
  isoOfDayNumber,
  weekdayOfDayNumber,
} from '../dates/isoDate';
import { isBankHoliday } from './bankHolidays';

export type { IsoDate } from '../dates/isoDate';

/** The result of reading a date typed or clipped by a user: the date, or a message a SENCO can act on. */
export type ParsedDate = { ok: true; date: IsoDate } | { ok: false; message: string };

/** January … December, for dates written out in words. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Reads untrusted text as a `YYYY-MM-DD` date (surrounding spaces ignored), refusing impossible dates
 * such as 2026-02-29 with a plain-English message; never throws.
 */
export function parseIsoDate(text: string): ParsedDate {
  const trimmed = text.trim();
  const parts = datePartsOf(trimmed);
  if (parts) return { ok: true, date: trimmed };
  const shape = ISO_SHAPE.exec(trimmed);
  if (!shape) return { ok: false, message: `"${trimmed}" is not a date written as YYYY-MM-DD, such as 2026-03-24.` };
  const year = Number(shape[1]);
  const month = Number(shape[2]);
  if (year < 1000) return { ok: false, message: `${trimmed} has no four-digit year.` };
  if (month < 1 || month > 12) return { ok: false, message: `${trimmed} is not a real date: there is no month ${shape[2]}.` };
  return {
    ok: false,
    message: `${trimmed} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days.`,
  };
}

/** A `YYYY-MM-DD` date the UK way, "24/03/2026". @throws {RangeError} when `iso` is not a real date */
export function formatUkDate(iso: IsoDate): string {
  dayNumberOf(iso);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The date `days` calendar days after `iso` (before it when negative). @throws {RangeError} on a bad date or a non-integer count */
export function addDays(iso: IsoDate, days: number): IsoDate {
  requireInteger('addDays', days);
  return isoOfDayNumber(dayNumberOf(iso) + days);
}

/** The date `weeks` calendar weeks (7 days each, school holidays included) after `iso`, before it when negative. */
export function addWeeks(iso: IsoDate, weeks: number): IsoDate {
  requireInteger('addWeeks', weeks);
  return addDays(iso, 7 * weeks);
}

/**
 * The date `months` calendar months after `iso` (before it when negative), on the same day of the month;
 * a day the target month lacks clamps to its last day: 31 Jan + 1 month = 28 Feb (29 in a leap year),
 * 29 Feb 2024 + 12 months = 28 Feb 2025. This is the "corresponding date rule" by which English law reads
 * a period of months (Dodds v Walker [1981] 1 WLR 1027, HL; "month" means calendar month, Interpretation
 * Act 1978 Sch 1), and how "within 2 months of the decision" is read by the SEND Tribunal and IPSEA.
 * @throws {RangeError} on a bad date or a non-integer count
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  requireInteger('addMonths', months);
  const parts = datePartsOf(iso);
  if (!parts) throw new RangeError(`expected a real date as YYYY-MM-DD, got "${iso}"`);
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return isoOf(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 for the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** Whether the date is a Saturday or Sunday. */
export function isWeekend(iso: IsoDate): boolean {
  return weekdayOfDayNumber(dayNumberOf(iso)) >= 6;
}

/**
 * Whether the date is a working day in England and Wales: not a weekend and not a bank holiday (Christmas
 * Day and Good Friday included), as the tribunal rules define "working day".
 */
export function isWorkingDay(iso: IsoDate): boolean {
  return !isWeekend(iso) && !isBankHoliday(iso);
}

/** The first working day in England and Wales strictly after `iso`: after Friday 17/04/2025 comes Tuesday 22/04/2025. */
export function nextWorkingDay(iso: IsoDate): IsoDate {
  let day = addDays(iso, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

function requireInteger(name: string, count: number): void {
  if (!Number.isInteger(count)) throw new RangeError(`${name} requires a whole number, got ${count}`);
}
