import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { type Analysis, AnalysisSchema } from './analysisSchema';

// Two small surveys a year apart, built from answer counts; R 4.2.2 was given the same counts (see each value).
//   ex <- function(counts) rep(seq_along(counts), counts)
//   newcombe <- function(x1, n1, x2, n2): Newcombe (1998) method 10 from prop.test(x, n, correct = FALSE)$conf.int
const AGREE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const CHANGE = ['Greatly decreased', 'Slightly decreased', 'Stayed the same', 'Slightly increased', 'Greatly increased'];
const PHASES = ['Primary', 'Secondary', 'Special'];
const TIME = 'I have enough time to do the SENCO role well';
const WORKLOAD = 'How has your SENCO workload changed over the last year?';
const STRESS = 'How stressed do you feel in your SENCO role?';
const PHASE = 'Which phase is your school?';

const answers = (labels: readonly (string | number)[], counts: readonly number[]) => counts.flatMap((c, i) => Array(c).fill(labels[i]));

function table(counts: { time: number[]; workload: number[]; stress: number[]; phase: number[] }, extra: [string, string]) {
  const columns = [
    answers(AGREE, counts.time),
    answers(CHANGE, counts.workload),
    answers([1, 2, 3, 4, 5], counts.stress),
    answers(PHASES, counts.phase),
  ];
  const n = columns[0].length;
  return [
    [TIME, WORKLOAD, STRESS, PHASE, extra[0]],
    ...Array.from({ length: n }, (_, i) => [...columns.map((c) => c[i]), i % 2 ? extra[1] : 'x']),
  ];
}

const earlierTable = table({ time: [10, 12, 8, 15, 5], workload: [2, 3, 10, 20, 15], stress: [5, 10, 15, 12, 8], phase: [30, 15, 5] }, [
  'Do you line-manage teaching assistants?',
  'Yes',
]);
const laterTable = table({ time: [6, 8, 7, 20, 11], workload: [1, 2, 8, 16, 25], stress: [3, 9, 14, 14, 12], phase: [28, 18, 6] }, [
  'Do you have dedicated administrative support for SEND work?',
  'No',
]);

