/// <reference types="google-apps-script" />
import { TASK_TYPE_LABELS, TASK_TYPES } from '../../shared/tasks/taskTypes';
import { HIGHLIGHT_COLUMNS, TASK_HIGHLIGHTS } from '../../shared/tracker/taskHighlights';
import { COL, LA_ACTED_COL, STATUSES, TASKS_HEADER, TRACKER_HEADER } from '../../shared/tracker/trackerLayout';
import { protectedRows, settingsTabRows, TYPICAL_TERMS, termRows } from '../../shared/tracker/trackerSettings';
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
  ensureTaskColumns(sheet, TRACKER_HEADER.length);
  const header = sheet.getRange(1, 1, 1, TRACKER_HEADER.length);
  const current = header.getValues()[0].map(String);
  // The tracker's own columns arriving on an older tracker is an upgrade, not a repair.
  const repaired = existing !== null && current.slice(0, TASKS_HEADER.length).some((h, i) => h !== TASKS_HEADER[i]);
  header.setValues([[...TRACKER_HEADER]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  applyColumnRules(sheet, 2, Math.max(1, sheet.getMaxRows() - 1));
  [260, 130, 120, 140, 120, 80, 170, 260, 320, 200, 90, 280, 90, 130, 90, 90, 100, 260].forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  return { sheet, created: existing === null, repaired };
}

/** Date formats and dropdowns for `rows` task rows from `firstRow`: at setup, and on rows added as the tab grows. */
function applyColumnRules(sheet: Sheet, firstRow: number, rows: number): void {
  const column = (name: keyof typeof COL) => sheet.getRange(firstRow, COL[name] + 1, rows, 1);
  column('Clipped at').setNumberFormat('dd/mm/yyyy hh:mm');
  column('Due date').setNumberFormat('dd/mm/yyyy');
  column('Done at').setNumberFormat('dd/mm/yyyy');
  sheet.getRange(firstRow, LA_ACTED_COL + 1, rows, 1).setNumberFormat('dd/mm/yyyy');
  const list = (values: readonly string[]) =>
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...values], true)
      .setAllowInvalid(true)
      .build();
  column('Task type').setDataValidation(list(TASK_TYPES.map((t) => TASK_TYPE_LABELS[t])));
  column('Status').setDataValidation(list(STATUSES));
  applyHighlights(sheet);
}

/**
 * The overdue and due-soon colours over every task row (replacing only SENCO Time's own two rules, so that a
 * school's own rules stay): applied at setup and again whenever rows are added, so that they cover them too.
 */
function applyHighlights(sheet: Sheet): void {
  const ours = new Set<string>(TASK_HIGHLIGHTS.map((h) => h.formula));
  const kept = sheet.getConditionalFormatRules().filter((r) => !ours.has(String(r.getBooleanCondition()?.getCriteriaValues()[0] ?? '')));
  const rows = sheet.getRange(2, 1, Math.max(1, sheet.getMaxRows() - 1), HIGHLIGHT_COLUMNS);
  const rules = TASK_HIGHLIGHTS.map((h) =>
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(h.formula).setBackground(h.background).setRanges([rows]).build(),
  );
  sheet.setConditionalFormatRules([...rules, ...kept]);
}

/** Rows added at a time when the Tasks tab is full: a few calls per thousand clips, not per clip. */
const GROW_BY = 1000;

/** Makes sure row `row` exists on the Tasks tab, adding rows (with their formats and dropdowns) when it is full. */
/**
 * At least `columns` columns: a tab whose empty columns were deleted by hand would otherwise refuse every clip's
 * row ("The coordinates of the range are outside the dimensions of the sheet.").
 */
export function ensureTaskColumns(sheet: Sheet, columns: number): void {
  const max = sheet.getMaxColumns();
  if (max < columns) sheet.insertColumnsAfter(max, columns - max);
}

export function ensureTaskRow(sheet: Sheet, row: number): void {
  const max = sheet.getMaxRows();
  if (row <= max) return;
  const add = Math.max(GROW_BY, row - max);
  sheet.insertRowsAfter(max, add);
  applyColumnRules(sheet, max + 1, add);
}

/**
 * Creates the Settings tab (minutes per task type, protected hours per SENCO, term dates). An existing one is
 * left as the user edited it; a section an older tracker lacks is added below what is there.
 */
export function ensureSettingsTab(spreadsheet: Spreadsheet): Sheet {
  const existing = trackerTabs(spreadsheet).get(SETTINGS);
  if (existing) {
    addMissingSections(existing);
    return existing;
  }
  const sheet = addOwnedTab(spreadsheet, TRACKER_KEY, SETTINGS);
  const rows = settingsTabRows();
  sheet.getRange(rows.length - TYPICAL_TERMS.length + 1, 2, TYPICAL_TERMS.length, 4).setNumberFormat('dd/mm/yyyy');
  sheet.getRange(1, 1, rows.length, 5).setValues(rows);
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
  sheet.setColumnWidth(1, 300);
  [180, 120, 120, 120].forEach((w, i) => sheet.setColumnWidth(i + 2, w));
  sheet.setFrozenRows(1);
  return sheet;
}

function addMissingSections(sheet: Sheet): void {
  const last = sheet.getLastRow();
  const firstColumn = sheet
    .getRange(1, 1, Math.max(1, last), 1)
    .getValues()
    .map((r) => String(r[0]));
  const rows: (string | number)[][] = [];
  if (!firstColumn.some((c) => c.startsWith('Protected SENCO time'))) rows.push(...protectedRows());
  const hasTerms = firstColumn.some((c) => c.startsWith('Term dates'));
  if (!hasTerms) rows.push(...termRows());
  if (rows.length === 0) return;
  const padded = rows.map((r) => [...r, ...new Array<string>(5 - r.length).fill('')]);
  if (!hasTerms) sheet.getRange(last + rows.length - TYPICAL_TERMS.length + 1, 2, TYPICAL_TERMS.length, 4).setNumberFormat('dd/mm/yyyy');
  sheet.getRange(last + 1, 1, rows.length, 5).setValues(padded);
}

/** The Workload tab, created empty when missing. */
export function ensureWorkloadTab(spreadsheet: Spreadsheet): Sheet {
  return trackerTabs(spreadsheet).get(WORKLOAD) ?? addOwnedTab(spreadsheet, TRACKER_KEY, WORKLOAD);
}
