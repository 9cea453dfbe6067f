// End to end: answer sets the program does not know are named in the notes, and --order / --options make them scales.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, AnalysisSchema } from '../shared/analysis/analysisSchema';

const CLI = 'dist/cli/senco-time.mjs';
// Invented wordings, on purpose in no published anchor set (test/fixtures/surveys/unlisted-orders.csv).
const FIXTURE = 'test/fixtures/surveys/unlisted-orders.csv';
const LUNCH = 'How often do you get to eat lunch away from your desk?';
const PAPERWORK = 'How much of your week goes on paperwork?';
const STAGE = 'Which key stage do you mostly teach?';
const LUNCH_ORDER = ['Once in a blue moon', 'Now and then', 'Most weeks', 'Every single day'];
const PAPERWORK_ORDER = ['A sliver', 'A chunk', 'Most of it', 'Nearly all of it'];
const tmp = mkdtempSync(join(tmpdir(), 'senco-order-'));

function analyse(name: string, ...args: string[]): { analysis: Analysis; out: string; stdout: string } {
  const out = join(tmp, name);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_config_') && k !== 'INIT_CWD'));
  const r = spawnSync(process.execPath, [CLI, 'analyse', FIXTURE, '--out', out, ...args], {
    encoding: 'utf8',
    env: { ...clean, NO_COLOR: '1' },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { analysis: AnalysisSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))), out, stdout: r.stdout };
}

const note = (header: string) => `\u201c${header}\u201d was read as categories; set its order in Analysis options if it has one.`;

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('ordered answers the program does not know', () => {
  it('names each column read as categories in report.json, report.html and the Summary tab', () => {
    const { analysis, out } = analyse('plain');
    expect(analysis.notes).toEqual([note(LUNCH), note(PAPERWORK), note(STAGE)]);
    expect(analysis.questions.find((q) => q.header === LUNCH)?.kind).toBe('choice');
    // The agreement item is a known set: it is a scale, and not named.
    expect(analysis.questions.find((q) => q.header === 'I feel valued by SLT')?.kind).toBe('scale');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('“How often do you get to eat lunch away from your desk?” was read as categories');
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toContain(
      'was read as categories; set its order in Analysis options if it has one.',
    );
  });

  it('--order turns each into a scale with its median in words and its top two', () => {
    const { analysis, out, stdout } = analyse(
      'ordered',
      '--order',
      `${LUNCH}=${LUNCH_ORDER.join(',')}`,
      '--order',
      `${PAPERWORK.toUpperCase()}=${PAPERWORK_ORDER.join(', ')}`,
    );
    expect(analysis.notes).toEqual([note(STAGE)]);
    const lunch = analysis.questions.find((q) => q.header === LUNCH)!;
    const paperwork = analysis.questions.find((q) => q.header === PAPERWORK)!;
    expect(lunch.kind).toBe('scale');
    expect(lunch.levels.map((l) => l.label)).toEqual(LUNCH_ORDER);
    // R 4.2: o <- factor(d[[2]], levels = LUNCH_ORDER); table(o) = 3 5 8 4; median(as.integer(o)) = 3; mean(as.integer(o) >= 3) = 0.6
    expect(lunch.levels.map((l) => l.count)).toEqual([3, 5, 8, 4]);
    expect(lunch.median).toBe(3);
    // R 4.2: p <- factor(d[[3]], levels = PAPERWORK_ORDER); table(p) = 2 4 9 5; median = 3; mean(as.integer(p) >= 3) = 0.7
    //   prop.test(14, 20, correct = FALSE)$conf.int = 0.4810272 0.8545228
    expect(paperwork.median).toBe(3);
    const top = analysis.findings.find((f) => f.kind === 'scale' && f.columns.includes(paperwork.column));
    expect(top).toMatchObject({ high: { count: 14, percent: 70, words: 'most of it or nearly all of it' } });
    expect(top?.kind === 'scale' && top.high.ciLow).toBeCloseTo(48.10272, 4);
    expect(top?.kind === 'scale' && top.high.ciHigh).toBeCloseTo(85.45228, 4);
    expect(stdout).toContain('60% answered most weeks or every single day (12 of 20');
    // The median in the scale's own words, in the Distributions tab's CSV.
    const csv = readFileSync(join(out, 'distributions.csv'), 'utf8');
    expect(csv).toMatch(/How often do you get to eat lunch away from your desk\?,15\.0%,25\.0%,40\.0%,20\.0%,.*,Most weeks,/);
    expect(csv).toMatch(/How much of your week goes on paperwork\?,10\.0%,20\.0%,45\.0%,25\.0%,.*,Most of it,/);
  });

  it('--options reads the options the add-on saves, keyed by header', () => {
    const file = join(tmp, 'options.json');
    writeFileSync(file, JSON.stringify({ scaleOrders: { [LUNCH]: LUNCH_ORDER } }));
    const { analysis } = analyse('options', '--options', file);
    expect(analysis.questions.find((q) => q.header === LUNCH)?.kind).toBe('scale');
    expect(analysis.notes).toEqual([note(PAPERWORK), note(STAGE)]);
  });

  it('says in one sentence when --order names a question the file does not have', () => {
    const r = spawnSync(process.execPath, [CLI, 'analyse', FIXTURE, '--out', join(tmp, 'typo'), '--order', 'How often?=Never,Always'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('No column is headed "How often?": copy the question exactly as it is in the first row of the CSV.');
  });
});
