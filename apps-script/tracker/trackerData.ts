/// <reference types="google-apps-script" />
import { isDate } from '../../shared/survey/cells';
import { type TaskRecord, tasksFromRows } from '../../shared/tracker/taskRecords';
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

/** The tracker's tasks and settings, or null when this spreadsheet has no Tasks tab. */
export function readTracker(spreadsheet: Spreadsheet, now: Date): TrackerData | null {
  const tabs = trackerTabs(spreadsheet);
  const tasks = tabs.get(TASKS);
  if (!tasks) return null;
  const timeZone = spreadsheet.getSpreadsheetTimeZone() || 'Europe/London';
  const settings = tabs.get(SETTINGS);
  return {
    tasks: tasksFromRows(withIsoDays(tasks.getDataRange().getValues(), timeZone)),
    settings: readTrackerSettings(settings ? withIsoDays(settings.getDataRange().getValues(), timeZone) : []),
    timeZone,
    today: Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'),
    tabs,
  };
}

/** The one sentence every tracker menu item answers with when there is no tracker here. */
export const NO_TRACKER =
  'There is no workload tracker in this spreadsheet yet: choose Extensions → SENCO Time → Set up workload tracker first.';
