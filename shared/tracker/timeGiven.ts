import { dayNumberOf, type IsoDate, isoOfDayNumber, weekdayOfDayNumber } from '../dates/isoDate';
import { isoWeek } from '../dates/isoWeek';
import { isBankHoliday } from '../deadlines/bankHolidays';
import { type TaskRecord, workDay } from './taskRecords';
import { protectedHoursOf, type Term, type TrackerSettings } from './trackerSettings';

/** A period's EHCP admin hours by task type against the protected hours given in it. */
export interface PeriodFigures {
  hoursByType: Map<string, number>;
  adminHours: number;
  /** Protected hours given in the period; null when no protected hours are set in Settings. */
  protectedHours: number | null;
  /** Admin hours as a share of protected hours (0.5 = half); null without protected hours. */
  share: number | null;
}

/** Whether a weekday is a school day: inside a term, outside its half term, not a bank holiday. */
export function isSchoolDay(day: IsoDate, terms: readonly Term[]): boolean {
  if (weekdayOfDayNumber(dayNumberOf(day)) > 5 || isBankHoliday(day)) return false;
  return terms.some((t) => day >= t.start && day <= t.end && !(t.halfTermStart !== '' && day >= t.halfTermStart && day <= t.halfTermEnd));
}

/** School days from `from` to `to` inclusive; with no terms set, every weekday that is not a bank holiday. */
export function schoolDays(from: IsoDate, to: IsoDate, terms: readonly Term[]): number {
  let n = 0;
  for (let d = dayNumberOf(from); d <= dayNumberOf(to); d++) {
    const day = isoOfDayNumber(d);
    if (terms.length === 0 ? weekdayOfDayNumber(d) <= 5 && !isBankHoliday(day) : isSchoolDay(day, terms)) n++;
  }
  return n;
}

/** Every SENCO the school gives protected time to or who clipped a task, sorted. */
export function sencosOf(tasks: readonly TaskRecord[], settings: TrackerSettings): string[] {
  return [...new Set([...settings.protectedHours.keys(), ...tasks.map((t) => t.senco)])].sort();
}

/**
 * Protected hours in a period: each SENCO's weekly hours pro rata to the school days in it (a week of 5
 * school days gives the weekly hours; a half-term week none). Null when no SENCO has hours set.
 */
export function protectedHoursIn(from: IsoDate, to: IsoDate, sencos: readonly string[], settings: TrackerSettings): number | null {
  const weekly = sencos.map((s) => protectedHoursOf(settings, s)).filter((h): h is number => h !== null);
  if (weekly.length === 0) return null;
  return (weekly.reduce((a, b) => a + b, 0) * schoolDays(from, to, settings.terms)) / 5;
}

/** Admin hours by task type of the tasks whose work day falls from `from` to `to`, and the protected hours then. */
export function periodFigures(tasks: readonly TaskRecord[], from: IsoDate, to: IsoDate, protectedHours: number | null): PeriodFigures {
  const hoursByType = new Map<string, number>();
  let adminHours = 0;
  for (const t of tasks) {
    const day = workDay(t);
    if (day === '' || day < from || day > to) continue;
    hoursByType.set(t.taskType, (hoursByType.get(t.taskType) ?? 0) + t.minutes / 60);
    adminHours += t.minutes / 60;
  }
  return { hoursByType, adminHours, protectedHours, share: protectedHours ? adminHours / protectedHours : null };
}

export interface WeekFigures extends PeriodFigures {
  monday: IsoDate;
  week: string;
}

/** Up to `max` ISO weeks ending with today's, starting no earlier than the week of the first task. */
export function weeksShown(tasks: readonly TaskRecord[], today: IsoDate, max = 26): IsoDate[] {
  const days = tasks.map(workDay).filter((d) => d !== '' && d <= today);
  if (days.length === 0) return [];
  const first = dayNumberOf(isoWeek(days.reduce((a, b) => (a < b ? a : b))).monday);
  const last = dayNumberOf(isoWeek(today).monday);
  const start = Math.max(first, last - 7 * (max - 1));
  const out: IsoDate[] = [];
  for (let d = start; d <= last; d += 7) out.push(isoOfDayNumber(d));
  return out;
}

/** Figures per ISO week (Monday to Sunday) for the weeks given, oldest first. */
export function weekFigures(
  tasks: readonly TaskRecord[],
  mondays: readonly IsoDate[],
  sencos: readonly string[],
  settings: TrackerSettings,
): WeekFigures[] {
  return mondays.map((monday) => {
    const sunday = isoOfDayNumber(dayNumberOf(monday) + 6);
    return {
      monday,
      week: isoWeek(monday).week,
      ...periodFigures(tasks, monday, sunday, protectedHoursIn(monday, sunday, sencos, settings)),
    };
  });
}

/** Terms that have begun by today, each with its figures (a term still running counts to today). */
export function termFigures(
  tasks: readonly TaskRecord[],
  today: IsoDate,
  sencos: readonly string[],
  settings: TrackerSettings,
): (PeriodFigures & { term: Term })[] {
  return settings.terms
    .filter((term) => term.start <= today)
    .map((term) => {
      const to = term.end < today ? term.end : today;
      return { term, ...periodFigures(tasks, term.start, term.end, protectedHoursIn(term.start, to, sencos, settings)) };
    });
}

/** The task types with any hours in the periods, in the given order (no column of zeros). */
export function typesWithHours(periods: readonly PeriodFigures[], order: readonly string[]): string[] {
  const used = new Set(periods.flatMap((p) => [...p.hoursByType].filter(([, h]) => h > 0).map(([type]) => type)));
  return [...order.filter((t) => used.has(t)), ...[...used].filter((t) => !order.includes(t)).sort()];
}
