// End to end: the BUILT command line comparing the template demo (three schools) with the same survey a year
// earlier (test/fixtures/surveys/earlier-year: two schools, written by its generate.ts), given as two --compare files.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, AnalysisSchema } from '../shared/analysis/analysisSchema';

const CLI = 'dist/cli/senco-time.mjs';
const tmp = mkdtempSync(join(tmpdir(), 'senco-trends-'));
const NOW = ['oak-primary', 'ash-academy', 'elm-special'].map((s) => `examples/template-survey/${s}.csv`);
const BEFORE = ['oak-primary', 'ash-academy'].map((s) => `test/fixtures/surveys/earlier-year/${s}.csv`);
const TEMPLATE = 'examples/template-survey/senco-workload-wellbeing.template.json';
const WORKLOAD = 'How has your SENCO workload changed over the last year?';

function cli(...args: string[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_config_') && k !== 'INIT_CWD'));
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('senco-time analyse --compare', () => {
  const out = join(tmp, 'trends');
  let analysis: Analysis;
  beforeAll(() => {
    const r = cli('analyse', ...NOW, '--template', TEMPLATE, '--compare', BEFORE[0], '--compare', BEFORE[1], '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    analysis = AnalysisSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
  });

  it('gives the workload item its top-box share then and now, the change with its interval, and its test, as R does', () => {
    const t = analysis.trends!.find((x) => x.header === WORKLOAD)!;
    // R 4.2.2, the five CSVs read with read.csv(check.names = FALSE, na.strings = ""), later = rbind(3 files), earlier = rbind(2):
    // sum(later[[h]] == 5, na.rm = TRUE); sum(!is.na(later[[h]])) → 15, 78; the same on earlier → 4, 66
    expect(t.later).toMatchObject({ count: 15, n: 78 });
    expect(t.earlier).toMatchObject({ count: 4, n: 66 });
    // R: Newcombe method 10 from prop.test(15, 78, correct = FALSE)$conf.int and prop.test(4, 66, correct = FALSE)$conf.int
    expect(t.difference).toBeCloseTo(13.170163170163171, 10);
    expect(t.ciLow).toBeCloseTo(2.0111469192474458, 10);
    expect(t.ciHigh).toBeCloseTo(23.923063080368909, 10);
    // R: wilcox.test(later[[h]], earlier[[h]], exact = FALSE, correct = TRUE)$p.value
    expect(t.p).toBeCloseTo(0.011039915123043935, 13);
    // R: p.adjust(p, "holm")[1], p over the ten scale items of the template that are not background
    expect(t.pAdjusted).toBeCloseTo(0.11039915123043935, 13);
    expect(t.matchedBy).toBe('template item');
  });

  it('adjusts across the ten scale items, background questions compared answer by answer instead', () => {
    const scales = analysis.trends!.filter((t) => t.kind === 'scale');
    expect(scales).toHaveLength(10);
    // R: p.adjust(p, "holm") over the ten: the smallest p times 10; the others capped at 1 or near it
    expect(scales.find((t) => t.header.startsWith('How adequate'))!.pAdjusted).toBeCloseTo(0.09696054488715912 * 9, 12);
    const roll = analysis.trends!.find((t) => t.header === 'How many pupils are on roll?')!;
    expect(roll.kind).toBe('choice');
    expect(roll.shares!.map((s) => s.label)).toEqual(['Fewer than 100', '100 to 249', '250 to 499', '500 to 999', '1,000 or more']);
  });

  it('says the change in words in report.json and in the report, with the caveat that the people differ', () => {
    const sentence =
      '“How has your SENCO workload changed over the last year?”: 19% chose 5, “greatly increased”, up from 6% in the earlier survey: +13 points, 95% interval +2 to +24 (Mann–Whitney p = .11 after Holm correction).';
    expect(analysis.trends!.find((t) => t.header === WORKLOAD)!.text).toBe(sentence);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h2>This survey against the earlier one</h2><p class="note">This survey (78 respondents)');
    expect(html).toContain(`<li>${sentence}</li>`);
    expect(html).toContain('<dt>Change since the earlier survey</dt>');
    expect(analysis.caveats).toContain(
      'The earlier survey (66 respondents) and this one (78) were answered by different people, not the same SENCOs followed over time: a change between them may come from who chose to answer as much as from what changed.',
    );
    expect(analysis.trendsFrom).toEqual({ source: 'oak-primary.csv, ash-academy.csv', respondents: 66 });
  });

  it('writes trends.csv, the Trends tab', () => {
    const csv = readFileSync(join(out, 'trends.csv'), 'utf8');
    expect(csv).toContain('Workload');
    expect(csv).toContain(
      '\nHow has your SENCO workload changed over the last year?,6.1%,19.2%,"5, “greatly increased”",66,78,13.2,2.0,23.9,0.0110,0.1104,',
    );
  });

  it('adds nothing when there is no --compare', () => {
    const plain = join(tmp, 'plain');
    expect(cli('analyse', ...NOW, '--template', TEMPLATE, '--out', plain).code).toBe(0);
    const json = JSON.parse(readFileSync(join(plain, 'report.json'), 'utf8'));
    expect(Object.keys(json)).not.toContain('trends');
    expect(existsSync(join(plain, 'trends.csv'))).toBe(false);
    expect(readFileSync(join(plain, 'report.html'), 'utf8')).not.toContain('earlier');
  });

  it('says in one sentence that nothing matches when the earlier file is another survey, and exits with 2', () => {
    const r = cli('analyse', NOW[0], '--compare', 'examples/sample-survey.csv', '--out', join(tmp, 'other'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "Nothing in sample-survey.csv matches the questions of oak-primary.csv: no scale or single-choice question is in both, by the template's question ids or by the same wording.\n",
    );
  });

  it('names the earlier file in one sentence when it cannot be read, and exits with 2', () => {
    const r = cli('analyse', NOW[0], '--compare', join(tmp, 'no-such.csv'), '--out', join(tmp, 'bad'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^no-such\.csv: |^There is no file at ".*no-such\.csv"/);
  });
});
