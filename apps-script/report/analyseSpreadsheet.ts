/// <reference types="google-apps-script" />
import { analyse } from '../../shared/analysis/analyse';
import type { Analysis } from '../../shared/analysis/analysisSchema';
import { type AnalysisOptions, toAnalyseOptions } from '../../shared/options/analysisOptions';
import type { ReportContext } from '../../shared/report/buildReport';
import { cellText } from '../../shared/survey/cells';
import { combineResponses, SOURCE_HEADER } from '../../shared/templates/combineResponses';
import type { Template } from '../../shared/templates/templateSchema';
import { findResponseSheet } from '../responseSheet';
import { registeredForms } from '../templates/templateRegistry';
import { readEarlierTabs } from './earlierTabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SpreadsheetAnalysis =
  | { ok: true; analysis: Analysis; context: ReportContext; sheetName: string }
  | { ok: false; message: string };

/** A choice of questions that also keeps the Source column a combined table starts with (it is also a grouping). */
function withSource(options: AnalysisOptions): AnalysisOptions {
  const add = (headers?: string[]) => (headers ? [SOURCE_HEADER, ...headers] : undefined);
  return { ...options, columns: add(options.columns), groupColumns: add(options.groupColumns) };
}

/**
 * Reads the chosen responses tab once (with its sister tabs when it was made from a template) and analyses it.
 * Analyse writes the tabs from this; Open report renders the same analysis as HTML, so both always agree.
 */
export function analyseSpreadsheet(spreadsheet: Spreadsheet, options: AnalysisOptions, now: Date): SpreadsheetAnalysis {
  const found = findResponseSheet(spreadsheet, options.sheetName, options.earlierTabs);
  if (!found.ok) return found;
  const name = found.sheet.getName();
  // A tab made from a template is read with it; its sister tabs (other schools' copies of the form) join it.
  const forms = registeredForms(spreadsheet);
  const entry = forms.find((f) => f.sheetId === found.sheet.getSheetId());
  const template: Template | undefined = entry?.template;
  // An earlier year's tabs made from the same template are not this year's schools: they are compared, not combined.
  const earlierNames = (options.earlierTabs ?? []).filter((n) => n !== name);
  const sisters =
    entry && options.combineSources !== false
      ? forms.filter((f) => f.template.id === entry.template.id && !earlierNames.includes(f.sheetName))
      : [];
  const tables =
    sisters.length > 1
      ? sisters.map((f) => ({ source: f.sheetName, values: spreadsheet.getSheetByName(f.sheetName)!.getDataRange().getValues() }))
      : null;
  const values = tables ? combineResponses(tables) : found.sheet.getDataRange().getValues();
  const source = tables
    ? `Tabs ${sisters.map((f) => `"${f.sheetName}"`).join(', ')} of ${spreadsheet.getName()}, combined (Source = tab)`
    : `Tab "${name}" of ${spreadsheet.getName()}`;
  // Questions are chosen by header, so a combined table finds them as a single tab does; Source joins any choice.
  const chosen = tables ? withSource(options) : options;
  const engine = toAnalyseOptions(chosen, (values[0] ?? []).map(cellText));
  const compared = earlierNames.length > 0 ? readEarlierTabs(spreadsheet, earlierNames, options, forms) : null;
  if (compared && !compared.ok) return compared;
  const result = analyse(values, { ...engine, template, ...(compared ? { earlier: compared.earlier } : {}) });
  if (!result.ok) return { ok: false, message: `Tab "${name}": ${result.message}` };
  const generatedAt = Utilities.formatDate(now, spreadsheet.getSpreadsheetTimeZone() || 'Europe/London', 'd MMMM yyyy, HH:mm');
  const title = template ? `SENCO Time: ${template.title} (version ${template.version})` : undefined;
  return { ok: true, analysis: result.analysis, context: { source, generatedAt, title }, sheetName: name };
}
