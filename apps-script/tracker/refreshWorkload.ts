/// <reference types="google-apps-script" />
import { COL } from '../../shared/tracker/trackerLayout';
import { tasksFromRows, workloadTab } from '../../shared/tracker/workload';
import { isDate } from '../../shared/survey/cells';
import { resetTab } from '../ownedSheets';
import { renderTab } from '../renderTab';
import { ensureWorkloadTab, tasksTab } from './trackerTabs';

const DATE_COLUMNS = [COL['Clipped at'], COL['Due date'], COL['Done at']];

/** Rebuilds the Workload tab from the Tasks tab: one read, one tab written, whatever the number of tasks. */
export function refreshWorkload(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): boolean {
  const tasks = tasksTab(spreadsheet);
  if (!tasks) return false;
  const tz = spreadsheet.getSpreadsheetTimeZone() || 'Europe/London';
  // Date cells become ISO dates in the spreadsheet's own time zone, so a due date never slips by a day.
  const rows = tasks.getDataRange().getValues().map((row) =>
    row.map((cell, c) => (DATE_COLUMNS.includes(c) && isDate(cell) ? Utilities.formatDate(cell, tz, 'yyyy-MM-dd') : cell)),
  );
  const tab = workloadTab(tasksFromRows(rows), Utilities.formatDate(now, tz, 'yyyy-MM-dd'), Utilities.formatDate(now, tz, 'd MMMM yyyy, HH:mm'));
  const sheet = ensureWorkloadTab(spreadsheet);
  resetTab(sheet);
  renderTab(sheet, tab);
  return true;
}
