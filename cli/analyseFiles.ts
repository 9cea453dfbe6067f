import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type AnalyseOptions, analyse } from '../shared/analysis/analyse';
import { type Analysis, AnalysisSchema } from '../shared/analysis/analysisSchema';
import { type AnalysisOptions, toAnalyseOptions } from '../shared/options/analysisOptions';
import { buildReport } from '../shared/report/buildReport';
import { renderHtml } from '../shared/report/html/renderHtml';
import { cellText } from '../shared/survey/cells';
import { combineColumnStores } from '../shared/templates/combineColumnStores';
import type { Template } from '../shared/templates/templateSchema';
import { checkHeadersExist } from './orderOptions';
import { fileSystemProblem, prepareOutputFolder } from './outputFolder';
import type { ProgressStream } from './progressLine';
import { readSurveyFile } from './readSurveyFile';
import { sourceNames } from './sourceNames';
import { tabToCsv } from './tabToCsv';
import { UserError } from './userError';

export interface AnalyseFilesOptions extends Pick<AnalyseOptions, 'method' | 'adjust'> {
  /** The survey's template; with several files, each becomes a Source (a school) to compare. */
  template?: Template;
  out: string;
  /** Analysis options as the add-on saves them (keyed by header): scale orders, questions, groups; method and adjust above win. */
  analysisOptions?: AnalysisOptions;
  /** When the run happened, already worded for people (the CLI reads the clock; shared/ never does). */
  generatedAt: string;
  progress?: (message: string) => void;
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
  prepareOutputFolder(options.out, paths);
  const names = sourceNames(paths);
  const read = paths.map((p) => readSurveyFile(p, { named: several, progress: options.progressStream }));
  const table = several ? combineColumnStores(read.map((r, i) => ({ source: names[i], store: r.store }))) : read[0].store;
  if (table.rows > 50_000) options.progress?.(`Analysing ${table.rows} responses…`);
  const headers = table.header.map(cellText);
  const chosen = options.analysisOptions ?? {};
  checkHeadersExist(chosen, headers);
  const engine = toAnalyseOptions(chosen, headers);
  const result = analyse(table, {
    ...engine,
    method: options.method ?? engine.method,
    adjust: options.adjust ?? engine.adjust,
    template: options.template,
  });
  if (!result.ok) throw new UserError(result.message);
  const sourceNotes = several
    ? [`Combined ${paths.length} files, each a Source: ${read.map((r, i) => `${names[i]} (${r.store.rows} rows)`).join(', ')}.`]
    : [];
  const analysis: Analysis = { ...result.analysis, notes: [...sourceNotes, ...read.flatMap((r) => r.notes), ...result.analysis.notes] };
  // The schema is the contract of report.json: never write a file that breaks it.
  const valid = AnalysisSchema.safeParse(analysis);
  if (!valid.success) {
    const where = valid.error.issues[0]?.path.join('.') ?? '';
    throw new Error(`the analysis did not fit report.json's format (${where}): please report this with the file's column headers`);
  }
  const source = several ? `${paths.length} files (${paths.map((p) => basename(p)).join(', ')})` : basename(paths[0]);
  const context = {
    source,
    generatedAt: options.generatedAt,
    ...(options.template ? { title: `SENCO Time: ${options.template.title}` } : {}),
  };
  const report = buildReport(analysis, context);
  const files: string[] = [];
  const write = (name: string, text: string) => {
    const file = join(options.out, name);
    try {
      writeFileSync(file, text);
    } catch (err) {
      throw new UserError(fileSystemProblem(file, err));
    }
    files.push(file);
  };
  write('report.html', renderHtml(analysis, context));
  write('report.json', `${JSON.stringify(analysis, null, 2)}\n`);
  for (const tab of report.tabs) write(`${tab.name.toLowerCase()}.csv`, tabToCsv(tab));
  return { analysis, files };
}
