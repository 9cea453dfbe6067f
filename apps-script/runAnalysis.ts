/// <reference types="google-apps-script" />
import { analyse } from '../shared/analysis/analyse';
import { toAnalyseOptions, type AnalysisOptions } from '../shared/options/analysisOptions';
import { buildReport } from '../shared/report/buildReport';
import type { Report } from '../shared/report/report';
import { cellText } from '../shared/survey/cells';
import { combineResponses, SOURCE_HEADER } from '../shared/templates/combineResponses';
import type { Template } from '../shared/templates/templateSchema';
import { findResponseSheet } from './responseSheet';
import { registeredForms } from './templates/templateRegistry';
import { ownedTabs, REPORT_KEY } from './ownedSheets';
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
  for (const tab of report.tabs) cells += Math.max(1000, tab.cells.length) * Math.max(26, tab.cells[0].length);
  return cells;
}

/** A choice of questions that also keeps the Source column a combined table starts with (it is also a grouping). */
function withSource(options: AnalysisOptions): AnalysisOptions {
  const add = (headers?: string[]) => (headers ? [SOURCE_HEADER, ...headers] : undefined);
  return { ...options, columns: add(options.columns), groupColumns: add(options.groupColumns) };
}

/**
 * Reads the responses once, analyses them, and writes the report tabs; nothing is written unless the whole
 * analysis succeeded and fits in the spreadsheet.
 */
export function runAnalysis(spreadsheet: Spreadsheet, options: AnalysisOptions, now: Date): RunResult {
  const found = findResponseSheet(spreadsheet, options.sheetName);
  if (!found.ok) return found;
  const name = found.sheet.getName();
  // A tab made from a template is read with it; its sister tabs (other schools' copies of the form) join it.
  const forms = registeredForms(spreadsheet);
  const entry = forms.find((f) => f.sheetId === found.sheet.getSheetId());
  const template: Template | undefined = entry?.template;
  const sisters = entry && options.combineSources !== false ? forms.filter((f) => f.template.id === entry.template.id) : [];
  const tables = sisters.length > 1 ? sisters.map((f) => ({ source: f.sheetName, values: spreadsheet.getSheetByName(f.sheetName)!.getDataRange().getValues() })) : null;
  const values = tables ? combineResponses(tables) : found.sheet.getDataRange().getValues();
  const source = tables
    ? `Tabs ${sisters.map((f) => `"${f.sheetName}"`).join(', ')} of ${spreadsheet.getName()}, combined (Source = tab)`
    : `Tab "${name}" of ${spreadsheet.getName()}`;
  // Questions are chosen by header, so a combined table finds them as a single tab does; Source joins any choice.
  const chosen = tables ? withSource(options) : options;
  const engine = toAnalyseOptions(chosen, (values[0] ?? []).map(cellText));
  const result = analyse(values, { ...engine, template });
  if (!result.ok) return { ok: false, message: `Tab "${name}": ${result.message}` };
  const generatedAt = Utilities.formatDate(now, spreadsheet.getSpreadsheetTimeZone() || 'Europe/London', 'd MMMM yyyy, HH:mm');
  const title = template ? `SENCO Time: ${template.title} (version ${template.version})` : undefined;
  const report = buildReport(result.analysis, { source, generatedAt, title });
  // The report's own tabs are found once, for the size check and for rewriting them in place.
  const owned = ownedTabs(spreadsheet, REPORT_KEY);
  if (cellsAfterWriting(spreadsheet, report, owned) > CELL_LIMIT) {
    return { ok: false, message: 'The report would take this spreadsheet past Google\u2019s limit of 10 million cells: delete unused tabs or analyse a CSV export with the command line.' };
  }
  const sheets = writeReport(spreadsheet, report, owned);
  // Each tab written became the active one; the toast sends the user to the first, so show it.
  spreadsheet.setActiveSheet(sheets[0]);
  const n = result.analysis.respondents;
  return {
    ok: true,
    message: `Analysed ${n} response${n === 1 ? '' : 's'} from "${name}": see the ${sheets[0].getName()} tab.`,
    tabs: sheets.map((s) => s.getName()),
  };
}
