/// <reference types="google-apps-script" />
import type { Report } from '../shared/report/report';
import { renderTab } from './renderTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key marking a tab as made by SENCO Time; its value is the tab's role ("Summary"…). */
export const OWNED_TAB_KEY = 'senco-time.report-tab';

/** The role of a tab SENCO Time made, or null for the user's own tabs. */
export function ownedRole(sheet: Sheet): string | null {
  const found = sheet.getDeveloperMetadata().find((m) => m.getKey() === OWNED_TAB_KEY);
  return found ? found.getValue() : null;
}

/** Every tab SENCO Time made, by role. */
export function ownedTabs(spreadsheet: Spreadsheet): Map<string, Sheet> {
  const out = new Map<string, Sheet>();
  for (const sheet of spreadsheet.getSheets()) {
    const role = ownedRole(sheet);
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

/**
 * Writes the report's tabs. A tab SENCO Time made before is cleared and rewritten in place (same position, same
 * id); a missing one is added at the end. The user's own tabs, responses included, are never touched.
 */
export function writeReport(spreadsheet: Spreadsheet, report: Report): Sheet[] {
  const owned = ownedTabs(spreadsheet);
  return report.tabs.map((tab) => {
    let sheet = owned.get(tab.name);
    if (sheet) {
      sheet.clear();
      for (const chart of sheet.getCharts()) sheet.removeChart(chart);
      sheet.setConditionalFormatRules([]);
      sheet.setFrozenRows(0);
      sheet.setFrozenColumns(0);
    } else {
      sheet = spreadsheet.insertSheet(freeName(spreadsheet, tab.name), spreadsheet.getSheets().length);
      sheet.addDeveloperMetadata(OWNED_TAB_KEY, tab.name);
    }
    renderTab(sheet, tab);
    return sheet;
  });
}
