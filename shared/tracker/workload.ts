import { TASK_TYPE_LABELS, TASK_TYPES } from '../tasks/taskTypes';
import type { Tab } from '../report/report';
import { TabBuilder } from '../report/tabBuilder';
import { datePartsOf, dayNumberOf } from '../dates/isoDate';
import { isoWeek } from '../dates/isoWeek';
import { COL } from './trackerLayout';

/** One task as the Workload tab needs it; the edge has already turned date cells into ISO dates (YYYY-MM-DD). */
export interface TaskRecord {
  clippedOn: string;
  senco: string;
  taskType: string;
  title: string;
  pupil: string;
  dueDate: string;
  dueBasis: string;
  minutes: number;
  status: string;
}

const WEEKS_SHOWN = 12;
/** A real YYYY-MM-DD date (a hand-typed "31/02" in the sheet is left out of the lists, not misplaced). */
const isDay = (text: string) => datePartsOf(text) !== null;

/** Tasks rows (header first, dates as ISO text) → records; rows without a clip date are kept out of the weekly sums only. */
export function tasksFromRows(rows: readonly (readonly unknown[])[]): TaskRecord[] {
  return rows.slice(1).flatMap((r) => {
    if (r.every((c) => c === '' || c === null || c === undefined)) return [];
    const spent = Number(r[COL['Minutes spent']]);
    const estimate = Number(r[COL['Estimated minutes']]);
    const cell = (name: keyof typeof COL) => String(r[COL[name]] ?? '').trim();
    return [
      {
        clippedOn: cell('Clipped at').slice(0, 10),
        senco: cell('SENCO') || '(no name)',
        taskType: cell('Task type') || 'Other',
        title: cell('Title'),
        pupil: cell('Pupil (initials)'),
        dueDate: cell('Due date').slice(0, 10),
        dueBasis: cell('Due basis'),
        minutes: r[COL['Minutes spent']] !== '' && Number.isFinite(spent) ? spent : Number.isFinite(estimate) ? estimate : 0,
        status: cell('Status') || 'Open',
      },
    ];
  });
}

function sumsByWeek(tasks: TaskRecord[], key: (t: TaskRecord) => string, keys: string[]) {
  const weeks = new Map<string, { monday: string; sums: Map<string, number> }>();
  for (const t of tasks) {
    if (!isDay(t.clippedOn)) continue;
    const { week, monday } = isoWeek(t.clippedOn);
    const entry = weeks.get(week) ?? { monday, sums: new Map() };
    entry.sums.set(key(t), (entry.sums.get(key(t)) ?? 0) + t.minutes);
    weeks.set(week, entry);
  }
  return [...weeks.entries()]
    .sort((a, b) => (a[0] < b[0] ? 1 : -1))
    .slice(0, WEEKS_SHOWN)
    .map(([week, { monday, sums }]) => ({ week, monday, values: keys.map((k) => sums.get(k) ?? 0) }));
}

/**
 * The Workload tab: minutes by task type and by SENCO per ISO week (the last 12 weeks with tasks; minutes spent
 * where recorded, else the estimate), then open tasks overdue, due within 7 days and due in 8–14 days.
 */
export function workloadTab(tasks: TaskRecord[], today: string, updatedAt: string): Tab {
  const t = new TabBuilder('Workload', [150]);
  t.heading(`Workload from the Tasks tab, updated ${updatedAt}`);
  t.row('Minutes spent where recorded, otherwise the estimate. Weeks run Monday to Sunday (ISO weeks) by the day a task was clipped.');
  t.blank();

  const typeLabels = TASK_TYPES.map((x) => TASK_TYPE_LABELS[x]);
  const extraTypes = [...new Set(tasks.map((x) => x.taskType))].filter((x) => !typeLabels.includes(x));
  const types = [...typeLabels, ...extraTypes];
  t.heading('Minutes by task type, per week');
  const typeHead = t.row('Week', ...types, 'Total hours');
  t.boldRow(typeHead, types.length + 2);
  t.wrap({ row: typeHead, column: 1, rows: 1, columns: types.length });
  const byType = sumsByWeek(tasks, (x) => x.taskType, types);
  for (const w of byType) t.row(`${w.week} (from ${w.monday})`, ...w.values, w.values.reduce((a, b) => a + b, 0) / 60);
  if (byType.length === 0) t.row('No tasks clipped yet.');
  else t.format({ row: typeHead + 1, column: types.length + 1, rows: byType.length, columns: 1 }, '0.0');
  t.blank();

  const sencos = [...new Set(tasks.map((x) => x.senco))].sort();
  t.heading('Minutes per SENCO, per week');
  const sencoHead = t.row('Week', ...sencos, 'Total hours');
  t.boldRow(sencoHead, sencos.length + 2);
  const bySenco = sumsByWeek(tasks, (x) => x.senco, sencos);
  for (const w of bySenco) t.row(`${w.week} (from ${w.monday})`, ...w.values, w.values.reduce((a, b) => a + b, 0) / 60);
  if (bySenco.length > 0) t.format({ row: sencoHead + 1, column: sencos.length + 1, rows: bySenco.length, columns: 1 }, '0.0');
  t.blank();

  const todayN = dayNumberOf(today);
  const open = tasks.filter((x) => x.status !== 'Done' && isDay(x.dueDate)).sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  const list = (title: string, chosen: TaskRecord[], overdue = false) => {
    t.heading(`${title} (${chosen.length})`);
    const head = t.row('Due date', overdue ? 'Days overdue' : 'Days left', 'Pupil', 'Task type', 'Title', 'SENCO', 'Due basis');
    t.boldRow(head, 7);
    for (const x of chosen) t.row(x.dueDate, Math.abs(dayNumberOf(x.dueDate) - todayN), x.pupil, x.taskType, x.title, x.senco, x.dueBasis);
    if (chosen.length === 0) t.row('None.');
    t.format({ row: head + 1, column: 2, rows: Math.max(1, chosen.length), columns: 5 }, '@');
    t.blank();
  };
  list('Overdue: open tasks past their due date', open.filter((x) => dayNumberOf(x.dueDate) < todayN), true);
  list('Due in the next 7 days', open.filter((x) => dayNumberOf(x.dueDate) >= todayN && dayNumberOf(x.dueDate) <= todayN + 7));
  list('Due in 8 to 14 days', open.filter((x) => dayNumberOf(x.dueDate) > todayN + 7 && dayNumberOf(x.dueDate) <= todayN + 14));
  t.freeze(1);
  return t.build();
}
