/// <reference types="google-apps-script" />
import { analyse } from '../../shared/analysis/analyse';
import type { EarlierSurvey } from '../../shared/analysis/compareWithEarlier';
import { type AnalysisOptions, toAnalyseOptions } from '../../shared/options/analysisOptions';
import { cellText } from '../../shared/survey/cells';
import { combineResponses } from '../../shared/templates/combineResponses';
import type { RegisteredForm } from '../templates/templateRegistry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type EarlierResult = { ok: true; earlier: EarlierSurvey } | { ok: false; message: string };

/**
 * The earlier survey's tabs read once each and analysed as the later one is (its own template from the Templates
 * tab when every tab has the same one, the saved scale orders; several tabs combined, each a Source).
 */
export function readEarlierTabs(
  spreadsheet: Spreadsheet,
  names: readonly string[],
  options: AnalysisOptions,
  forms: readonly RegisteredForm[],
): EarlierResult {
  const missing = names.filter((n) => !spreadsheet.getSheetByName(n));
  if (missing.length > 0)
    return {
      ok: false,
      message: `The earlier survey's tab "${missing[0]}" no longer exists: choose again in Extensions → SENCO Time → Survey → Compare with an earlier survey….`,
    };
  const tables = names.map((source) => ({ source, values: spreadsheet.getSheetByName(source)!.getDataRange().getValues() }));
  const values = tables.length > 1 ? combineResponses(tables) : tables[0].values;
  const templates = names.map((n) => forms.find((f) => f.sheetName === n)?.template);
  const template = templates.every((t) => t && t.id === templates[0]?.id && t.version === templates[0]?.version) ? templates[0] : undefined;
  const engine = toAnalyseOptions({ scaleOrders: options.scaleOrders }, (values[0] ?? []).map(cellText));
  const result = analyse(values, { ...engine, method: options.method, adjust: options.adjust, template });
  const source = names.map((n) => `"${n}"`).join(', ');
  if (!result.ok) return { ok: false, message: `The earlier survey (${source}) cannot be compared: ${result.message}` };
  return { ok: true, earlier: { analysis: result.analysis, template, source: `Tab${names.length > 1 ? 's' : ''} ${source}` } };
}
