// End to end: the BUILT command line on a wide survey, 300 scale questions × 500 respondents. Its outputs grow with
// what they show: the matrix once, at most 1,000 listed pairs, and every pair once in correlations-all.csv; not the
// 45,156 × 301 correlations.csv (every pair's row padded to the matrix's width) that it used to write.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLikertTable } from '../bench/likert';
import { type Analysis, AnalysisSchema } from '../shared/analysis/analysisSchema';
import { toCsv } from '../shared/csv/toCsv';

const CLI = 'dist/cli/senco-time.mjs';
const W = 300;
const PAIRS = (W * (W - 1)) / 2; // 44,850
const LISTED = 1000;
const tmp = mkdtempSync(join(tmpdir(), 'senco-wide-'));
const out = join(tmp, 'out');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The rows as written, ragged (the readers of survey exports refuse rows longer than the header). */
function rows(file: string): string[][] {
  const text = readFileSync(join(out, file), 'utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return Papa.parse<string[]>(text.slice(0, -2), { newline: '\r\n' }).data;
}

let analysis: Analysis;

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
  const input = join(tmp, 'wide.csv');
  writeFileSync(input, toCsv(generateLikertTable(500, W, { seed: 3 }).map((r) => r.map(String))));
  const r = spawnSync(process.execPath, [CLI, 'analyse', input, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  analysis = AnalysisSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
}, 120_000);

describe(`senco-time analyse on ${W} scale questions`, () => {
  it('writes the matrix once and the 1,000 strongest pairs in correlations.csv, each block as wide as itself', () => {
    const csv = rows('correlations.csv');
    // Title, key, blank; the matrix's head and W rows; blank; the line saying where every pair is; the list's head and pairs.
    expect(csv).toHaveLength(3 + 1 + W + 1 + 1 + 1 + LISTED);
    const matrix = csv.slice(3, 4 + W);
    expect(matrix.every((row) => row.length === W + 1)).toBe(true);
    const list = csv.slice(csv.findIndex((row) => row[0] === 'Question A'));
    expect(list).toHaveLength(1 + LISTED);
    expect(list.every((row) => row.length === 8)).toBe(true);
    expect(csv.find((row) => row[0].startsWith('The 1,000 strongest'))?.[0]).toContain(`of ${PAIRS.toLocaleString('en-GB')} pairs`);
  });

  it('writes every pair once to correlations-all.csv: W(W − 1)/2 rows and a header', () => {
    const all = rows('correlations-all.csv');
    expect(all).toHaveLength(PAIRS + 1);
    expect(all[0]).toEqual(['Question A', 'Question B', 'r', 'n', 'p', 'Adjusted p', 'Strength', 'Note']);
    expect(new Set(all.slice(1).map((row) => `${row[0]}|${row[1]}`)).size).toBe(PAIRS);
    // Its first rows are the tab's list: the strongest first.
    const tab = rows('correlations.csv');
    const list = tab.slice(tab.findIndex((row) => row[0] === 'Question A') + 1);
    expect(all.slice(1, 1 + LISTED)).toEqual(list);
  });

  it('keeps every r in report.json’s compact matrix and lists the 1,000 strongest pairs as objects', () => {
    const m = analysis.correlationMatrix!;
    expect([m.pairs, m.listed, analysis.correlations.length]).toEqual([PAIRS, LISTED, LISTED]);
    expect(m.r.reduce((n, row) => n + row.length, 0)).toBe(PAIRS);
    expect(m.pAdjusted.reduce((n, row) => n + row.length, 0)).toBe(PAIRS);
    // Findings about pairs are capped as the list is: 300 scale findings and at most 1,000 about pairs.
    expect(analysis.findings.filter((f) => f.kind === 'correlation').length).toBeLessThanOrEqual(LISTED);
  });

  it('keeps every file a few megabytes, and the heatmap in blocks of at most 40', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    // 300 questions in blocks of at most 40: 8 blocks, A to H, of 37 or 38.
    expect(html.match(/<h3>Block [A-Z]: questions \d+–\d+<\/h3>/g)).toHaveLength(8);
    for (const f of ['report.html', 'report.json', 'correlations.csv', 'correlations-all.csv'])
      expect(statSync(join(out, f)).size).toBeLessThan(5e6);
  });
});
