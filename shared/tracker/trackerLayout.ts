import { TASK_TYPE_LABELS, TASK_TYPES, type TaskType } from '../tasks/taskTypes';

/** The Tasks tab's columns, in order. The tracker repairs a header that drifted from this. */
export const TASKS_HEADER = [
  'Clip ID',
  'Clipped at',
  'SENCO',
  'School',
  'LA',
  'Pupil (initials)',
  'Task type',
  'Title',
  'Details',
  'Source',
  'Due date',
  'Due basis',
  'Estimated minutes',
  'Status',
  'Done at',
  'Minutes spent',
] as const;

export type TasksColumn = (typeof TASKS_HEADER)[number];

/** 0-based index of a Tasks column. */
export const COL = Object.fromEntries(TASKS_HEADER.map((h, i) => [h, i])) as Record<TasksColumn, number>;

/**
 * Columns the tracker adds after the clip's: never written by a clip, filled in by the SENCO. "LA acted on" is
 * the day the local authority took the step a task's due date is the LA's limit for (a decision, a final plan).
 */
export const EXTRA_HEADER = ['LA acted on'] as const;
/**
 * Clip columns that arrived after the tracker's own: appended at the end, so that a tracker set up before them
 * gains them on its next set-up without any existing column moving (an upgrade, not a repair).
 */
export const LATER_CLIP_HEADER = ['LA contact'] as const;
/** The whole Tasks header: the clip's first columns, the tracker's own, then the clip's later ones. */
export const TRACKER_HEADER = [...TASKS_HEADER, ...EXTRA_HEADER, ...LATER_CLIP_HEADER] as const;
/** 0-based index of the "LA acted on" column. */
export const LA_ACTED_COL = TASKS_HEADER.length;
/** 0-based index of the "LA contact" column: the LA officer's work e-mail and phone the clip kept. */
export const LA_CONTACT_COL = TRACKER_HEADER.indexOf('LA contact');

export const STATUSES = ['Open', 'In progress', 'Waiting for the LA', 'Done'] as const;
export const DONE = 'Done';

/** Starting estimates, editable in the Settings tab: a SENCO's typical minutes per task of each type. */
export const DEFAULT_MINUTES: Record<TaskType, number> = {
  'needs-assessment-request': 240,
  advice: 180,
  'draft-plan-response': 120,
  'consultation-response': 90,
  'annual-review': 300,
  'phase-transfer': 240,
  'amendment-response': 60,
  'tribunal-mediation': 360,
  'funding-claim': 120,
  other: 60,
};

/** The task type whose label (as shown in the Tasks dropdown) is `label`, or undefined. */
export function taskTypeOfLabel(label: string): TaskType | undefined {
  return TASK_TYPES.find((t) => TASK_TYPE_LABELS[t] === label.trim());
}

/** The Settings tab: one row per task type with its default minutes. */
export function settingsRows(minutes: Record<TaskType, number> = DEFAULT_MINUTES): (string | number)[][] {
  return [['Task type', 'Default estimated minutes'], ...TASK_TYPES.map((t) => [TASK_TYPE_LABELS[t], minutes[t]])];
}

/** Default minutes read back from the Settings tab's values; unreadable or missing rows keep the built-in default. */
export function readSettings(values: readonly (readonly unknown[])[]): Record<TaskType, number> {
  const out = { ...DEFAULT_MINUTES };
  for (const row of values.slice(1)) {
    const type = taskTypeOfLabel(String(row[0] ?? ''));
    const minutes = Number(row[1]);
    if (type && Number.isFinite(minutes) && minutes >= 0 && minutes <= 10_000) out[type] = Math.round(minutes);
  }
  return out;
}