function run(t: unknown[][], options = {}): Analysis {
  const r = analyse(t, options);
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

describe('trends: this survey against an earlier one, checked against R', () => {
  const earlier = run(earlierTable);
  const later = run(laterTable, { earlier: { analysis: earlier, source: 'survey-2025.csv' } });
  const trend = (header: string) => later.trends!.find((t) => t.header === header)!;

  it.each([
    // R: newcombe(31, 52, 20, 50) → 19.615384615384613 0.26349078142528237 37.022272133782252
    { header: TIME, before: [20, 50], now: [31, 52], difference: 19.615384615384613, low: 0.26349078142528237, high: 37.022272133782252 },
    // R: newcombe(25, 52, 15, 50) (the top box alone: "greatly increased" is the point)
    {
      header: WORKLOAD,
      before: [15, 50],
      now: [25, 52],
      difference: 18.07692307692308,
      low: -0.82720085633478935,
      high: 35.222218359406391,
    },
    // R: newcombe(26, 52, 20, 50)
    { header: STRESS, before: [20, 50], now: [26, 52], difference: 9.9999999999999982, low: -9.0508071491316073, high: 28.042521868820526 },
  ])('top-end share then and now, and the difference in points with its Newcombe 95% interval: $header', (c) => {
    const t = trend(c.header);
    expect([t.earlier.count, t.earlier.n]).toEqual(c.before);
    expect([t.later.count, t.later.n]).toEqual(c.now);
    expect(t.earlier.percent).toBeCloseTo((100 * c.before[0]) / c.before[1], 12);
    expect(t.difference).toBeCloseTo(c.difference, 10);
    expect(t.ciLow).toBeCloseTo(c.low, 10);
    expect(t.ciHigh).toBeCloseTo(c.high, 10);
  });

  it('tests the two distributions with Mann–Whitney and adjusts the p-values across the scale items with Holm', () => {
    // R: p <- c(wilcox.test(ex(agreeL), ex(agreeE), exact = FALSE, correct = TRUE)$p.value, … workload …, … stress …)
    const p = [0.031340731507502537, 0.076107412939396699, 0.24759732618787125];
    // R: p.adjust(p, "holm")
    const holm = [0.09402219452250761, 0.1522148258787934, 0.24759732618787125];
    [TIME, WORKLOAD, STRESS].forEach((h, i) => {
      expect(trend(h).p).toBeCloseTo(p[i], 13);
      expect(trend(h).pAdjusted).toBeCloseTo(holm[i], 13);
    });
  });

  it('gives each answer of a single-choice question its change in share, with no test', () => {
    const t = trend(PHASE);
    expect(t.kind).toBe('choice');
    expect(t.p).toBeNull();
    expect(t.pAdjusted).toBeNull();
    const byLabel = Object.fromEntries(t.shares!.map((s) => [s.label, [s.difference, s.ciLow, s.ciHigh]]));
    // R: newcombe(28, 52, 30, 50); newcombe(18, 52, 15, 50); newcombe(6, 52, 5, 50)
    const expected = {
      Primary: [-6.1538461538461542, -24.363059370066228, 12.691183726881036],
      Secondary: [4.6153846153846159, -13.287243033153246, 22.027385302395643],
      Special: [1.5384615384615385, -11.375592295194318, 14.292598824595382],
    };
    for (const [label, values] of Object.entries(expected)) values.forEach((v, i) => expect(byLabel[label][i]).toBeCloseTo(v, 10));
  });

  it('says each trend in words, with the interval in whole points', () => {
    expect(trend(WORKLOAD).text).toBe(
      '“How has your SENCO workload changed over the last year?”: 48% answered greatly increased, up from 30% in the earlier survey: +18 points, 95% interval −0.8 to +35 (Mann–Whitney p = .15 after Holm correction).',
    );
    expect(trend(TIME).text).toBe(
      '60% agree or strongly agree that they have enough time to do the SENCO role well, up from 40% in the earlier survey: +20 points, 95% interval +0.3 to +37 (Mann–Whitney p = .094 after Holm correction).',
    );
  });

  it('names the questions only one survey asked, and says the respondents differ', () => {
    expect(later.notes).toContain(
      '1 question(s) are not in the earlier survey, so have no trend: "Do you have dedicated administrative support for SEND work?".',
    );
    expect(later.notes).toContain('1 question(s) of the earlier survey are not in this one: "Do you line-manage teaching assistants?".');
    expect(later.caveats.at(-1)).toMatch(/^The earlier survey \(50 respondents\) and this one \(52\) were answered by different people/);
    expect(later.trendsFrom).toEqual({ source: 'survey-2025.csv', respondents: 50 });
    expect(AnalysisSchema.safeParse(later).success).toBe(true);
  });

  it('adds nothing to the analysis when there is no earlier survey', () => {
    const alone = run(laterTable);
    expect('trends' in alone).toBe(false);
    expect('trendsFrom' in alone).toBe(false);
    expect(JSON.stringify(alone)).toBe(
      JSON.stringify({ ...later, trends: undefined, trendsFrom: undefined, notes: alone.notes, caveats: alone.caveats }),
    );
  });

  it('leaves out a question whose answer options differ between the surveys, and says so', () => {
    // The earlier survey's stress answers ran from 2 to 10, this one's from 1 to 5: no share of one matches a share of the other.
    const tenPoint = earlierTable.map((row, i) => row.map((v, c) => (c !== 2 || i === 0 ? v : 2 * Number(v))));
    const a = run(laterTable, { earlier: { analysis: run(tenPoint), source: 'old.csv' } });
    expect(a.trends!.map((t) => t.header)).toEqual([TIME, WORKLOAD, PHASE]);
    expect(a.notes).toContain(
      '1 question(s) offered different answers in the earlier survey, so their shares cannot be compared: "How stressed do you feel in your SENCO role?".',
    );
  });
});
