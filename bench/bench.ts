// `npm run bench` (add `-- --large` for the 400 MB and 1 GB exports): times the engine on seeded synthetic Likert data and compares the correlation matrix with the
// naive approach (filter each pair, re-rank with simple-statistics) measured in the same run. Not a test:
// ratios, not absolute times, are what to compare across machines.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleRankCorrelation } from 'simple-statistics';
import { analyse } from '../shared/analysis/analyse';
import { correlate } from '../shared/analysis/correlate';
import { summariseQuestion } from '../shared/analysis/summariseQuestion';
import { toCsv } from '../shared/csv/toCsv';
import { parseSurvey } from '../shared/survey/parseSurvey';
import type { SurveyColumn } from '../shared/survey/survey';
import { createEmulator, loadBundle } from '../test/emulator';
import { benchLargeExports, benchVersusR } from './cliBench';
import { generateLikertTable } from './likert';

const NAIVE_PAIRS = 12;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

function naivePair(a: SurveyColumn, b: SurveyColumn): number {
  const x: number[] = [];
  const y: number[] = [];
  const ca = (a.data as { codes: Float64Array }).codes;
  const cb = (b.data as { codes: Float64Array }).codes;
  for (let i = 0; i < ca.length; i++) {
    if (Number.isNaN(ca[i]) || Number.isNaN(cb[i])) continue;
    x.push(ca[i]);
    y.push(cb[i]);
  }
  return sampleRankCorrelation(x, y);
}

function timeR(table: unknown[][]): string {
  if (!existsSync('/usr/bin/Rscript')) return 'R not installed (apt-get install r-base-core r-cran-psych)';
  const dir = mkdtempSync(join(tmpdir(), 'senco-bench-'));
  const csv = join(dir, 'likert.csv');
  writeFileSync(csv, toCsv(table.map((r) => r.map(String))));
  const script = `suppressMessages(library(psych)); d <- read.csv("${csv}"); t <- system.time(corr.test(d, method="spearman", adjust="holm", ci=FALSE)); cat(t[["elapsed"]])`;
  try {
    const seconds = Number(execFileSync('Rscript', ['-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    return `${(seconds * 1000).toFixed(0)} ms (psych::corr.test, spearman, holm, ci=FALSE; CSV reading not included)`;
  } catch (err) {
    return `R failed: ${(err as Error).message.split('\n')[0]}`;
  }
}

function run(respondents: number, items: number, withR: boolean): void {
  const table = generateLikertTable(respondents, items, { seed: 7, blankRate: 0.05 });
  const [parsed, parseMs] = time(() => parseSurvey(table));
  if (!parsed.ok) throw new Error(parsed.message);
  const columns = parsed.survey.columns;
  const [, distMs] = time(() => columns.map(summariseQuestion));
  const [matrix, corrMs] = time(() => correlate(columns, 'spearman', 'holm'));
  const [, totalMs] = time(() => analyse(table));
  const pairs = matrix.length;
  // Same pairs, both ways: the fast per-pair cost comes from the full matrix, the naive one from NAIVE_PAIRS pairs.
  const [, naiveMs] = time(() => {
    for (let k = 0; k < NAIVE_PAIRS; k++) naivePair(columns[k % items], columns[(k + 1 + Math.floor(k / items)) % items]);
  });
  const fastPerPair = corrMs / pairs;
  const naivePerPair = naiveMs / NAIVE_PAIRS;
  console.log(`\n${respondents.toLocaleString('en-GB')} respondents × ${items} items (${pairs} pairs, 5% blanks)`);
  console.log(`  parse                 ${parseMs.toFixed(0).padStart(6)} ms`);
  console.log(`  distributions         ${distMs.toFixed(0).padStart(6)} ms`);
  console.log(`  correlation matrix    ${corrMs.toFixed(0).padStart(6)} ms  (r, p and Holm for every pair)`);
  console.log(`  end to end (analyse)  ${totalMs.toFixed(0).padStart(6)} ms  (parse, distributions, correlations, comparisons, findings)`);
  console.log(
    `  naive per pair        ${naivePerPair.toFixed(2).padStart(9)} ms  (simple-statistics sampleRankCorrelation, ${NAIVE_PAIRS} pairs)`,
  );
  console.log(`  fast per pair         ${fastPerPair.toFixed(3).padStart(10)} ms  (contingency table)`);
  console.log(`  speed-up              ${(naivePerPair / fastPerPair).toFixed(0).padStart(6)} ×  (target ≥ 20×)`);
  if (withR) console.log(`  R on the same data    ${timeR(table)}`);
}

/** The built add-on in the Apps Script emulator: Analyse on a response tab, end to end, with its service calls. */
function runAddOn(respondents: number, items: number): void {
  const code = 'dist/apps-script/Code.js';
  if (!existsSync(code)) {
    console.log(`\nAdd-on in the emulator: skipped, ${code} is missing (run npm run build first).`);
    return;
  }
  const emulator = createEmulator({
    spreadsheet: { name: 'Bench', sheets: [{ name: 'Form responses 1', values: generateLikertTable(respondents, items, { seed: 11 }) }] },
  });
  const app = loadBundle(emulator, code);
  app.call('onOpen', { authMode: 'NONE' });
  emulator.calls.reset();
  const [result, ms] = time(() => app.clickMenuItem('Analyse') as { ok: boolean; message: string });
  console.log(`\nAdd-on in the emulator: ${respondents.toLocaleString('en-GB')} responses × ${items} items, Analyse end to end`);
  console.log(`  ${result.ok ? 'ok' : `FAILED: ${result.message}`}`);
  console.log(
    `  Node time             ${ms.toFixed(0).padStart(6)} ms  (Apps Script's V8 is slower: keep this far below the 6-minute limit)`,
  );
  console.log(
    `  service calls         ${String(emulator.calls.total).padStart(6)}     (getValues ${emulator.calls.count('Range.getValues')}, setValues ${emulator.calls.count('Range.setValues')})`,
  );
}

const large = process.argv.includes('--large');
console.log(`SENCO Time benchmark (Node ${process.version})${large ? ', with the large exports (--large)' : ''}`);
run(20_000, 40, false);
run(100_000, 60, process.argv.includes('--with-r'));
runAddOn(10_000, 60);
benchVersusR();
// The 400 MB and 1 GB exports take minutes to write and read: only with --large.
benchLargeExports(large ? [100, 400, 1024] : [100]);
console.log('\nTargets: 100k × 60 end to end under 3 s on a 2-core machine; correlation matrix ≥ 20× faster than naive.');
