// A wide survey in the BUILT add-on (dist/apps-script/Code.js) and the Apps Script emulator: 300 scale questions
// used to make a 45,156 × 301 Correlations tab and a refusal; the tab now lists the strongest pairs and says
// where the rest are (the command line's correlations-all.csv), and the whole report fits Google's cell limit.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLikertTable } from '../../bench/likert';
import { createEmulator, type Emulator, loadBundle } from '../emulator';

const CODE = 'dist/apps-script/Code.js';
const QUESTIONS = 300;
const RESPONDENTS = 500;
// Google Sheets refuses a spreadsheet of more than 10 million cells (docs/wide-surveys.md).
const GOOGLE_CELL_LIMIT = 10_000_000;
// The Correlations tab's layout (shared/report/correlationsTab.ts): title, key, blank, the matrix's head row and one
// row per question, blank, the line saying what is left out, the list's head and the 1,000 strongest pairs.
const LISTED = 1000;
const CORRELATION_ROWS = 3 + 1 + QUESTIONS + 1 + 1 + 1 + LISTED;

let emulator: Emulator;
let result: { ok: boolean; message: string };

beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
  emulator = createEmulator({
    spreadsheet: {
      name: 'Wide survey',
      sheets: [{ name: 'Form responses 1', values: generateLikertTable(RESPONDENTS, QUESTIONS, { seed: 5 }) }],
    },
  });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  result = app.clickMenuItem('Analyse') as { ok: boolean; message: string };
}, 300_000);

describe(`a survey of ${QUESTIONS} scale questions in the add-on`, () => {
  it('is analysed, and the whole spreadsheet stays within Google’s 10 million cells', () => {
    expect(result.message).toMatch(/^Analysed 500 responses/);
    const sheets = emulator.spreadsheet.getSheets();
    const cells = sheets.reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0);
    const correlations = emulator.spreadsheet.getSheetByName('Correlations')!;
    // The matrix is the widest block: W + 1 columns; the rows are the layout's, not W(W−1)/2 pairs.
    expect([correlations.getMaxRows(), correlations.getMaxColumns()]).toEqual([CORRELATION_ROWS, QUESTIONS + 1]);
    expect(cells).toBeLessThan(GOOGLE_CELL_LIMIT);
    console.log(
      `${QUESTIONS} questions × ${RESPONDENTS} responses: ${cells.toLocaleString('en-GB')} cells in the spreadsheet (${sheets.map((s) => `${s.getName()} ${s.getMaxRows()}×${s.getMaxColumns()}`).join(', ')})`,
    );
  });

  it('lists the 1,000 strongest of the 44,850 pairs and says the command line writes every pair', () => {
    const values = emulator.spreadsheet.getSheetByName('Correlations')!.getDataRange().getValues();
    const head = values.findIndex((row) => row[0] === 'Question A');
    const pairs = values.slice(head + 1).filter((row) => row[0] !== '');
    // 300 questions make 300 × 299 / 2 = 44,850 pairs.
    expect(pairs).toHaveLength(LISTED);
    expect(String(values[head - 1][0])).toMatch(
      /^The 1,000 strongest of 44,850 pairs \([\d,]+ with adjusted p < \.05\)\. Every pair, with its n and p, is in correlations-all\.csv, which the command line writes/,
    );
    const strengths = pairs.map((row) => Math.abs(row[2] as number));
    expect(strengths).toEqual([...strengths].sort((x, y) => y - x));
  });
});
