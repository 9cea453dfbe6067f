import { basename } from 'node:path';
import { type AnalyseOptions, analyse } from '../shared/analysis/analyse';
import type { EarlierSurvey } from '../shared/analysis/compareWithEarlier';
import { type AnalysisOptions, toAnalyseOptions } from '../shared/options/analysisOptions';
import { cellText } from '../shared/survey/cells';
import type { ColumnStore } from '../shared/survey/columnStore';
import { combineColumnStores } from '../shared/templates/combineColumnStores';
import type { Template } from '../shared/templates/templateSchema';
import { sourceNames } from './sourceNames';
import { UserError } from './userError';

export interface EarlierSurveyInput extends Pick<AnalyseOptions, 'method' | 'adjust'> {
  /** The earlier survey's files (`--compare`), already read as the later survey's are. */
  paths: readonly string[];
  tables: readonly ColumnStore[];
  template?: Template;
  /** The options the later survey is read with: scale orders by header apply to the earlier one's questions too. */
  analysisOptions: AnalysisOptions;
}

/**
 * The earlier survey analysed as the later one is (same template, scale orders, method and correction; several
 * files combined, each a Source), ready for `analyse`'s `earlier`. Its questions are its own: a choice of questions
 * made for the later survey does not apply.
 */
export function earlierSurvey({ paths, tables, template, analysisOptions, method, adjust }: EarlierSurveyInput): EarlierSurvey {
  const names = sourceNames(paths);
  const table = tables.length > 1 ? combineColumnStores(tables.map((store, i) => ({ source: names[i], store }))) : tables[0];
  const engine = toAnalyseOptions({ scaleOrders: analysisOptions.scaleOrders }, table.header.map(cellText));
  const result = analyse(table, { ...engine, method, adjust, template });
  const source = paths.map((p) => basename(p)).join(', ');
  if (!result.ok) throw new UserError(`The earlier survey (${source}) cannot be compared: ${result.message}`);
  return { analysis: result.analysis, template, source };
}
