// The BUILT command line as a whole process: its time and peak memory on large exports written to a temporary
// file, and its time on 20,000 × 40 beside R's psych::corr.test (also a whole process, reading the same CSV).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '../shared/csv/toCsv';
import { CLI, runCliProcess } from './cliProcess';
import { codedBytesPerRow, EXPORT_SHAPE, writeLargeExport } from './largeExport';
import { generateLikertTable } from './likert';

const MB = 1024 * 1024;

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

/** Peak memory and time of the CLI on Google Forms–style exports of each size (MB), each written then deleted. */
export function benchLargeExports(sizes: readonly number[]): void {
  if (!existsSync(CLI)) {
    console.log(`\nCLI on large exports: skipped, ${CLI} is missing (run node scripts/build.mjs cli).`);
    return;
  }
  const { agreement, scales } = EXPORT_SHAPE;
  console.log(
    `\nCLI on large exports (timestamp, role, phase, ${agreement} agreement items, ${scales} 1–5 scales, a comment; whole process)`,
  );
  console.log('  file      responses    time     CPU      peak RSS   coded columns   peak ÷ coded   peak ÷ file');
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'senco-bench-large-'));
    try {
      const file = join(dir, 'export.csv');
      const rows = writeLargeExport(file, size * MB);
      const bytes = statSync(file).size;
      const run = runCliProcess(dir, file);
      if (!run.ok) {
        console.log(`  ${mb(bytes).padStart(7)}  FAILED after ${(run.ms / 1000).toFixed(0)} s: ${run.error}`);
        continue;
      }
      const coded = rows * codedBytesPerRow();
      console.log(
        `  ${mb(bytes).padStart(7)}  ${rows.toLocaleString('en-GB').padStart(10)}  ${`${(run.ms / 1000).toFixed(1)} s`.padStart(8)}  ${`${(run.cpu / 1000).toFixed(1)} s`.padStart(7)}  ${mb(run.peak).padStart(9)}  ${mb(coded).padStart(13)}  ${`${(run.peak / coded).toFixed(1)} ×`.padStart(12)}  ${`${(run.peak / bytes).toFixed(2)} ×`.padStart(11)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    '  coded columns: what the analysis holds per response (8 bytes per scale, number and time, 4 per choice, 8 per comment slot).',
  );
  console.log('  Target: peak RSS under 3 × the coded columns for large files (a node process starts at about 50 MB).');
}

function rscriptWithPsych(): string | null {
  const probe = spawnSync('Rscript', ['-e', 'cat(requireNamespace("psych", quietly = TRUE))'], { encoding: 'utf8' });
  if (probe.error) return 'Rscript is not installed';
  return probe.stdout.trim() === 'TRUE' ? null : 'the R package psych is not installed';
}

/** Median of three runs of `fn`, in ms. */
function median3(fn: () => number): number {
  const times = [fn(), fn(), fn()].sort((a, b) => a - b);
  return times[1];
}

/** The CLI's whole-process time on 20,000 × 40 beside Rscript running psych::corr.test on the same CSV. */
export function benchVersusR(respondents = 20_000, items = 40): void {
  console.log(`\nCLI beside R on ${respondents.toLocaleString('en-GB')} × ${items} (whole processes, median of 3, reading the same CSV)`);
  const missing = rscriptWithPsych();
  if (missing) {
    console.log(`  R comparison skipped: ${missing}.`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'senco-bench-r-'));
  try {
    const csv = join(dir, 'likert.csv');
    writeFileSync(csv, toCsv(generateLikertTable(respondents, items, { seed: 7, blankRate: 0.05 }).map((r) => r.map(String))));
    const cli = median3(() => {
      const run = runCliProcess(dir, csv);
      if (!run.ok) throw new Error(`the CLI failed: ${run.error}`);
      return run.ms;
    });
    const script = `suppressMessages(library(psych)); d <- read.csv(${JSON.stringify(csv)}); invisible(corr.test(d, method = "spearman", adjust = "holm", ci = FALSE))`;
    const r = median3(() => {
      const start = performance.now();
      const run = spawnSync('Rscript', ['-e', script], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`R failed: ${run.stderr.trim().split('\n')[0]}`);
      return performance.now() - start;
    });
    console.log(
      `  senco-time analyse     ${(cli / 1000).toFixed(2).padStart(6)} s  (read, classify, every analysis, report.html, report.json, CSVs)`,
    );
    console.log(`  Rscript psych          ${(r / 1000).toFixed(2).padStart(6)} s  (read.csv, corr.test spearman, holm, ci = FALSE)`);
    console.log(`  ratio CLI ÷ R          ${(cli / r).toFixed(2).padStart(6)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
