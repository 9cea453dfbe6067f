import { dayNumberOf, type IsoDate, isoOfDayNumber } from '../dates/isoDate';
import type { Block, Tab } from '../report/report';
import { TabBuilder } from '../report/tabBuilder';
import { TASK_TYPE_LABELS, TASK_TYPES } from '../tasks/taskTypes';
import { daysInWords, deadlinesKept, laTimeliness } from './deadlinesKept';
import { isDone, type TaskRecord } from './taskRecords';
import {
  type PeriodFigures,
  periodFigures,
  protectedHoursIn,
  sencosOf,
  termFigures,
  typesWithHours,
  weekFigures,
  weeksShown,
} from './timeGiven';
import { sheetsSerial, type TrackerSettings } from './trackerSettings';

export { type TaskRecord, tasksFromRows } from './taskRecords';

/** The weekly chart: stacked columns of hours by task type, protected hours as a line (a Sheets combo chart). */
export interface WorkloadChart {
  title: string;
  /** Header row and week rows of the week and task-type columns, then of the protected-hours column. */
  ranges: [Block, Block];
  /** 0-based series index of the protected-hours line (the series after the task types). */
  lineSeries: number;
  anchor: { row: number; column: number };
  /** One colour per task type series, in order. */
  colours: string[];
}

/** A colour per task type, the same in every chart (Okabe–Ito's colour-blind-safe set first, then Tableau's). */
const TYPE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#8C564B', '#7F7F7F', '#BCBD22'];
const colourOf = (type: string) => TYPE_COLOURS[TYPE_ORDER.indexOf(type)] ?? '#17BECF';

export interface WorkloadInput {
  tasks: readonly TaskRecord[];
  settings: TrackerSettings;
  today: IsoDate;
  updatedAt: string;
}

const HOURS = '0.0';
const SHARE = '0%';
const DATE = 'dd/mm/yyyy';
const TYPE_ORDER = TASK_TYPES.map((t) => TASK_TYPE_LABELS[t]);

/** Open tasks listed per SENCO at most: a longer list is for the Tasks tab's filter, not a summary. */
export const DUE_LIST_MAX = 40;

/** Blank rows left for the weekly chart. */
export const CHART_ROWS = 17;

const round1 = (x: number) => Math.round(x * 10) / 10;
const hoursOrBlank = (x: number | null) => (x === null ? '' : round1(x));

/**
 * The Workload tab: EHCP admin hours against protected SENCO time per term, per SENCO and per week (with the
 * chart), tasks due in the next 14 days or overdue per SENCO, deadlines kept, and LA timeliness.
 */
export function workloadTab(input: WorkloadInput): { tab: Tab; chart: WorkloadChart | null } {
  const t = new TabBuilder('Workload', [170, 110, 110]);
  t.heading(`Workload from the Tasks tab, updated ${input.updatedAt}`);
  t.row(
    'Hours of EHCP admin (minutes spent where recorded, otherwise the estimate), counted in the week a task was done, or clipped while it is open.',
  );
  t.row('Protected hours come from the Settings tab: each SENCO’s weekly hours, pro rata to the school days of the term dates there.');
  t.blank();
  const sencos = sencosOf(input.tasks, input.settings);
  termSection(t, input, sencos);
  sencoSection(t, input, sencos);
  const chart = weekSection(t, input, sencos);
  dueSection(t, input);
  deadlineSections(t, input);
  t.freeze(1);
  return { tab: t.build(), chart };
}

function figureCells(p: PeriodFigures, types: readonly string[]) {
  return [
    ...types.map((type) => round1(p.hoursByType.get(type) ?? 0)),
    round1(p.adminHours),
    hoursOrBlank(p.protectedHours),
    p.share === null ? '' : p.share,
  ];
}

function termSection(t: TabBuilder, input: WorkloadInput, sencos: string[]): void {
  t.heading('Time given and time taken, per term');
  const terms = termFigures(input.tasks, input.today, sencos, input.settings);
  const types = typesWithHours(terms, TYPE_ORDER);
  const head = t.row('Term', 'Starts', 'Ends', ...types, 'EHCP admin hours', 'Protected hours', 'Share of protected time');
  t.boldRow(head, types.length + 6);
  t.wrap({ row: head, column: 3, rows: 1, columns: types.length + 3 });
  for (const f of terms) t.row(f.term.name, sheetsSerial(f.term.start), sheetsSerial(f.term.end), ...figureCells(f, types));
  if (terms.length === 0) t.row('No term has begun: check the term dates in the Settings tab.');
  formatFigures(t, head + 1, terms.length, 3, types.length);
  t.format({ row: head + 1, column: 1, rows: terms.length, columns: 2 }, DATE);
  t.blank();
}

/** Hours formats on the type, admin and protected columns, a percentage on the share. */
function formatFigures(t: TabBuilder, row: number, rows: number, firstType: number, types: number): void {
  t.format({ row, column: firstType, rows, columns: types + 2 }, HOURS);
  t.format({ row, column: firstType + types + 2, rows, columns: 1 }, SHARE);
}

function sencoSection(t: TabBuilder, input: WorkloadInput, sencos: string[]): void {
  t.heading('Per SENCO, per term');
  const head = t.row('SENCO', 'Term', 'EHCP admin hours', 'Protected hours', 'Share of protected time');
  t.boldRow(head, 5);
  const terms = input.settings.terms.filter((term) => term.start <= input.today);
  let rows = 0;
  for (const senco of sencos) {
    const own = input.tasks.filter((x) => x.senco === senco);
    for (const term of terms) {
      const to = term.end < input.today ? term.end : input.today;
      const f = periodFigures(own, term.start, term.end, protectedHoursIn(term.start, to, [senco], input.settings));
      t.row(senco, term.name, round1(f.adminHours), hoursOrBlank(f.protectedHours), f.share === null ? 'not set in Settings' : f.share);
      rows++;
    }
  }
  if (rows === 0) t.row('Nothing to show yet.');
  formatFigures(t, head + 1, rows, 2, 0);
  t.blank();
}

