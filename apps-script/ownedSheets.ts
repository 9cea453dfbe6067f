/// <reference types="google-apps-script" />
// Tabs SENCO Time made carry developer metadata (key → role), so that it finds them again by what they are,
// never by a name the user may have taken or changed.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The analysis report's tabs. */
export const REPORT_KEY = 'senco-time.report-tab';
/** The workload tracker's tabs (Tasks, Workload, Settings). */
export const TRACKER_KEY = 'senco-time.tracker-tab';
/** The hidden tab recording which template each response tab came from. */
export const REGISTRY_KEY = 'senco-time.templates';
const KEYS = [REPORT_KEY, TRACKER_KEY, REGISTRY_KEY];

/** The role of a tab SENCO Time made under `key` (any key when omitted), or null for the user's own tabs. */
export function ownedRole(sheet: Sheet, key?: string): string | null {
  const found = sheet.getDeveloperMetadata().find((m) => (key ? m.getKey() === key : KEYS.includes(m.getKey())));
  return found ? found.getValue() : null;
}

/** Every tab SENCO Time made under `key`, by role. */
export function ownedTabs(spreadsheet: Spreadsheet, key: string): Map<string, Sheet> {
  const out = new Map<string, Sheet>();
  for (const sheet of spreadsheet.getSheets()) {
    const role = ownedRole(sheet, key);
    if (role && !out.has(role)) out.set(role, sheet);
  }
  return out;
}

/** A name for a new tab: the role itself, or "Role (SENCO Time)", "Role (SENCO Time 2)"… when the user has that name. */
function freeName(spreadsheet: Spreadsheet, role: string): string {
  if (!spreadsheet.getSheetByName(role)) return role;
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${role} (SENCO Time)` : `${role} (SENCO Time ${i})`;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
}

/** Adds a tab at the end, named after its role unless the user has that name, and marks it as SENCO Time's. */
export function addOwnedTab(spreadsheet: Spreadsheet, key: string, role: string): Sheet {
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet, role), spreadsheet.getSheets().length);
  sheet.addDeveloperMetadata(key, role);
  return sheet;
}

/** Empties a tab SENCO Time made: values, formats, charts, colour scales and frozen panes. */
export function resetTab(sheet: Sheet): void {
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.setConditionalFormatRules([]);
  sheet.setFrozenRows(0);
  sheet.setFrozenColumns(0);
}
