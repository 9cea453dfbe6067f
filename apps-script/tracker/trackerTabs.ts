/// <reference types="google-apps-script" />
import { TASK_TYPE_LABELS, TASK_TYPES } from '../../shared/tasks/taskTypes';
import { COL, settingsRows, STATUSES, TASKS_HEADER } from '../../shared/tracker/trackerLayout';
import { addOwnedTab, ownedTabs, TRACKER_KEY } from '../ownedSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TASKS = 'Tasks';
export const WORKLOAD = 'Workload';
export const SETTINGS = 'Settings';

/** The tracker's tabs that exist, by role. */
export function trackerTabs(spreadsheet: Spreadsheet): Map<string, Sheet> {
  return ownedTabs(spreadsheet, TRACKER_KEY);
}

/** The Tasks tab, or null when the tracker has not been set up in this spreadsheet. */
export function tasksTab(spreadsheet: Spreadsheet): Sheet | null {
  return trackerTabs(spreadsheet).get(TASKS) ?? null;
}

/**
 * Creates the Tasks tab, or repairs it: the header row rewritten as it should be, dropdowns for Task type and
 * Status, date formats on the date columns. Rows of tasks are never touched.
 */
export function ensureTasksTab(spreadsheet: Spreadsheet): { sheet: Sheet; created: boolean; repaired: boolean } {
  const existing = tasksTab(spreadsheet);
  const sheet = existing ?? addOwnedTab(spreadsheet, TRACKER_KEY, TASKS);
  const header = sheet.getRange(1, 1, 1, TASKS_HEADER.length);
  const current = header.getValues()[0].map(String);
  const repaired = existing !== null && current.some((h, i) => h !== TASKS_HEADER[i]);
  header.setValues([[...TASKS_HEADER]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  applyColumnRules(sheet, 2, Math.max(1, sheet.getMaxRows() - 1));
  [260, 130, 120, 140, 120, 80, 170, 260, 320, 200, 90, 280, 90, 110, 90, 90].forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  return { sheet, created: existing === null, repaired };
}

/** Date formats and dropdowns for `rows` task rows from `firstRow`: at setup, and on rows added as the tab grows. */
function applyColumnRules(sheet: Sheet, firstRow: number, rows: number): void {
  const column = (name: keyof typeof COL) => sheet.getRange(firstRow, COL[name] + 1, rows, 1);
  column('Clipped at').setNumberFormat('dd/mm/yyyy hh:mm');
  column('Due date').setNumberFormat('dd/mm/yyyy');
  column('Done at').setNumberFormat('dd/mm/yyyy');
  const list = (values: readonly string[]) => SpreadsheetApp.newDataValidation().requireValueInList([...values], true).setAllowInvalid(true).build();
  column('Task type').setDataValidation(list(TASK_TYPES.map((t) => TASK_TYPE_LABELS[t])));
  column('Status').setDataValidation(list(STATUSES));
}

/** Rows added at a time when the Tasks tab is full: a few calls per thousand clips, not per clip. */
const GROW_BY = 1000;

/** Makes sure row `row` exists on the Tasks tab, adding rows (with their formats and dropdowns) when it is full. */
export function ensureTaskRow(sheet: Sheet, row: number): void {
  const max = sheet.getMaxRows();
  if (row <= max) return;
  const add = Math.max(GROW_BY, row - max);
  sheet.insertRowsAfter(max, add);
  applyColumnRules(sheet, max + 1, add);
}

/** Creates the Settings tab with the default minutes per task type; an existing one is left as the user edited it. */
export function ensureSettingsTab(spreadsheet: Spreadsheet): Sheet {
  const existing = trackerTabs(spreadsheet).get(SETTINGS);
  if (existing) return existing;
  const sheet = addOwnedTab(spreadsheet, TRACKER_KEY, SETTINGS);
  const rows = settingsRows();
  sheet.getRange(1, 1, rows.length, 2).setValues(rows);
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
  sheet.setColumnWidth(1, 300);
  sheet.setColumnWidth(2, 180);
  sheet.setFrozenRows(1);
  return sheet;
}

/** The Workload tab, created empty when missing. */
export function ensureWorkloadTab(spreadsheet: Spreadsheet): Sheet {
  return trackerTabs(spreadsheet).get(WORKLOAD) ?? addOwnedTab(spreadsheet, TRACKER_KEY, WORKLOAD);
}
