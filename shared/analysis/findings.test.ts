import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import type { Analysis, Question } from './analysisSchema';
import { correlationFindings } from './correlationFindings';
import { scaleEnds } from './scaleEnds';

// 20 SENCOs: 10 primary, 10 secondary. Time codes 1 = Strongly disagree … 5 = Strongly agree.
const primaryTime = [4, 5, 4, 4, 3, 5, 4, 2, 4, 5];
const secondaryTime = [1, 2, 1, 2, 2, 2, 1, 2, 3, 1];
const stress = [2, 1, 2, 3, 3, 1, 2, 4, 2, 1, 5, 4, 5, 4, 3, 4, 5, 4, 3, 5];
const AGREE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const table = [
  ['Which phase is your school?', 'I have enough time to carry out my SENCO duties.', 'How stressed do you feel in your SENCO role? (1–5)'],
  ...[...primaryTime, ...secondaryTime].map((t, i) => [i < 10 ? 'Primary' : 'Secondary', AGREE[t - 1], stress[i]]),
];

function run(): Analysis {
  const r = analyse(table);
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

describe('findings (issue 10)', () => {
  const a = run();

  it('states both ends of an agreement item in its own words, larger first, with the base and a Wilson interval', () => {
    const f = a.findings.find((x) => x.kind === 'scale' && x.columns[0] === 1)!;
    // 10 of 20 chose Disagree or Strongly disagree; R 4.2: prop.test(10, 20, correct = FALSE)$conf.int = 0.2993 0.7007
    expect(f.text).toBe(
      '50% disagree or strongly disagree that they have enough time to carry out their SENCO duties (10 of 20; 95% CI 30–70%); 40% agree or strongly agree.',
    );
    if (f.kind !== 'scale') throw new Error('not a scale finding');
    expect(f.low.ciLow).toBeCloseTo(29.9298008198212, 8);
    expect(f.low.ciHigh).toBeCloseTo(70.0701991801788, 8);
    expect(f.topBox.count).toBe(3);
  });

  it('puts background questions in the respondent profile, never in the findings', () => {
    expect(a.profile).toEqual([
      expect.objectContaining({ column: 0, text: 'Which phase is your school? 50% Primary, 50% Secondary (n = 20).' }),
    ]);
    expect(a.findings.some((f) => f.columns.includes(0) && f.kind !== 'comparison' && f.kind !== 'no-difference')).toBe(false);
  });

  it('says a correlation in words, the figure after', () => {
    const f = a.findings.find((x) => x.kind === 'correlation')!;
    // R 4.2: cor(time, stress, method = "spearman") = -0.975965796764007; p from t with 18 df = 2.33e-13
    expect(f.text).toBe(
      'SENCOs who more often agree that they have enough time to carry out their SENCO duties also tend to feel less stressed in their SENCO role (ρ = −0.98, a strong link; n = 20; p < .001 after Holm correction).',
    );
  });

  it('says who differs, which way and by how much in shares', () => {
    const f = a.findings.find((x) => x.kind === 'comparison' && x.item === 1)!;
    if (f.kind !== 'comparison') throw new Error('not a comparison');
    // Secondary: 9 of 10 chose 1 or 2; Primary: 1 of 10. R: p.adjust(c(wilcox.test(p, s, exact = FALSE)$p.value,
    //   wilcox.test(stressP, stressS, exact = FALSE)$p.value), "holm")[1] = 0.000819490011198121
    expect(
      f.text.startsWith(
        '“Which phase is your school?”: Secondary (n = 10) more often disagree or strongly disagree that they have enough time to carry out their SENCO duties than Primary (n = 10): 90% vs 10%',
      ),
    ).toBe(true);
    expect(f.pAdjusted).toBeCloseTo(0.000819490011198121, 12);
    expect(f.groups.map((g) => [g.label, g.count, g.n])).toEqual([
      ['Primary', 1, 10],
      ['Secondary', 9, 10],
    ]);
  });

  it('marks at most eight findings as key, key ones first', () => {
    const keys = a.findings.map((f) => f.key);
    expect(keys.filter(Boolean).length).toBeLessThanOrEqual(8);
    expect(keys.indexOf(false) === -1 || keys.slice(keys.indexOf(false)).every((k) => !k)).toBe(true);
  });

  it('says in one sentence when no group difference survives correction', () => {
    const flat = [['Phase', 'Stress (1–5)'], ...Array.from({ length: 20 }, (_, i) => [i % 2 ? 'Primary' : 'Secondary', 1 + (i % 5)])];
    const r = analyse(flat);
    if (!r.ok) throw new Error(r.message);
    const none = r.analysis.findings.filter((f) => f.kind === 'no-difference');
    expect(none.map((f) => f.text)).toEqual([
      'No group difference stands out: the one comparison, by “Phase”, is not significant after Holm correction.',
    ]);
  });
});

const level = (label: string, code: number, count: number) => ({ label, code, count, percent: count * 10 });

describe('scale ends', () => {
  it('names a labelled end once: "6 (Very Accurate)", never "6 (Very Accurate) (Very Accurate)"', () => {
    const q = {
      header: 'How accurate is this? (1 = Very Inaccurate, 6 = Very Accurate)',
      n: 10,
      levels: [
        level('1 (Very Inaccurate)', 1, 1),
        level('2', 2, 1),
        level('3', 3, 2),
        level('4', 4, 2),
        level('5', 5, 2),
        level('6 (Very Accurate)', 6, 2),
      ],
    } as Question;
    expect(scaleEnds(q).high.words).toBe('5 or 6, towards “very accurate”');
    expect(scaleEnds(q).low.words).toBe('1 or 2, towards “very inaccurate”');
  });

  it('keeps the top box alone where "greatly increased" is the point', () => {
    const q = {
      header: 'Workload (1 = greatly decreased, 5 = greatly increased)',
      n: 10,
      levels: [1, 2, 3, 4, 5].map((c) => level(String(c), c, 2)),
    } as Question;
    expect(scaleEnds(q).high).toMatchObject({ words: '5, “greatly increased”', codes: [5], count: 2 });
  });
});

describe('correlation findings', () => {
  const q = (column: number, label: string, extra: Partial<Question> = {}) =>
    ({ column, label, header: label, kind: 'scale', levels: [], ...extra }) as unknown as Question;
  const c = (a: number, b: number, r: number) => ({ a, b, r, n: 100, method: 'spearman' as const, p: 1e-6, pAdjusted: 1e-5 });
  const questions = [
    q(0, 'How stressed do you feel?'),
    q(1, 'How valued do you feel?'),
    q(2, 'How emotionally exhausted do you feel?'),
    q(3, 'Wellbeing (score: mean of 2 items)', { kind: 'number', construct: { id: 'wellbeing', items: [0, 1] } }),
    q(4, 'How often do you receive supervision?'),
  ];
  const found = (correlations: ReturnType<typeof c>[]) =>
    correlationFindings({ questions, correlations, options: { method: 'spearman', adjust: 'holm' } }, new Set()).map((f) => f.columns);

  it('skips pairs inside one template construct, a score with its own items, one topic twice, and |ρ| < 0.3', () => {
    expect(found([c(0, 1, -0.6), c(0, 3, -0.8), c(0, 2, 0.7), c(0, 4, -0.25)])).toEqual([]);
  });
  it('keeps a clear link between two topics', () => {
    expect(found([c(1, 4, 0.45)])).toEqual([[1, 4]]);
  });
  it('names two bare columns (a network summary, a row a school’s week) instead of calling the rows SENCOs', () => {
    const columns = [q(0, 'EHCP admin hours', { kind: 'number' }), q(1, 'Tasks done late', { kind: 'number' })];
    const text = (r: number) =>
      correlationFindings({ questions: columns, correlations: [c(0, 1, r)], options: { method: 'spearman', adjust: 'holm' } }, new Set())[0]
        .text;
    expect(text(0.5)).toMatch(/^Where “EHCP admin hours” is higher, “Tasks done late” also tends to be higher \(ρ = 0\.50/);
    expect(text(-0.5)).toMatch(/^Where “EHCP admin hours” is higher, “Tasks done late” also tends to be lower /);
  });
  it('keeps "SENCOs who" when a question says what answering higher means', () => {
    const text = correlationFindings(
      { questions, correlations: [c(1, 4, 0.45)], options: { method: 'spearman', adjust: 'holm' } },
      new Set(),
    )[0].text;
    expect(text).toMatch(/^SENCOs who feel more valued also tend to receive supervision more often/);
  });
});
