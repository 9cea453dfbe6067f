/** A calendar date as `YYYY-MM-DD`, with no time of day and no time zone. */
export type IsoDate = string;

export interface DateParts {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
/** The shape of a YYYY-MM-DD date, real or not. */
export const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days in a month (1–12) of a Gregorian year: 28–31. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year, month and day of a `YYYY-MM-DD` string (years 1000–9999), or null when the text is not that shape or not a real date (2026-02-29). */
export function datePartsOf(text: string): DateParts | null {
  const match = ISO_SHAPE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC reads years 0–99 as 1900–1999, so they are refused rather than silently shifted.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `YYYY-MM-DD` of a year, month (1–12) and day that are already known to be a real date. */
export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whole days from 1970-01-01 to a `YYYY-MM-DD` date (negative before 1970), counted in UTC so that no
 * clock change can add or lose an hour.
 * @throws {RangeError} when `iso` is not a real YYYY-MM-DD date
 */
export function dayNumberOf(iso: IsoDate): number {
  const parts = datePartsOf(iso);
  if (!parts) throw new RangeError(`expected a real date as YYYY-MM-DD, got "${iso}"`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a day number (days from 1970-01-01). */
export function isoOfDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** ISO weekday of a day number: 1 = Monday … 6 = Saturday, 7 = Sunday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
