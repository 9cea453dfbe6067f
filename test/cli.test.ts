// End to end: the BUILT command line (dist/cli/senco-time.mjs, made by `npm run build`) on real files.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, AnalysisSchema } from '../shared/analysis/analysisSchema';

const CLI = 'dist/cli/senco-time.mjs';
const tmp = mkdtempSync(join(tmpdir(), 'senco-cli-'));

function cli(...args: string[]) {
  return cliWith({}, ...args);
}

function cliWith(env: Record<string, string>, ...args: string[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_config_') && k !== 'INIT_CWD'));
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
});

describe('senco-time analyse on the bundled sample survey', () => {
  let analysis: Analysis;
  let out: string;
  beforeAll(() => {
    out = join(tmp, 'sample');
    const r = cli('analyse', 'examples/sample-survey.csv', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    analysis = AnalysisSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
  });

  it('writes the HTML report, the JSON and one CSV per tab', () => {
    for (const f of [
      'report.html',
      'report.json',
      'summary.csv',
      'distributions.csv',
      'correlations.csv',
      'comparisons.csv',
      'comments.csv',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
  });

  it('matches R on the workload item: top box, Wilson interval, mean, median, SD', () => {
    // R 4.2: d <- read.csv("examples/sample-survey.csv", check.names=FALSE, na.strings=""); w <- d[[4]]
    //   sum(w==5, na.rm=TRUE) = 93; sum(!is.na(w)) = 146; prop.test(93, 146, correct=FALSE)$conf.int
    const q = analysis.questions[3];
    expect(q.topBox).toMatchObject({ count: 93 });
    expect(q.n).toBe(146);
    expect(q.topBox!.ciLow).toBeCloseTo(55.6400043686873, 8);
    expect(q.topBox!.ciHigh).toBeCloseTo(71.054877218034, 8);
    // mean(w, na.rm=T), median(w, na.rm=T), sd(w, na.rm=T)
    expect(q.mean).toBeCloseTo(4.452054794520548, 12);
    expect(q.median).toBe(5);
    expect(q.sd).toBeCloseTo(0.879515476179313, 12);
  });

  it('matches psych::corr.test(method="spearman") for workload ↔ stress and stress ↔ feeling valued', () => {
    const pair = (a: number, b: number) => analysis.correlations.find((c) => c.a === a && c.b === b)!;
    // ct <- corr.test(d[, 4:13], method="spearman", adjust="holm"); ct$r[1,3], ct$n[1,3], ct$p[3,1] (raw)
    expect(pair(3, 5).r).toBeCloseTo(0.445905059058707, 12);
    expect(pair(3, 5).n).toBe(145);
    expect(pair(3, 5).p).toBeCloseTo(1.90194122989011e-8, 18);
    // ct$r[3,10]: stress ↔ feeling valued, negative as the published SENsible SENCO analysis found
    expect(pair(5, 12).r).toBeCloseTo(-0.546357616403808, 12);
    // ct$r[3,9]: stress ↔ adequacy of support, negative
    expect(pair(5, 11).r).toBeCloseTo(-0.381976084670085, 12);
  });

  it('matches kruskal.test for stress across phases, leaving out the group of 3', () => {
    // keep <- ph %in% c("Primary","Secondary","Special","All-through"); kruskal.test(s[keep] ~ factor(ph[keep]))
    const c = analysis.comparisons.find((x) => x.groupColumn === 2 && x.item === 5)!;
    expect(c.test).toBe('kruskal-wallis');
    expect(c.statistic).toBeCloseTo(1.36777155028838, 10);
    expect(c.p).toBeCloseTo(0.713106338481457, 10);
    expect(c.suppressedGroups).toEqual(['Alternative provision']);
    expect(c.groups.map((g) => g.label)).not.toContain('Alternative provision');
  });

  it('never copies e-mail addresses into any output', () => {
    for (const f of ['report.html', 'report.json', 'summary.csv', 'comments.csv']) {
      expect(readFileSync(join(out, f), 'utf8')).not.toMatch(/senco\d+@school\.example/);
    }
  });

  it('keeps comments that look like formulas as text in the CSV output', () => {
    const csv = readFileSync(join(out, 'comments.csv'), 'utf8');
    expect(csv).toContain("'=more protected time");
    expect(csv).not.toMatch(/(^|,)=more protected time/m);
  });
});

describe('senco-time on bad input: one sentence, exit code 2, no stack trace', () => {
  const file = (name: string, content: string | Uint8Array) => {
    const p = join(tmp, name);
    writeFileSync(p, content);
    return p;
  };
  it.each([
    ['an empty file', () => ['analyse', file('empty.csv', '')], /^The file is empty/],
    ['a header row only', () => ['analyse', file('header.csv', 'Timestamp,Q1\n')], /header row but no responses/],
    [
      'a binary file',
      () => ['analyse', file('binary.csv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2, 3, 0, 0]))],
      /does not look like a CSV|Excel|spreadsheet/i,
    ],
    ['a file that does not exist', () => ['analyse', join(tmp, 'nope.csv')], /^There is no file at/],
    ['a folder', () => ['analyse', tmp], /is a folder/],
    [
      'nothing analysable',
      () => ['analyse', file('ids.csv', 'Timestamp,Email address\n01/09/2025 10:00:00,a@b.example\n')],
      /^Nothing here can be analysed/,
    ],
    [
      'an unknown method',
      () => ['analyse', 'examples/sample-survey.csv', '--method', 'magic'],
      /--method must be spearman, pearson or kendall/,
    ],
    ['no file at all', () => ['analyse'], /^Give the CSV file to analyse/],
    ['an unknown option', () => ['analyse', 'x.csv', '--colour'], /Unknown option/],
  ])('explains %s', (_name, args, message) => {
    const r = cli(...args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
  });
});

describe('senco-time with a template and several schools', () => {
  const dir = 'examples/template-survey';
  const schools = ['oak-primary.csv', 'ash-academy.csv', 'elm-special.csv'].map((f) => `${dir}/${f}`);

  it('combines the files as Sources, scores the constructs and writes the Reliability tab', () => {
    const out = join(tmp, 'template');
    const r = cli('analyse', ...schools, '--template', `${dir}/senco-workload-wellbeing.template.json`, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const analysis = AnalysisSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    // psych::alpha(na.omit(w), check.keys=FALSE)$total$raw_alpha on the same three files (see shared/analysis/templateAnalysis.test.ts)
    expect(analysis.reliability!.find((x) => x.construct === 'wellbeing')!.alpha).toBeCloseTo(0.817362677718902, 12);
    expect(readFileSync(join(out, 'reliability.csv'), 'utf8')).toContain("Cronbach's α");
    const bySource = analysis.comparisons.filter((c) => c.groupHeader === 'Source');
    expect(bySource.every((c) => c.suppressedGroups.includes('elm-special'))).toBe(true);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Reliability of the template');
  });

  it('accepts a built-in template by its id', () => {
    const r = cli('analyse', ...schools, '--template', 'senco-workload-wellbeing', '--out', join(tmp, 'builtin'));
    expect(r.code).toBe(0);
  });

  it('lists every problem of a bad template and exits with 2', () => {
    const bad = JSON.parse(readFileSync(`${dir}/senco-workload-wellbeing.template.json`, 'utf8'));
    bad.sections[1].items[0].high = 12;
    bad.sections[0].items[0].kind = 'dropdown';
    const file = join(tmp, 'bad.template.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = cli('analyse', schools[0], '--template', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot be used (2 problems)');
    expect(r.stderr).toContain('Item 8 ("How has your SENCO workload changed over the last…"): a scale needs an upper bound from 3 to 10.');
    expect(r.stderr).toContain('Item 1 ("Which phase is your school?"): the kind must be one of');
  });
});

describe('senco-time run through npm from another folder', () => {
  it('reads and writes paths relative to the folder the command was typed in (INIT_CWD)', () => {
    const out = join(tmp, 'from-examples');
    const r = cliWith({ INIT_CWD: join(process.cwd(), 'examples') }, 'analyse', 'sample-survey.csv', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Analysed 150 responses from sample-survey.csv.');
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  });
  it('explains the missing -- when npm kept an option for itself', () => {
    const r = cliWith({ npm_config_out: 'true' }, 'analyse', 'examples/sample-survey.csv', '/tmp/x');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'npm kept --out for itself: put -- before the file and options, for example: npm run analyse -- responses.csv --out …',
    );
  });
  it('reads a Microsoft Forms export: its times are timestamps and its ID, e-mail and name are withheld', () => {
    const out = join(tmp, 'msforms');
    const r = cli('analyse', 'test/fixtures/exports/microsoft-forms.csv', '--out', out);
    expect(r.code).toBe(0);
    const a = AnalysisSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(a.questions.slice(0, 5).map((q) => q.kind)).toEqual(['id', 'timestamp', 'timestamp', 'id', 'id']);
    expect(a.comments).toEqual([]);
  });
});
