/// <reference types="google-apps-script" />
import type { Analysis } from '../shared/analysis/analysisSchema';
import type { AnalysisOptions } from '../shared/options/analysisOptions';
import { buildReport } from '../shared/report/buildReport';
import type { Report } from '../shared/report/report';
import { ownedTabs, REPORT_KEY } from './ownedSheets';
import { analyseSpreadsheet } from './report/analyseSpreadsheet';
import { writeReport } from './reportSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type RunResult = { ok: true; message: string; tabs: string[] } | { ok: false; message: string };

/** Google Sheets refuses any spreadsheet over 10 million cells. */
export const CELL_LIMIT = 10_000_000;

function cellsAfterWriting(spreadsheet: Spreadsheet, report: Report, replaced: ReadonlyMap<string, Sheet>): number {
  const owned = new Set([...replaced.values()].map((s) => s.getSheetId()));
  let cells = 0;
  for (const sheet of spreadsheet.getSheets()) {
    if (!owned.has(sheet.getSheetId())) cells += sheet.getMaxRows() * sheet.getMaxColumns();
  }
  // A new sheet starts at 1000 × 26 cells and grows to fit what is written.
  for (const tab of report.tabs) cells += Math.max(1000, tab.cells.length) * Math.max(26, tab.width);
  return cells;
}

/**
 * Reads the responses once, analyses them, and writes the report tabs; nothing is written unless the whole
 * analysis succeeded, fits in the spreadsheet and `refuse` (when given) finds nothing wrong with it.
 */
export function runAnalysis(
  spreadsheet: Spreadsheet,
  options: AnalysisOptions,
  now: Date,
  refuse?: (analysis: Analysis, sheetName: string) => string | null,
): RunResult {
  const done = analyseSpreadsheet(spreadsheet, options, now);
  if (!done.ok) return done;
  const { analysis, context, sheetName: name } = done;
  const refused = refuse?.(analysis, name);
  if (refused) return { ok: false, message: refused };
  const report = buildReport(analysis, context);
  // The report's own tabs are found once, for the size check and for rewriting them in place.
  const owned = ownedTabs(spreadsheet, REPORT_KEY);
  if (cellsAfterWriting(spreadsheet, report, owned) > CELL_LIMIT) {
    return {
      ok: false,
      message:
        'The report would take this spreadsheet past Google\u2019s limit of 10 million cells: delete unused tabs or analyse a CSV export with the command line.',
    };
  }
  const sheets = writeReport(spreadsheet, report, owned);
  // Each tab written became the active one; the toast sends the user to the first, so show it.
  spreadsheet.setActiveSheet(sheets[0]);
  const n = analysis.respondents;
  return {
    ok: true,
    message: `Analysed ${n} response${n === 1 ? '' : 's'} from "${name}": see the ${sheets[0].getName()} tab.`,
    tabs: sheets.map((s) => s.getName()),
  };
}
