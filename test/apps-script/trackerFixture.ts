// A tracker with 12 weeks of clipped tasks from two SENCOs and three LAs, small enough to count by hand.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TRACKER_HEADER } from '../../shared/tracker/trackerLayout';
import { type App, createEmulator, type Emulator, loadBundle } from '../emulator';

export const CODE = 'dist/apps-script/Code.js';
export function ensureBundle(): void {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
}

/** "Now" in every test: Monday 30 November 2026, 10:00 in London (GMT). */
export const NOW = new Date('2026-11-30T10:00:00Z');

type Column = (typeof TRACKER_HEADER)[number];
export type TaskSeed = Partial<Record<Column, string | number | Date>>;

/** A day at noon UTC: the same calendar day in London whatever the season. */
export const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export const KHAN = 'Ms A. Khan';
export const JONES = 'Mr B. Jones';
const LAS = ['Anyshire', 'Bshire', 'Cshire'];
/** Mondays of the 12 weeks, 7 September to 23 November 2026 (26 October is half term). */
export const MONDAYS = Array.from({ length: 12 }, (_, w) => addDays('2026-09-07', 7 * w));
/** Weeks whose annual review was done a day after its due date. */
export const LATE_WEEKS = [1, 5, 7];

const ASSESSMENT_DECISION = (from: string) =>
  `The local authority must say whether it will carry out an EHC needs assessment within 6 weeks of receiving the request on ${from} (SEND Regulations 2014, reg 5(1)).`;
const FINAL_PLAN = (from: string) =>
  `The final EHC plan must be issued within 20 weeks of the assessment request on ${from} (SEND Regulations 2014, reg 13(2)).`;

/**
 * Every week: Ms Khan's annual review (LA by turn Anyshire, Bshire, Cshire; 120 min estimated, 150 spent; done
 * on Wednesday, due Thursday, or Tuesday in LATE_WEEKS) and Mr Jones's advice for Bshire (90 min estimated,
 * nothing typed as spent; done Thursday, due Friday). Then four LA steps and three open tasks of the school.
 */
