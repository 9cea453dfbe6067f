import { isoOf } from '../../shared/dates/isoDate';

/** The calendar day of `date` where the SENCO is (the browser's time zone), as YYYY-MM-DD. */
export function localDay(date: Date): string {
  return isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
