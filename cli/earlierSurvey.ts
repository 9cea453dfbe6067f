import { basename } from 'node:path';
import { type AnalyseOptions, analyse } from '../shared/analysis/analyse';
import type { EarlierSurvey } from '../shared/analysis/compareWithEarlier';
import { type AnalysisOptions, toAnalyseOptions } from '../shared/options/analysisOptions';
import { cellText } from '../shared/survey/cells';
import { combineResponses } from '../shared/templates/combineResponses';
import type { Template } from '../shared/templates/templateSchema';
import { sourceNames } from './sourceNames';
import { UserError } from './userError';

export interface EarlierSurveyInput extends Pick<AnalyseOptions, 'method' | 'adjust'> {
  /** The earlier survey's files (`--compare`), already read into rows. */
  paths: readonly string[];
  tables: readonly string[][][];
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
  const table = tables.length > 1 ? combineResponses(tables.map((values, i) => ({ source: names[i], values }))) : tables[0];
  const engine = toAnalyseOptions({ scaleOrders: analysisOptions.scaleOrders }, (table[0] ?? []).map(cellText));
  const result = analyse(table, { ...engine, method, adjust, template });
  const source = paths.map((p) => basename(p)).join(', ');
  if (!result.ok) throw new UserError(`The earlier survey (${source}) cannot be compared: ${result.message}`);
  return { analysis: result.analysis, template, source };
}
