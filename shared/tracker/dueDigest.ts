import { dayNumberOf, type IsoDate, isoOfDayNumber } from '../dates/isoDate';
import { formatUkDate } from '../deadlines/calendar';
import { isDone, type TaskRecord } from './taskRecords';
import { whenDue } from './workload';

export interface DueDigest {
  subject: string;
  body: string;
  overdue: number;
  dueSoon: number;
}

/**
 * The daily e-mail: open tasks overdue or due in the next 7 days. It leaves the school's spreadsheet, so it
 * names no pupil and carries no title or details: due date, task type, LA and SENCO, and the link back.
 * Null when nothing is due, so that no empty e-mail is sent.
 */
export function dueDigest(tasks: readonly TaskRecord[], today: IsoDate, spreadsheet: { name: string; url: string }): DueDigest | null {
  const horizon = isoOfDayNumber(dayNumberOf(today) + 7);
  const open = tasks.filter((t) => !isDone(t) && t.dueDate !== '' && t.dueDate <= horizon).sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  if (open.length === 0) return null;
  const overdue = open.filter((t) => t.dueDate < today);
  const soon = open.filter((t) => t.dueDate >= today);
  const line = (t: TaskRecord) =>
    `- ${formatUkDate(t.dueDate)} (${whenDue(dayNumberOf(t.dueDate) - dayNumberOf(today))}): ${t.taskType}, ${t.la}, ${t.senco}`;
  const section = (title: string, list: TaskRecord[]) => (list.length === 0 ? [] : [`${title} (${list.length})`, ...list.map(line), '']);
  const body = [
    `EHCP tasks in "${spreadsheet.name}" on ${formatUkDate(today)}:`,
    '',
    ...section('Overdue', overdue),
    ...section('Due in the next 7 days', soon),
    `Open the tracker for the pupils and details: ${spreadsheet.url}`,
    '',
    'You asked SENCO Time for this e-mail. To stop it: Extensions → SENCO Time → Email me what is due… in the tracker.',
  ].join('\n');
  const parts = [overdue.length > 0 ? `${overdue.length} overdue` : '', soon.length > 0 ? `${soon.length} due in 7 days` : ''].filter(
    Boolean,
  );
  return { subject: `SENCO Time: ${parts.join(', ')}`, body, overdue: overdue.length, dueSoon: soon.length };
}
