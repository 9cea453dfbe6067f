// `npm run bench` (add `-- --large` for the 400 MB and 1 GB exports): times the engine on seeded synthetic Likert data and compares the correlation matrix with the
// naive approach (filter each pair, re-rank with simple-statistics) measured in the same run. Not a test:
// ratios, not absolute times, are what to compare across machines.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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
import { runCliProcess } from './cliProcess';
import { generateLikertTable } from './likert';
import { clipCosts, SCENARIOS, type Scenario } from './trackerWrites';

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
  const [analysed, totalMs] = time(() => analyse(table));
  // This year against last: the same table as its own earlier survey costs what a real one would (counts per level).
  const earlier = analysed.ok ? { analysis: analysed.analysis, source: 'bench' } : undefined;
  const [, trendsMs] = time(() => analyse(table, { earlier }));
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
    `  with --compare        ${trendsMs.toFixed(0).padStart(6)} ms  (the same, plus a trend for every item against an earlier survey)`,
  );
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

/** The tracker's web app: service calls and cells read per clip at each size (they must not grow with the tasks). */
function runTracker(sizes: number[]): void {
  if (!existsSync('dist/apps-script/Code.js')) {
    console.log('\nTracker clips: skipped, dist/apps-script/Code.js is missing (run npm run build first).');
    return;
  }
  const costs = sizes.map(clipCosts);
  const head = sizes.map((n) => `${n.toLocaleString('en-GB')} tasks`.padStart(22)).join('');
  console.log('\nTracker: one clip through doPost in the emulator, calls / cells read (Node ms)');
  console.log(`  ${''.padEnd(72)}${head}`);
  for (const s of Object.keys(SCENARIOS) as Scenario[]) {
    const cells = costs.map((c) => `${c[s].calls} / ${c[s].cellsRead} (${c[s].ms.toFixed(0)})`.padStart(22)).join('');
    console.log(`  ${SCENARIOS[s].padEnd(72)}${cells}`);
  }
  console.log('  Only the last row reads per task: the Workload rebuild, at most once a minute, after the lock is let go.');
}

const mb = (bytes = 0) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Wide surveys through the built CLI: 100, 300 and 1,000 scale questions × 500 respondents. What a report shows grows
 * with the matrix (W² cells) and should cost no more than that: the CPU each added matrix cell costs, from one width
 * to the next, should stay level. Padding every row to the widest once made it grow with W (500 questions: 4 GB;
 * 1,000: out of memory).
 */
function runWide(respondents: number, widths: number[]): void {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
  const dir = mkdtempSync(join(tmpdir(), 'senco-wide-'));
  console.log(`\nWide surveys through the built CLI (child process, default heap), ${respondents} respondents`);
  console.log(
    '  questions    pairs     wall      CPU   peak RSS  CPU per added matrix cell  report.html  report.json  correlations.csv  correlations-all.csv',
  );
  let previous: { cells: number; cpuMs: number } | undefined;
  try {
    for (const w of widths) {
      const csv = join(dir, `wide-${w}.csv`);
      writeFileSync(csv, toCsv(generateLikertTable(respondents, w, { seed: 3 }).map((r) => r.map(String))));
      const out = join(dir, `out-${w}`);
      const run = runCliProcess(dir, csv, out);
      if (!run.ok) throw new Error(`the CLI failed on ${w} questions: ${run.error}`);
      const files = new Map(readdirSync(out).map((f) => [f, statSync(join(out, f)).size]));
      const cells = w * w;
      const marginal = previous
        ? `${(((run.cpu - previous.cpuMs) * 1000) / (cells - previous.cells)).toFixed(1).padStart(8)} µs`
        : '       (first)';
      previous = { cells, cpuMs: run.cpu };
      const f = files;
      console.log(
        `  ${String(w).padStart(9)} ${((w * (w - 1)) / 2).toLocaleString('en-GB').padStart(8)} ${(run.ms / 1000).toFixed(1).padStart(7)} s ${(run.cpu / 1000).toFixed(1).padStart(6)} s ${(run.peak / 1024 / 1024).toFixed(0).padStart(7)} MB` +
          `  ${marginal.padStart(25)}` +
          `   ${mb(f.get('report.html')).padStart(10)}  ${mb(f.get('report.json')).padStart(10)}  ${mb(f.get('correlations.csv')).padStart(15)}  ${f.has('correlations-all.csv') ? mb(f.get('correlations-all.csv')).padStart(18) : '(not written)'.padStart(18)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    '  Target: 1,000 questions × 500 in under 30 s and 1.5 GB. Wall time includes other load on the machine; CPU (user + system) does not.',
  );
  console.log(`  Load average over the last minute as it ended: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores.`);
}

const large = process.argv.includes('--large');
console.log(`SENCO Time benchmark (Node ${process.version})${large ? ', with the large exports (--large)' : ''}`);
run(20_000, 40, false);
run(100_000, 60, process.argv.includes('--with-r'));
runAddOn(10_000, 60);
runTracker([100, 1_000, 20_000]);
runWide(500, [100, 300, 1000]);
benchVersusR();
// The 400 MB and 1 GB exports take minutes to write and read: only with --large.
benchLargeExports(large ? [100, 400, 1024] : [100]);
console.log('\nTargets: 100k × 60 end to end under 3 s on a 2-core machine; correlation matrix ≥ 20× faster than naive.');