function weekSection(t: TabBuilder, input: WorkloadInput, sencos: string[]): WorkloadChart | null {
  t.heading('Time given and time taken, per week (weeks start on Monday)');
  const weeks = weekFigures(input.tasks, weeksShown(input.tasks, input.today), sencos, input.settings);
  const types = typesWithHours(weeks, TYPE_ORDER);
  const withChart = weeks.length > 0 && types.length > 0;
  const anchor = { row: t.nextRow, column: 0 };
  // Rows kept clear for the chart (about 320 px at Sheets' default 21 px rows), so that it covers no figures.
  if (withChart) for (let i = 0; i < CHART_ROWS; i++) t.blank();
  const head = t.row('Week starting', ...types, 'EHCP admin hours', 'Protected hours', 'Share of protected time');
  t.boldRow(head, types.length + 4);
  t.wrap({ row: head, column: 1, rows: 1, columns: types.length + 3 });
  for (const w of weeks) t.row(sheetsSerial(w.monday), ...figureCells(w, types));
  if (weeks.length === 0) t.row('No tasks clipped yet.');
  t.format({ row: head + 1, column: 0, rows: weeks.length, columns: 1 }, DATE);
  formatFigures(t, head + 1, weeks.length, 1, types.length);
  t.blank();
  if (!withChart) return null;
  return {
    title: 'EHCP admin hours by task type per week, against protected SENCO hours',
    ranges: [
      { row: head, column: 0, rows: weeks.length + 1, columns: types.length + 1 },
      { row: head, column: types.length + 2, rows: weeks.length + 1, columns: 1 },
    ],
    lineSeries: types.length,
    anchor,
    colours: types.map(colourOf),
  };
}

function dueSection(t: TabBuilder, input: WorkloadInput): void {
  const today = dayNumberOf(input.today);
  const horizon = isoOfDayNumber(today + 14);
  const open = input.tasks
    .filter((x) => !isDone(x) && x.dueDate !== '' && x.dueDate <= horizon)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  t.heading(`Due in the next 14 days, and overdue (${open.length} open tasks)`);
  if (open.length === 0) t.row('None.');
  for (const senco of [...new Set(open.map((x) => x.senco))].sort()) {
    const own = open.filter((x) => x.senco === senco);
    const overdue = own.filter((x) => x.dueDate < input.today).length;
    t.heading(`${senco}: ${overdue} overdue, ${own.length - overdue} due in the next 14 days`);
    const head = t.row('Due date', 'When', 'Pupil', 'Task type', 'Title', 'LA', 'Status');
    t.boldRow(head, 7);
    const shown = own.slice(0, DUE_LIST_MAX);
    for (const x of shown)
      t.row(sheetsSerial(x.dueDate), whenDue(dayNumberOf(x.dueDate) - today), x.pupil, x.taskType, x.title, x.la, x.status);
    t.format({ row: head + 1, column: 0, rows: shown.length, columns: 1 }, DATE);
    t.format({ row: head + 1, column: 1, rows: shown.length, columns: 6 }, '@');
    if (own.length > shown.length) t.row(`… and ${own.length - shown.length} more: filter the Tasks tab by SENCO and due date.`);
  }
  t.blank();
}

/** Days until a due date in words: "3 days overdue", "due today", "due in 5 days". */
export function whenDue(days: number): string {
  if (days === 0) return 'due today';
  const n = Math.abs(days);
  return days < 0 ? `${n} day${n === 1 ? '' : 's'} overdue` : `due in ${n} day${n === 1 ? '' : 's'}`;
}

function deadlineSections(t: TabBuilder, input: WorkloadInput): void {
  for (const [title, groupOf] of [
    ['Deadlines kept, per task type', (x: TaskRecord) => x.taskType],
    ['Deadlines kept, per LA', (x: TaskRecord) => x.la],
  ] as const) {
    t.heading(title);
    const head = t.row(
      title.endsWith('LA') ? 'LA' : 'Task type',
      'Tasks due',
      'Done by the due date',
      'Done late',
      'Open past the due date',
      'Share done by the due date',
      'Median, done tasks',
    );
    t.boldRow(head, 7);
    const rows = deadlinesKept(input.tasks, groupOf, input.today);
    for (const r of rows) t.row(r.group, r.due, r.doneOnTime, r.doneLate, r.openOverdue, r.share ?? '', daysInWords(r.medianDaysLate));
    if (rows.length === 0) t.row('No task with a due date has been done or passed its due date yet.');
    t.format({ row: head + 1, column: 5, rows: rows.length, columns: 1 }, SHARE);
    t.blank();
  }
  t.heading('LA timeliness: statutory steps of the local authority (due basis of the task)');
  t.row(
    'A step counts once its time limit has passed or the LA has acted ("LA acted on" in Tasks, else the day the task was marked Done).',
  );
  const head = t.row('LA', 'LA steps', 'On time', 'Late', 'Past the limit, not yet taken', 'Share on time');
  t.boldRow(head, 6);
  const rows = laTimeliness(input.tasks, input.today);
  for (const r of rows) t.row(r.la, r.steps, r.onTime, r.late, r.notYet, r.share ?? '');
  if (rows.length === 0) t.row('No task records an LA step yet.');
  t.format({ row: head + 1, column: 5, rows: rows.length, columns: 1 }, SHARE);
}