export function fixtureTasks(): TaskSeed[] {
  const tasks: TaskSeed[] = [];
  MONDAYS.forEach((monday, w) => {
    const wednesday = addDays(monday, 2);
    tasks.push({
      SENCO: KHAN,
      LA: LAS[w % 3],
      'Task type': 'Annual review',
      'Clipped at': day(monday),
      'Due date': day(addDays(monday, LATE_WEEKS.includes(w) ? 1 : 3)),
      'Estimated minutes': 120,
      Status: 'Done',
      'Done at': day(wednesday),
      'Minutes spent': 150,
      Title: `Annual review advice, week ${w + 1}`,
      'Pupil (initials)': `K.${String.fromCharCode(65 + w)}.`,
    });
    tasks.push({
      SENCO: JONES,
      LA: 'Bshire',
      'Task type': 'Advice contribution',
      'Clipped at': day(monday),
      'Due date': day(addDays(monday, 4)),
      'Estimated minutes': 90,
      Status: 'Done',
      'Done at': day(addDays(monday, 3)),
      Title: `EP advice, week ${w + 1}`,
      'Pupil (initials)': `J.${String.fromCharCode(65 + w)}.`,
    });
  });
  // LA steps (30 min each of the SENCO's time): Anyshire decided in time; Bshire's final plan came a week late;
  // Cshire has not decided and its limit has passed; Anyshire's final plan is not due until December.
  tasks.push({
    SENCO: KHAN,
    LA: 'Anyshire',
    'Task type': 'Needs assessment request',
    'Clipped at': day('2026-09-21'),
    'Due date': day('2026-11-02'),
    'Due basis': ASSESSMENT_DECISION('21/09/2026'),
    'Estimated minutes': 30,
    Status: 'Done',
    'Done at': day('2026-10-30'),
    'LA acted on': day('2026-10-30'),
    Title: 'Request for P.Q.',
  });
  tasks.push({
    SENCO: JONES,
    LA: 'Bshire',
    'Task type': 'Needs assessment request',
    'Clipped at': day('2026-09-14'),
    'Due date': day('2026-11-13'),
    'Due basis': FINAL_PLAN('26/06/2026'),
    'Estimated minutes': 30,
    Status: 'Done',
    'Done at': day('2026-11-20'),
    'LA acted on': day('2026-11-20'),
    Title: 'Final plan for R.S.',
  });
  tasks.push({
    SENCO: KHAN,
    LA: 'Cshire',
    'Task type': 'Needs assessment request',
    'Clipped at': day('2026-10-05'),
    'Due date': day('2026-11-16'),
    'Due basis': ASSESSMENT_DECISION('05/10/2026'),
    'Estimated minutes': 30,
    Status: 'Waiting for the LA',
    Title: 'Request for T.U.',
  });
  tasks.push({
    SENCO: JONES,
    LA: 'Anyshire',
    'Task type': 'Needs assessment request',
    'Clipped at': day('2026-11-02'),
    'Due date': day('2026-12-10'),
    'Due basis': FINAL_PLAN('23/07/2026'),
    'Estimated minutes': 30,
    Status: 'Waiting for the LA',
    Title: 'Final plan for V.W.',
  });
  // The school's open tasks.
  tasks.push({
    SENCO: KHAN,
    LA: 'Cshire',
    'Task type': 'Draft plan response',
    'Clipped at': day('2026-11-23'),
    'Due date': day('2026-11-27'),
    'Estimated minutes': 120,
    Status: 'Open',
    Title: 'Draft plan comments for X.Y.',
    'Pupil (initials)': 'X.Y.',
  });
  tasks.push({
    SENCO: JONES,
    LA: 'Anyshire',
    'Task type': 'Consultation response (naming a school)',
    'Clipped at': day('2026-11-30'),
    'Due date': day('2026-12-04'),
    'Estimated minutes': 60,
    Status: 'In progress',
    Title: 'Consultation for Z.A.',
  });
  tasks.push({
    SENCO: KHAN,
    LA: 'Anyshire',
    'Task type': 'Other',
    'Clipped at': day('2026-11-30'),
    'Due date': day('2026-12-20'),
    'Estimated minutes': 30,
    Status: 'Open',
    Title: 'Transport form',
  });
  return tasks.map((t, i) => ({ 'Clip ID': `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, School: 'Oak Primary', ...t }));
}

/** A set-up tracker (menu, Set up workload tracker) holding `tasks`, with protected hours per SENCO. */
export function trackerWith(
  tasks: TaskSeed[],
  protectedHours: Record<string, number | ''> = { [KHAN]: 5, [JONES]: 3 },
): { emulator: Emulator; app: App } {
  const emulator = createEmulator({
    clock: NOW,
    spreadsheet: { name: 'Oak Primary SENCO workload', sheets: [{ name: 'Sheet1', values: [[]] }] },
  });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  app.clickMenuItem('Set up workload tracker');
  const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
  if (tasks.length + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), tasks.length + 1 - sheet.getMaxRows());
  if (tasks.length > 0)
    sheet.getRange(2, 1, tasks.length, TRACKER_HEADER.length).setValues(tasks.map((t) => TRACKER_HEADER.map((h) => t[h] ?? '')));
  const settings = emulator.spreadsheet.getSheetByName('Settings')!;
  const values = settings.getDataRange().getValues();
  const at = values.findIndex((r) => r[0] === 'Any other SENCO');
  const rows = Object.entries(protectedHours).map(([name, hours]) => [name, hours]);
  settings.insertRowsAfter(at + 1, rows.length);
  settings.getRange(at + 2, 1, rows.length, 2).setValues(rows);
  return { emulator, app };
}

/** The Workload tab's values, and the rows of the table under a heading (header row first). */
export function workload(emulator: Emulator) {
  const sheet = emulator.spreadsheet.getSheetByName('Workload')!;
  const values = sheet.getDataRange().getValues();
  const shown = sheet.getDataRange().getDisplayValues();
  const table = (heading: string) => {
    const at = values.findIndex((r) => String(r[0]).startsWith(heading));
    if (at < 0) throw new Error(`No "${heading}" on the Workload tab`);
    let head = at + 1;
    while (values[head].every((c) => c === '')) head++;
    const rows: unknown[][] = [];
    for (let r = head; r < values.length && values[r].some((c) => c !== ''); r++) rows.push(values[r]);
    const header = rows[0].map(String);
    const cell = (row: unknown[], column: string) => row[header.indexOf(column)];
    return { header, rows: rows.slice(1), cell, firstRow: head };
  };
  return { sheet, values, shown, table };
}
