import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyse, type AnalyseOptions } from '../shared/analysis/analyse';
import { AnalysisSchema, type Analysis } from '../shared/analysis/analysisSchema';
import { buildReport } from '../shared/report/buildReport';
import { renderHtml } from './html/renderHtml';
import { readCsv } from './readCsv';
import { tabToCsv } from './tabToCsv';
import { UserError } from './userError';

export interface AnalyseFilesOptions extends Pick<AnalyseOptions, 'method' | 'adjust'> {
  out: string;
  /** When the run happened, already worded for people (the CLI reads the clock; shared/ never does). */
  generatedAt: string;
  progress?: (message: string) => void;
}

export interface AnalyseFilesResult {
  analysis: Analysis;
  files: string[];
}

const LARGE_FILE_BYTES = 5 * 1024 * 1024;

/** Reads one CSV export, analyses it and writes report.json, report.html and one CSV per tab into `out`. */
export function analyseFiles(path: string, options: AnalyseFilesOptions): AnalyseFilesResult {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new UserError(`"${path}" is a folder: give the CSV file of responses inside it.`);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`There is no file at "${path}": check the name and the folder.`);
    if (code === 'EACCES') throw new UserError(`"${path}" cannot be opened: you do not have permission to read it.`);
    throw new UserError(`"${path}" cannot be read (${code ?? 'unknown error'}).`);
  }
  const progress = bytes.length > LARGE_FILE_BYTES ? (options.progress ?? (() => {})) : () => {};
  progress(`Reading ${basename(path)} (${(bytes.length / 1024 / 1024).toFixed(1)} MB)…`);
  const csv = readCsv(bytes);
  if (!csv.ok) throw new UserError(csv.message);
  progress(`Analysing ${csv.rows.length - 1} responses…`);
  const result = analyse(csv.rows, { method: options.method, adjust: options.adjust });
  if (!result.ok) throw new UserError(result.message);
  const analysis: Analysis = { ...result.analysis, notes: [...csv.notes, ...result.analysis.notes] };
  // The schema is the contract of report.json: never write a file that breaks it.
  AnalysisSchema.parse(analysis);
  progress('Writing the report…');
  const context = { source: basename(path), generatedAt: options.generatedAt };
  const report = buildReport(analysis, context);
  mkdirSync(options.out, { recursive: true });
  const files: string[] = [];
  const write = (name: string, text: string) => {
    const file = join(options.out, name);
    writeFileSync(file, text);
    files.push(file);
  };
  write('report.html', renderHtml(analysis, context));
  write('report.json', JSON.stringify(analysis, null, 2) + '\n');
  for (const tab of report.tabs) write(`${tab.name.toLowerCase()}.csv`, tabToCsv(tab));
  return { analysis, files };
}
