/// <reference types="google-apps-script" />
// Tidy old tasks…: Done tasks finished more than N months ago leave the Tasks tab, either to a hidden Archive tab
// or for good. The SENCO chooses N and sees the count before anything changes. The Tasks tab is read once and
// written once, under the script lock that clips also take, so a clip arriving meanwhile waits (and the extension
// sends it again) rather than landing in rows being rewritten.
import { COL, TRACKER_HEADER } from '../../shared/tracker/trackerLayout';
import { addOwnedTab, TRACKER_KEY } from '../ownedSheets';
import { forgetIndex } from './clipIndex';
import { ensureTaskColumns, tasksTab, trackerTabs } from './trackerTabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

const TITLE = 'Tidy old tasks';
export const ARCHIVE = 'Archive';
const DEFAULT_MONTHS = 12;
const LOCK_WAIT_MS = 10_000;

/** Months typed into the prompt: blank means the default; otherwise a whole number from 1 to 120, or null. */
export function readMonths(text: string): number | null {
  const t = text.trim();
  if (t === '') return DEFAULT_MONTHS;
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 120 ? n : null;
}

/** The day `months` calendar months before `now` (the 31st clamps to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getFullYear(), now.getMonth() - months, 1, now.getHours(), now.getMinutes());
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
  d.setDate(Math.min(now.getDate(), last));
  return d;
}

const isDate = (v: unknown): v is Date => v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';

/** When a Done row was finished: its Done at, else when it was clipped; null when neither is a date. */
function finishedAt(row: readonly unknown[]): Date | null {
  const done = row[COL['Done at']];
  if (isDate(done)) return done;
  const clipped = row[COL['Clipped at']];
  return isDate(clipped) ? clipped : null;
}

/** Splits task rows into those that stay and the Done ones finished before `cutoff`. */
export function splitOld(rows: readonly unknown[][], cutoff: Date): { keep: unknown[][]; old: unknown[][] } {
  const keep: unknown[][] = [];
  const old: unknown[][] = [];
  for (const row of rows) {
    const when = String(row[COL.Status] ?? '').trim() === 'Done' ? finishedAt(row) : null;
    (when !== null && when.getTime() < cutoff.getTime() ? old : keep).push(row);
  }
  return { keep, old };
}

/** Menu: Tidy old tasks…; returns what it told the SENCO. */
export function tidyOldTasks(spreadsheet: Spreadsheet, ui: Ui, now: Date): string {
  const say = (message: string) => {
    ui.alert(TITLE, message, ui.ButtonSet.OK);
    return message;
  };
  const sheet = tasksTab(spreadsheet);
  if (!sheet) return say('There is no tracker here yet: choose Set up workload tracker first.');
  const answer = ui.prompt(
    TITLE,
    `Tidy Done tasks finished more than how many months ago? (Leave blank for ${DEFAULT_MONTHS}.)`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return 'Cancelled.';
  const months = readMonths(answer.getResponseText());
  if (months === null) return say('Type a whole number of months from 1 to 120, for example 12: nothing was changed.');
  const cutoff = monthsBefore(now, months);
  const shown = Utilities.formatDate(cutoff, spreadsheet.getSpreadsheetTimeZone(), 'dd/MM/yyyy');

  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return say('The tracker is busy saving clips: try again in a minute. Nothing was changed.');
  try {
    const last = sheet.getLastRow();
    ensureTaskColumns(sheet, TRACKER_HEADER.length);
    const rows = last > 1 ? sheet.getRange(2, 1, last - 1, TRACKER_HEADER.length).getValues() : [];
    const { keep, old } = splitOld(rows, cutoff);
    if (old.length === 0) return say(`No Done tasks were finished before ${shown}: nothing to tidy.`);
    const tasks = old.length === 1 ? '1 Done task' : `${old.length} Done tasks`;
    const choice = ui.alert(
      TITLE,
      `${tasks} finished before ${shown}.\n\nYes: move them to the hidden ${ARCHIVE} tab.\nNo: delete them for good.\nCancel: change nothing.`,
      ui.ButtonSet.YES_NO_CANCEL,
    );
    if (choice !== ui.Button.YES && choice !== ui.Button.NO) return 'Cancelled.';
    if (choice === ui.Button.YES) archive(spreadsheet, old);
    const blank = old.map(() => TRACKER_HEADER.map(() => ''));
    sheet.getRange(2, 1, rows.length, TRACKER_HEADER.length).setValues([...keep, ...blank]);
    // Every kept task has moved up: the clip index starts again at the next refresh.
    forgetIndex();
    const message = choice === ui.Button.YES ? `${tasks} moved to the hidden ${ARCHIVE} tab.` : `${tasks} deleted.`;
    spreadsheet.toast(message, 'SENCO Time', 10);
    return message;
  } finally {
    lock.releaseLock();
  }
}

/** Appends rows to the hidden Archive tab (made, with its header, in the same write the first time). */
function archive(spreadsheet: Spreadsheet, rows: unknown[][]): void {
  let sheet = trackerTabs(spreadsheet).get(ARCHIVE);
  const fresh = !sheet;
  if (!sheet) sheet = addOwnedTab(spreadsheet, TRACKER_KEY, ARCHIVE);
  const values = fresh ? [[...TRACKER_HEADER], ...rows] : rows;
  const first = fresh ? 1 : sheet.getLastRow() + 1;
  sheet.getRange(first, 1, values.length, TRACKER_HEADER.length).setValues(values);
  if (fresh) sheet.getRange(1, 1, 1, TRACKER_HEADER.length).setFontWeight('bold');
  sheet.hideSheet();
}
