import type { IsoDate } from '../dates/isoDate';
import { longDate } from '../deadlines/longDate';
import type { LaCounts, LeadersSummary, TermSummary, TypeHours } from '../report/html/leadersSummaryHtml';
import { deadlinesKept, laTimeliness } from './deadlinesKept';
import { leadersStatement } from './leadersStatement';
import type { TaskRecord } from './taskRecords';
import { type PeriodFigures, schoolDays, sencosOf, termFigures } from './timeGiven';
import type { Term, TrackerSettings } from './trackerSettings';

/** Task types and LAs listed by name on the page; the rest are summed in one row, so the page stays one page. */
export const TYPES_LISTED = 5;
export const LAS_LISTED = 5;

export interface LeadersSummaryInput {
  tasks: readonly TaskRecord[];
  settings: TrackerSettings;
  today: IsoDate;
}

export type LeadersSummaryResult = { ok: true; summary: LeadersSummary } | { ok: false; message: string };

const ALL = () => 'all';

function topTypes(f: PeriodFigures): Pick<TermSummary, 'topTypes' | 'otherTypes'> {
  const share = (h: number) => (f.adminHours > 0 ? h / f.adminHours : 0);
  const all: TypeHours[] = [...f.hoursByType]
    .filter(([, h]) => h > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([type, h]) => ({ type, hours: h, share: share(h) }));
  const rest = all.slice(TYPES_LISTED);
  const hours = rest.reduce((sum, x) => sum + x.hours, 0);
  return { topTypes: all.slice(0, TYPES_LISTED), otherTypes: rest.length ? { count: rest.length, hours, share: share(hours) } : null };
}

function laCounts(tasks: readonly TaskRecord[], today: IsoDate): Pick<TermSummary, 'las' | 'otherLas' | 'laTotal'> {
  const rows = laTimeliness(tasks, today).sort((a, b) => b.steps - a.steps || (a.la < b.la ? -1 : 1));
  const sum = (list: readonly LaCounts[], la: string): LaCounts => {
    const steps = list.reduce((n, r) => n + r.steps, 0);
    const onTime = list.reduce((n, r) => n + r.onTime, 0);
    const late = list.reduce((n, r) => n + r.late, 0);
    const notYet = list.reduce((n, r) => n + r.notYet, 0);
    return { la, steps, onTime, late, notYet, share: steps > 0 ? onTime / steps : null };
  };
  const rest = rows.slice(LAS_LISTED);
  return {
    las: rows.slice(0, LAS_LISTED),
    otherLas: rest.length ? { ...sum(rest, 'Other LAs'), count: rest.length } : null,
    laTotal: sum(rows, 'All LAs'),
  };
}

interface TermInput {
  figures: PeriodFigures & { term: Term };
  input: LeadersSummaryInput;
  sencos: number;
  overdue: LeadersSummary['overdueNow'];
}

/** One term's figures: hours against protected hours, where they went, deadlines due in it, LA steps due in it. */
function termSummary({ figures: f, input, sencos, overdue }: TermInput): TermSummary {
  const { term } = f;
  const running = input.today < term.end;
  const countedTo = running ? input.today : term.end;
  const days = schoolDays(term.start, countedTo, input.settings.terms);
  const weeks = days / 5;
  // Deadlines and LA steps belong to the term their due date falls in.
  const due = input.tasks.filter((t) => t.dueDate !== '' && t.dueDate >= term.start && t.dueDate <= term.end);
  const kept = deadlinesKept(due, ALL, input.today)[0];
  const figures: Omit<TermSummary, 'statement'> = {
    name: term.name,
    start: term.start,
    end: term.end,
    countedTo,
    running,
    schoolDays: days,
    sencos,
    adminHours: f.adminHours,
    protectedHours: f.protectedHours,
    share: f.share,
    adminPerWeek: weeks > 0 ? f.adminHours / weeks : null,
    protectedPerWeek: weeks > 0 && f.protectedHours !== null ? f.protectedHours / weeks : null,
    ...topTypes(f),
    deadlines: kept
      ? { due: kept.due, onTime: kept.doneOnTime, late: kept.doneLate, open: kept.openOverdue, share: kept.share }
      : { due: 0, onTime: 0, late: 0, open: 0, share: null },
    ...laCounts(due, input.today),
  };
  return { ...figures, statement: leadersStatement(figures, overdue, input.today) };
}

/** Open tasks past the school's own due date, and LA steps past their limit and not taken, on `today`. */
function overdueOn(tasks: readonly TaskRecord[], today: IsoDate): LeadersSummary['overdueNow'] {
  return {
    tasks: deadlinesKept(tasks, ALL, today)[0]?.openOverdue ?? 0,
    laSteps: laTimeliness(tasks, today).reduce((n, r) => n + r.notYet, 0),
  };
}

/**
 * The termly summary for senior leaders: for every term of the Settings tab begun by today, the EHCP admin hours
 * against protected hours, the top task types, deadlines kept, LA timeliness and a plain statement; the term
 * running today is the one shown first. Counts and hours only: no pupil, title or SENCO name.
 */
export function leadersSummary(input: LeadersSummaryInput): LeadersSummaryResult {
  if (input.settings.terms.length === 0)
    return { ok: false, message: 'The Settings tab has no term dates: add this year’s terms there, then open the summary again.' };
  const sencos = sencosOf(input.tasks, input.settings);
  const begun = termFigures(input.tasks, input.today, sencos, input.settings).sort((a, b) => (a.term.start < b.term.start ? -1 : 1));
  if (begun.length === 0)
    return { ok: false, message: `No term in the Settings tab has begun by ${longDate(input.today)}: check the term dates there.` };
  const overdue = overdueOn(input.tasks, input.today);
  const terms = begun.map((figures) => termSummary({ figures, input, sencos: sencos.length, overdue }));
  const runningNow = terms.findIndex((t) => t.start <= input.today && input.today <= t.end);
  const schools = [...new Set(input.tasks.map((t) => t.school).filter((s) => s !== '(no school)'))].sort();
  return {
    ok: true,
    summary: { today: input.today, schools, overdueNow: overdue, terms, chosen: runningNow >= 0 ? runningNow : terms.length - 1 },
  };
}
