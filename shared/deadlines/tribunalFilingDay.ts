import type { IsoDate } from '../dates/isoDate';
import { isWorkingDay, nextWorkingDay } from './calendar';

/** Why an appeal's last day moved: the Christmas window, August, or a weekend or bank holiday. */
export type TribunalMove = 'christmas' | 'august' | 'non-working-day';

export interface TribunalFilingDay {
  /** The last day on which the appeal is in time. */
  date: IsoDate;
  /** The time limit's own end, before any move. */
  limitEnds: IsoDate;
  moved: TribunalMove | null;
}

/**
 * The last day to send an SEN appeal to the First-tier Tribunal when its time limit ends on `limitEnds`
 * (Tribunal Procedure (HESC) Rules 2008, rule 12): a limit ending 25 December–1 January inclusive moves to
 * the first working day after 1 January, one ending in August to the first working day after 31 August,
 * and one ending on any other weekend or bank holiday to the next working day. Only appeal filing moves;
 * no time limit in the SEND Regulations does.
 */
export function tribunalFilingDay(limitEnds: IsoDate): TribunalFilingDay {
  const year = Number(limitEnds.slice(0, 4));
  const monthDay = limitEnds.slice(5);
  if (monthDay >= '12-25') {
    return { date: nextWorkingDay(`${year + 1}-01-01`), limitEnds, moved: 'christmas' };
  }
  if (monthDay === '01-01') {
    return { date: nextWorkingDay(limitEnds), limitEnds, moved: 'christmas' };
  }
  if (monthDay.startsWith('08-')) {
    return { date: nextWorkingDay(`${year}-08-31`), limitEnds, moved: 'august' };
  }
  if (!isWorkingDay(limitEnds)) {
    return { date: nextWorkingDay(limitEnds), limitEnds, moved: 'non-working-day' };
  }
  return { date: limitEnds, limitEnds, moved: null };
}
