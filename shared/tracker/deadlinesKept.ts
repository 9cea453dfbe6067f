import { dayNumberOf, type IsoDate } from '../dates/isoDate';
import { isLaStep } from './laSteps';
import { isDone, type TaskRecord } from './taskRecords';

/** How a group of tasks met the school's own due dates. */
export interface DeadlineFigures {
  group: string;
  /** Tasks with a due date that were done, or are still open past it. */
  due: number;
  doneOnTime: number;
  doneLate: number;
  openOverdue: number;
  /** Done by the due date, as a share of `due`. */
  share: number | null;
  /** Median of (done day − due day) over done tasks: negative is early. Null when none were done. */
  medianDaysLate: number | null;
}

/** The median of numbers (the mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A median number of days in words: "2 days early", "on the due day", "1.5 days late". */
export function daysInWords(days: number | null): string {
  if (days === null) return '–';
  if (days === 0) return 'on the due day';
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'early' : 'late'}`;
}

/** Days from the due date to the day it was done (negative = early); null unless both are known. */
export function daysLate(t: TaskRecord): number | null {
  return isDone(t) && t.doneOn !== '' && t.dueDate !== '' ? dayNumberOf(t.doneOn) - dayNumberOf(t.dueDate) : null;
}

/**
 * Deadlines the school kept, per group (task type, LA): tasks whose due date is the school's own (not an LA
 * step), done or still open past the date by `today`.
 */
export function deadlinesKept(tasks: readonly TaskRecord[], groupOf: (t: TaskRecord) => string, today: IsoDate): DeadlineFigures[] {
  const groups = new Map<string, { late: number[]; openOverdue: number }>();
  for (const t of tasks) {
    if (t.dueDate === '' || isLaStep(t)) continue;
    const days = daysLate(t);
    const overdue = !isDone(t) && t.dueDate < today;
    if (days === null && !overdue) continue;
    const g = groups.get(groupOf(t)) ?? { late: [], openOverdue: 0 };
    if (days !== null) g.late.push(days);
    else g.openOverdue++;
    groups.set(groupOf(t), g);
  }
  return [...groups.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([group, g]) => {
      const doneOnTime = g.late.filter((d) => d <= 0).length;
      const due = g.late.length + g.openOverdue;
      return {
        group,
        due,
        doneOnTime,
        doneLate: g.late.length - doneOnTime,
        openOverdue: g.openOverdue,
        share: due > 0 ? doneOnTime / due : null,
        medianDaysLate: median(g.late),
      };
    });
}

/** How one LA met its own statutory limits, as the tracker recorded them. */
export interface LaTimeliness {
  la: string;
  /** LA steps whose limit has passed or that the LA has taken. */
  steps: number;
  onTime: number;
  late: number;
  /** Past the limit with no date the LA acted on. */
  notYet: number;
  share: number | null;
}

/** The day the LA acted: "LA acted on", else the day an LA-step task was marked Done. */
const actedOn = (t: TaskRecord): IsoDate | '' => t.laActedOn || (isDone(t) ? t.doneOn : '');

/** Per LA: steps with an LA time limit (due basis), taken on time, late, or still not taken past the limit. */
export function laTimeliness(tasks: readonly TaskRecord[], today: IsoDate): LaTimeliness[] {
  const byLa = new Map<string, LaTimeliness>();
  for (const t of tasks) {
    if (t.dueDate === '' || !isLaStep(t)) continue;
    const acted = actedOn(t);
    if (acted === '' && t.dueDate >= today) continue;
    const row = byLa.get(t.la) ?? { la: t.la, steps: 0, onTime: 0, late: 0, notYet: 0, share: null };
    row.steps++;
    if (acted === '') row.notYet++;
    else if (acted <= t.dueDate) row.onTime++;
    else row.late++;
    byLa.set(t.la, row);
  }
  return [...byLa.values()].sort((a, b) => (a.la < b.la ? -1 : 1)).map((r) => ({ ...r, share: r.onTime / r.steps }));
}
