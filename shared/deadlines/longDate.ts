import { datePartsOf, type IsoDate } from '../dates/isoDate';
import { MONTH_NAMES } from './calendar';

/** A `YYYY-MM-DD` date in words, "30 November 2026"; any other text comes back as it is. */
export function longDate(iso: IsoDate): string {
  const parts = datePartsOf(iso);
  return parts ? `${parts.day} ${MONTH_NAMES[parts.month - 1]} ${parts.year}` : iso;
}
