import type { IsoDate } from '../dates/isoDate';
import { COL, DONE, LA_ACTED_COL } from './trackerLayout';
import { dayOf } from './trackerSettings';

/** One task as the Workload tab, the export and the digest need it; the edge has turned date cells into ISO days. */
export interface TaskRecord {
  clippedOn: IsoDate | '';
  senco: string;
  school: string;
  la: string;
  taskType: string;
  title: string;
  pupil: string;
  dueDate: IsoDate | '';
  dueBasis: string;
  /** Minutes spent where recorded, else the estimate. */
  minutes: number;
  status: string;
  doneOn: IsoDate | '';
  laActedOn: IsoDate | '';
}

const blank = (c: unknown) => c === '' || c === null || c === undefined;

/** Tasks rows (header first, date cells as ISO text) → records; wholly blank rows are skipped. */
export function tasksFromRows(rows: readonly (readonly unknown[])[]): TaskRecord[] {
  return rows.slice(1).flatMap((r) => {
    if (r.every(blank)) return [];
    const cell = (name: keyof typeof COL) => String(r[COL[name]] ?? '').trim();
    const spent = Number(r[COL['Minutes spent']]);
    const estimate = Number(r[COL['Estimated minutes']]);
    const minutes = !blank(r[COL['Minutes spent']]) && Number.isFinite(spent) ? spent : Number.isFinite(estimate) ? estimate : 0;
    return [
      {
        clippedOn: dayOf(r[COL['Clipped at']]),
        senco: cell('SENCO') || '(no name)',
        school: cell('School') || '(no school)',
        la: cell('LA') || '(no LA)',
        taskType: cell('Task type') || 'Other',
        title: cell('Title'),
        pupil: cell('Pupil (initials)'),
        dueDate: dayOf(r[COL['Due date']]),
        dueBasis: cell('Due basis'),
        minutes: Math.max(0, minutes),
        status: cell('Status') || 'Open',
        doneOn: dayOf(r[COL['Done at']]),
        laActedOn: dayOf(r[LA_ACTED_COL]),
      },
    ];
  });
}

export const isDone = (t: TaskRecord) => t.status === DONE;

/** The day a task's time is counted on: the day it was done, else (while open) the day it was clipped. */
export function workDay(t: TaskRecord): IsoDate | '' {
  return isDone(t) && t.doneOn !== '' ? t.doneOn : t.clippedOn;
}
