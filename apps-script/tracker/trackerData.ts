/// <reference types="google-apps-script" />
import { isDate } from '../../shared/survey/cells';
import { type TaskRecord, tasksFromRows } from '../../shared/tracker/taskRecords';
import { TRACKER_HEADER } from '../../shared/tracker/trackerLayout';

/** Any column of the Tasks tab, the tracker's own and the later clip columns included. */
type TrackerColumn = (typeof TRACKER_HEADER)[number];

import { readTrackerSettings, type TrackerSettings } from '../../shared/tracker/trackerSettings';
import { SETTINGS, TASKS, trackerTabs } from './trackerTabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the tracker's figures are made from: every task and the settings, read in one call per tab. */
export interface TrackerData {
  tasks: TaskRecord[];
  settings: TrackerSettings;
  /** The spreadsheet's time zone, in which dates are days. */
  timeZone: string;
  /** Today in that time zone, YYYY-MM-DD. */
  today: string;
  tabs: Map<string, GoogleAppsScript.Spreadsheet.Sheet>;
}

/**
 * Date cells as YYYY-MM-DD days in the spreadsheet's own time zone, so that no date slips by a day. The V8
 * runtime's Intl does the conversion: Utilities.formatDate per cell would be one service call per date, and a
 * refresh must cost the same for 20,000 tasks as for 1,000. Only a zone Intl does not know falls back to it.
 */
function withIsoDays(values: unknown[][], timeZone: string): unknown[][] {
  let format: (d: Date) => string;
  try {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    format = (d) => {
      const parts = Object.fromEntries(intl.formatToParts(d).map((p) => [p.type, p.value]));
      return `${parts.year}-${parts.month}-${parts.day}`;
    };
  } catch {
    format = (d) => Utilities.formatDate(d, timeZone, 'yyyy-MM-dd');
  }
  return values.map((row) => row.map((cell) => (isDate(cell) ? format(cell) : cell)));
}

/**
 * The Tasks tab's rows (header first) with the `skip` columns left blank and never read: one read per run of
 * wanted columns side by side, so a reader that needs neither the details nor the page address (the longest
 * cells) does not fetch them. With nothing to skip, the whole data range in one read (the user's own columns
 * after the tracker's included).
 */
function taskRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, skip: readonly TrackerColumn[]): unknown[][] {
  if (skip.length === 0) return sheet.getDataRange().getValues();
  const last = sheet.getLastRow();
  if (last < 1) return [];
  const rows: unknown[][] = Array.from({ length: last }, () => new Array<unknown>(TRACKER_HEADER.length).fill(''));
  const wanted = TRACKER_HEADER.map((h) => !(skip as readonly string[]).includes(h));
  for (let start = 0; start < wanted.length; start++) {
    if (!wanted[start]) continue;
    let end = start;
    while (end + 1 < wanted.length && wanted[end + 1]) end++;
    const block = sheet.getRange(1, start + 1, last, end - start + 1).getValues();
    for (let r = 0; r < last; r++) for (let c = 0; c <= end - start; c++) rows[r][start + c] = block[r][c];
    start = end;
  }
  return rows;
}

/**
 * The tracker's tasks and settings, or null when this spreadsheet has no Tasks tab. `skip` names Tasks columns
 * the caller has no use for: they are not read, and their fields are blank.
 */
export function readTracker(spreadsheet: Spreadsheet, now: Date, options: { skip?: readonly TrackerColumn[] } = {}): TrackerData | null {
  const tabs = trackerTabs(spreadsheet);
  const tasks = tabs.get(TASKS);
  if (!tasks) return null;
  const timeZone = spreadsheet.getSpreadsheetTimeZone() || 'Europe/London';
  const settings = tabs.get(SETTINGS);
  return {
    tasks: tasksFromRows(withIsoDays(taskRows(tasks, options.skip ?? []), timeZone)),
    settings: readTrackerSettings(settings ? withIsoDays(settings.getDataRange().getValues(), timeZone) : []),
    timeZone,
    today: Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'),
    tabs,
  };
}

/** The one sentence every tracker menu item answers with when there is no tracker here. */
export const NO_TRACKER =
  'There is no workload tracker in this spreadsheet yet: choose Extensions → SENCO Time → Set up workload tracker first.';
