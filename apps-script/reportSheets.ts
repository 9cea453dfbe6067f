/// <reference types="google-apps-script" />
import type { Report } from '../shared/report/report';
import { addOwnedTab, REPORT_KEY, resetTab } from './ownedSheets';
import { renderTab } from './renderTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes the report's tabs. A tab SENCO Time made before is emptied and rewritten in place (same position, same
 * id); a missing one is added at the end; one the report no longer has is removed. The user's own tabs,
 * responses included, are never touched.
 */
export function writeReport(spreadsheet: Spreadsheet, report: Report, owned: ReadonlyMap<string, Sheet>): Sheet[] {
  const sheets = report.tabs.map((tab) => {
    let sheet = owned.get(tab.name);
    if (sheet) resetTab(sheet);
    else sheet = addOwnedTab(spreadsheet, REPORT_KEY, tab.name);
    renderTab(sheet, tab);
    return sheet;
  });
  // A tab this report no longer has (Reliability, when the template is gone) would otherwise show stale figures.
  const wanted = new Set(report.tabs.map((t) => t.name));
  for (const [role, sheet] of owned) if (!wanted.has(role)) spreadsheet.deleteSheet(sheet);
  return sheets;
}
