import { dayNumberOf, type IsoDate, isoOfDayNumber } from '../dates/isoDate';
import { isoWeek } from '../dates/isoWeek';
import { formatUkDate } from '../deadlines/calendar';
import { TASK_TYPE_LABELS, TASK_TYPES } from '../tasks/taskTypes';
import { isLaStep } from './laSteps';
import { isDone, type TaskRecord } from './taskRecords';
import { periodFigures, protectedHoursIn, sencosOf, weeksShown } from './timeGiven';
import type { TrackerSettings } from './trackerSettings';

/**
 * The network summary: one row per school and whole ISO week (the week still running is left out), numbers only, for a network to pool schools' figures.
 * It carries no pupil initials, titles, details, source URLs or SENCO names: a school, a week, hours by task
 * type, protected hours, and deadlines kept, in total and by LA. Every school writes the same fixed columns
 * (all ten task types, then its LAs), so that several exports stack into one table of the survey analysis.
 */
export interface NetworkSummary {
  header: string[];
  rows: (string | number)[][];
}

const TYPE_LABELS = TASK_TYPES.map((t) => TASK_TYPE_LABELS[t]);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Weeks a network summary covers at most: a school year and a bit. */
export const NETWORK_WEEKS = 52;

interface Kept {
  onTime: number;
  late: number;
}

/** School-deadline tasks done in the week, split by whether they were done by their due date. */
function keptIn(tasks: readonly TaskRecord[], monday: IsoDate, sunday: IsoDate): Kept {
  const done = tasks.filter(
    (t) => isDone(t) && t.doneOn !== '' && t.dueDate !== '' && !isLaStep(t) && t.doneOn >= monday && t.doneOn <= sunday,
  );
  const onTime = done.filter((t) => t.doneOn <= t.dueDate).length;
  return { onTime, late: done.length - onTime };
}

export function networkSummary(tasks: readonly TaskRecord[], settings: TrackerSettings, today: IsoDate): NetworkSummary {
  const las = [...new Set(tasks.map((t) => t.la))].sort();
  const header = [
    'School',
    'Week starting',
    'ISO week',
    ...TYPE_LABELS.map((l) => `Hours: ${l}`),
    'EHCP admin hours',
    'Protected hours',
    'Share of protected time (%)',
    'Tasks done by the due date',
    'Tasks done late',
    // "tasks" in every count column's header: an organiser's analysis reads them as counts, not as 0–10 ratings.
    ...las.flatMap((la) => [`${la}: tasks done by the due date`, `${la}: tasks done late`]),
  ];
  const schools = [...new Set(tasks.map((t) => t.school))].sort();
  // Whole weeks only: the week still running would read as a quiet week in every school's figures.
  const lastSunday = isoOfDayNumber(dayNumberOf(isoWeek(today).monday) - 1);
  const rows: (string | number)[][] = [];
  for (const school of schools) {
    const own = tasks.filter((t) => t.school === school);
    // With one school in the tracker, every SENCO in Settings is its SENCO; with several, those who clipped for it.
    const sencos = schools.length === 1 ? sencosOf(own, settings) : [...new Set(own.map((t) => t.senco))];
    for (const monday of weeksShown(own, lastSunday, NETWORK_WEEKS)) {
      const sunday = isoOfDayNumber(dayNumberOf(monday) + 6);
      const f = periodFigures(own, monday, sunday, protectedHoursIn(monday, sunday, sencos, settings));
      const kept = keptIn(own, monday, sunday);
      rows.push([
        school,
        formatUkDate(monday),
        isoWeek(monday).week,
        ...TYPE_LABELS.map((l) => round1(f.hoursByType.get(l) ?? 0)),
        round1(f.adminHours),
        f.protectedHours === null ? '' : round1(f.protectedHours),
        f.share === null ? '' : round1(f.share * 100),
        kept.onTime,
        kept.late,
        ...las.flatMap((la) => {
          const k = keptIn(
            own.filter((t) => t.la === la),
            monday,
            sunday,
          );
          return [k.onTime, k.late];
        }),
      ]);
    }
  }
  return { header, rows };
}
