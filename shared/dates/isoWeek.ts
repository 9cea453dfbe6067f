import { dayNumberOf, isoOfDayNumber, weekdayOfDayNumber } from './isoDate';

/** The ISO 8601 week of a date ("2026-W10"), and the Monday that starts it, both from an ISO date YYYY-MM-DD. */
export function isoWeek(isoDate: string): { week: string; monday: string } {
  const day = dayNumberOf(isoDate);
  const monday = day - (weekdayOfDayNumber(day) - 1);
  // The week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
  const thursday = isoOfDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((monday + 3 - dayNumberOf(`${thursday.slice(0, 4)}-01-01`)) / 7) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, monday: isoOfDayNumber(monday) };
}
