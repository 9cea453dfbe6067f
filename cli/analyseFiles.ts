import { basename } from 'node:path';
import { type AnalyseOptions, analyse } from '../shared/analysis/analyse';
import type { Analysis } from '../shared/analysis/analysisSchema';
import { type AnalysisOptions, toAnalyseOptions } from '../shared/options/analysisOptions';
import { buildReport } from '../shared/report/buildReport';
import { renderHtml } from '../shared/report/html/renderHtml';
import { cellText } from '../shared/survey/cells';
import { combineColumnStores } from '../shared/templates/combineColumnStores';
import type { Template } from '../shared/templates/templateSchema';
import { earlierSurvey } from './earlierSurvey';
import { checkHeadersExist } from './orderOptions';
import { prepareOutputFolder } from './outputFolder';
import type { ProgressStream } from './progressLine';
import { readSurveyFile } from './readSurveyFile';
import { sourceNames } from './sourceNames';
import { UserError } from './userError';
import { writeReportFiles } from './writeReportFiles';

export interface AnalyseFilesOptions extends Pick<AnalyseOptions, 'method' | 'adjust'> {
  /** The survey's template; with several files, each becomes a Source (a school) to compare. */
  template?: Template;
  out: string;
  /** Analysis options as the add-on saves them (keyed by header): scale orders, questions, groups; method and adjust above win. */
  analysisOptions?: AnalysisOptions;
  /** When the run happened, already worded for people (the CLI reads the clock; shared/ never does). */
  generatedAt: string;
  progress?: (message: string) => void;
  /** An earlier survey's files to compare with (`--compare`): adds the Trends tab and report section. */
  compare?: string[];
  /** Where a large file's progress line goes (stderr): silent unless it is a terminal. */
  progressStream?: ProgressStream;
}

export interface AnalyseFilesResult {
  analysis: Analysis;
  files: string[];
}

/**
 * Reads one CSV export, or several of the same survey (each a Source), analyses them and writes report.json,
 * report.html and one CSV per tab into `out`.
 */
export function analyseFiles(paths: string[], options: AnalyseFilesOptions): AnalyseFilesResult {
  const several = paths.length > 1;
  const compare = options.compare ?? [];
  prepareOutputFolder(options.out, [...paths, ...compare]);
  const names = sourceNames(paths);
  const read = paths.map((p) => readSurveyFile(p, { named: several, progress: options.progressStream }));
  const table = several ? combineColumnStores(read.map((r, i) => ({ source: names[i], store: r.store }))) : read[0].store;
  if (table.rows > 50_000) options.progress?.(`Analysing ${table.rows} responses…`);
  const headers = table.header.map(cellText);
  const chosen = options.analysisOptions ?? {};
  checkHeadersExist(chosen, headers);
  const engine = toAnalyseOptions(chosen, headers);
  const method = options.method ?? engine.method;
  const adjust = options.adjust ?? engine.adjust;
  const earlier =
    compare.length > 0
      ? earlierSurvey({
          paths: compare,
          tables: compare.map((p) => readSurveyFile(p, { named: true, progress: options.progressStream }).store),
          template: options.template,
          analysisOptions: chosen,
          method,
          adjust,
        })
      : undefined;
  const result = analyse(table, { ...engine, method, adjust, template: options.template, ...(earlier ? { earlier } : {}) });
  if (!result.ok) throw new UserError(result.message);
  if (earlier && result.analysis.trends?.length === 0) {
    throw new UserError(
      `Nothing in ${earlier.source} matches the questions of ${paths.map((p) => basename(p)).join(', ')}: no scale or single-choice question is in both, by the template's question ids or by the same wording.`,
    );
  }
  const sourceNotes = several
    ? [`Combined ${paths.length} files, each a Source: ${read.map((r, i) => `${names[i]} (${r.store.rows} rows)`).join(', ')}.`]
    : [];
  const analysis: Analysis = { ...result.analysis, notes: [...sourceNotes, ...read.flatMap((r) => r.notes), ...result.analysis.notes] };
  const source = several ? `${paths.length} files (${paths.map((p) => basename(p)).join(', ')})` : basename(paths[0]);
  const context = {
    source,
    generatedAt: options.generatedAt,
    ...(options.template ? { title: `SENCO Time: ${options.template.title}` } : {}),
  };
  const report = buildReport(analysis, context);
  const files = writeReportFiles({ out: options.out, analysis, report, html: renderHtml(analysis, context) });
  return { analysis, files };
}
