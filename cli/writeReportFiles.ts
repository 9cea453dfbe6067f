import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type Analysis, AnalysisSchema } from '../shared/analysis/analysisSchema';
import { compactCorrelations } from '../shared/analysis/compactCorrelations';
import { PAIR_LIST_LIMIT, strengthOrder } from '../shared/analysis/pairList';
import { toCsv } from '../shared/csv/toCsv';
import { formatCell } from '../shared/report/formatCell';
import { PAIR_FORMATS, PAIR_HEADER, pairRow } from '../shared/report/pairRow';
import type { Report } from '../shared/report/report';
import { fileSystemProblem } from './outputFolder';
import { tabCsvLines } from './tabToCsv';
import { UserError } from './userError';

const CHUNK = 1 << 20;

/** Writes a file from pieces of text, a megabyte at a time, so that no large file is ever one string in memory. */
function writePieces(file: string, pieces: Iterable<string>): void {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'w');
    let buffer = '';
    for (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= CHUNK) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    if (buffer) writeSync(fd, buffer);
  } catch (err) {
    // Only the file system's own errors (they carry a code) are the user's to fix; anything else is a fault of ours.
    if (typeof (err as NodeJS.ErrnoException).code !== 'string') throw err;
    throw new UserError(fileSystemProblem(file, err));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const MATRIX_ROWS = '\u0000rows';

/** One array of rows as JSON, a row to a line (JSON.stringify's indent would put each of 499,500 numbers on its own). */
function* rowsJson(rows: readonly (readonly (number | null)[])[], indent: string): Generator<string> {
  yield '[';
  for (let i = 0; i < rows.length; i++) yield `${i ? ',' : ''}\n${indent}  ${JSON.stringify(rows[i])}`;
  yield `\n${indent}]`;
}

/**
 * report.json from the analysis compactCorrelations gave: as JSON.stringify(…, null, 2) writes it, byte for byte,
 * for ordinary surveys; past 1,000 pairs the matrix rows are written one line each, in pieces.
 */
export function* reportJsonPieces(compact: Analysis): Generator<string> {
  const matrix = compact.correlationMatrix;
  if (!matrix) {
    yield `${JSON.stringify(compact, null, 2)}\n`;
    return;
  }
  const text = JSON.stringify({ ...compact, correlationMatrix: { ...matrix, r: MATRIX_ROWS, pAdjusted: MATRIX_ROWS } }, null, 2);
  const [head, middle, tail] = text.split(JSON.stringify(MATRIX_ROWS));
  yield head;
  yield* rowsJson(matrix.r, '    ');
  yield middle;
  yield* rowsJson(matrix.pAdjusted, '    ');
  yield `${tail}\n`;
}

/** Every pair, strongest first, in the Correlations tab's columns and formats: the pairs the tab leaves out too. */
export function* allPairsCsv(analysis: Analysis): Generator<string> {
  const byColumn = new Map(analysis.questions.map((q) => [q.column, q]));
  const label = (c: number) => byColumn.get(c)?.label ?? `Column ${c + 1}`;
  yield toCsv([PAIR_HEADER]);
  const all = analysis.correlations;
  for (const k of strengthOrder(all)) yield toCsv([pairRow(all[k], label).map((cell, i) => formatCell(cell, PAIR_FORMATS[i]))]);
}

export interface ReportFiles {
  out: string;
  analysis: Analysis;
  report: Report;
  html: string;
}

/**
 * Writes report.html, report.json and one CSV per tab into `out`, each in pieces; past PAIR_LIST_LIMIT pairs also
 * correlations-all.csv with every pair. Returns the files written, in that order.
 */
export function writeReportFiles({ out, analysis, report, html }: ReportFiles): string[] {
  const files: string[] = [];
  const write = (name: string, pieces: Iterable<string>) => {
    const file = join(out, name);
    writePieces(file, pieces);
    files.push(file);
  };
  const compact = compactCorrelations(analysis);
  // The schema is the contract of report.json: never write a file that breaks it.
  const valid = AnalysisSchema.safeParse(compact);
  if (!valid.success) {
    const where = valid.error.issues[0]?.path.join('.') ?? '';
    throw new Error(`the analysis did not fit report.json's format (${where}): please report this with the file's column headers`);
  }
  write('report.html', [html]);
  write('report.json', reportJsonPieces(compact));
  for (const tab of report.tabs) write(`${tab.name.toLowerCase()}.csv`, tabCsvLines(tab));
  if (analysis.correlations.length > PAIR_LIST_LIMIT) write('correlations-all.csv', allPairsCsv(analysis));
  return files;
}
