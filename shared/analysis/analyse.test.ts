import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { type Analysis, AnalysisSchema } from './analysisSchema';

// A small survey with ties, skipped answers and two phases. The same vectors (NA for '') were run in R 4.2:
//   workload <- c(5,4,5,3,NA,5,4,2,5,4,3,5,1,4); stress <- c(4,4,5,3,4,5,NA,2,4,5,3,5,2,3)
//   valued <- c(2,3,1,4,3,NA,2,5,2,1,4,1,5,3); phase <- c("Primary","Primary","Secondary",…)
const workload = [5, 4, 5, 3, '', 5, 4, 2, 5, 4, 3, 5, 1, 4];
const stress = [4, 4, 5, 3, 4, 5, '', 2, 4, 5, 3, 5, 2, 3];
const valued = [2, 3, 1, 4, 3, '', 2, 5, 2, 1, 4, 1, 5, 3];
const phase = [
  'Primary',
  'Primary',
  'Secondary',
  'Primary',
  'Secondary',
  'Secondary',
  'Primary',
  'Primary',
  'Secondary',
  'Secondary',
  'Primary',
  'Secondary',
  'Primary',
  'Secondary',
];
const table = [
  ['Workload change (1–5)', 'Stress (1–5)', 'Feeling valued (1–5)', 'Phase'],
  ...workload.map((_, i) => [workload[i], stress[i], valued[i], phase[i]]),
];

function run(options = {}): Analysis {
  const r = analyse(table, options);
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

describe('analyse, checked against R', () => {
  const a = run();

  it('produces an analysis that satisfies the report.json schema', () => {
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
  });

  it('summarises a scale item as R does: n, top box with a Wilson interval, mean, median, SD', () => {
    const q = a.questions[0];
    // R: sum(workload==5, na.rm=TRUE) = 5; sum(!is.na(workload)) = 13
    expect(q.n).toBe(13);
    expect(q.missing).toBe(1);
    expect(q.topBox).toMatchObject({ label: '5', count: 5 });
    expect(q.topBox!.percent).toBeCloseTo((100 * 5) / 13, 10);
    // R: prop.test(5, 13, correct=FALSE)$conf.int = 0.177097077977626 0.644771084873343
    expect(q.topBox!.ciLow).toBeCloseTo(17.7097077977626, 8);
    expect(q.topBox!.ciHigh).toBeCloseTo(64.4771084873343, 8);
    // R: mean, median, sd (na.rm=TRUE) = 3.84615384615385 4 1.28102523044070
    expect(q.mean).toBeCloseTo(3.84615384615385, 12);
    expect(q.median).toBe(4);
    expect(q.sd).toBeCloseTo(1.2810252304407, 12);
    expect(q.levels.map((l) => l.count)).toEqual([1, 1, 2, 4, 5]);
  });

  it('matches psych::corr.test(d, method="spearman", adjust="holm"): r, n per pair, raw and adjusted p', () => {
    const [ws, wv, sv] = a.correlations;
    expect([ws.a, ws.b, wv.a, wv.b, sv.a, sv.b]).toEqual([0, 1, 0, 2, 1, 2]);
    expect(ws.r).toBeCloseTo(0.829599020261104, 12);
    expect(wv.r).toBeCloseTo(-0.859406632428898, 12);
    expect(sv.r).toBeCloseTo(-0.959514120601484, 12);
    expect([ws.n, wv.n, sv.n]).toEqual([12, 12, 12]);
    expect([ws.pMethod, wv.pMethod, sv.pMethod]).toEqual(['t', 't', 't']);
    expect(ws.p).toBeCloseTo(0.000843552702717687, 15);
    expect(wv.p).toBeCloseTo(0.000340014903268218, 15);
    expect(sv.p).toBeCloseTo(8.00268593036262e-7, 18);
    expect(ws.pAdjusted).toBeCloseTo(8.43552702717687e-4, 15);
    expect(wv.pAdjusted).toBeCloseTo(6.80029806536437e-4, 15);
    expect(sv.pAdjusted).toBeCloseTo(2.40080577910879e-6, 17);
  });

  it('matches R for Kendall tau-b and for Pearson with Benjamini–Hochberg', () => {
    const kendall = run({ method: 'kendall' }).correlations;
    const k = kendall.map((c) => c.r);
    // R: cor(d, method="kendall", use="pairwise.complete.obs")
    expect(k[0]).toBeCloseTo(0.761939317759459, 12);
    expect(k[1]).toBeCloseTo(-0.800529450752859, 12);
    expect(k[2]).toBeCloseTo(-0.927886408827178, 12);
    // Kendall p from its own null distribution, not the t formula for r.
    // R 4.2.2: cor.test(workload, stress, method = "kendall", exact = FALSE)$p.value, then (workload, valued), (stress, valued)
    expect(kendall.map((c) => c.pMethod)).toEqual(['normal', 'normal', 'normal']);
    expect(kendall[0].p).toBeCloseTo(0.00266353390827443748, 15);
    expect(kendall[1].p).toBeCloseTo(0.00124751296005853472, 15);
    expect(kendall[2].p).toBeCloseTo(0.00019295184006299409, 16);
    // R 4.2.2: p.adjust(c(those three), "holm")
    expect(kendall[1].pAdjusted).toBeCloseTo(0.00249502592011706945, 15);
    expect(kendall[2].pAdjusted).toBeCloseTo(0.00057885552018898225, 16);
    const p = run({ method: 'pearson', adjust: 'bh' }).correlations;
    // R: corr.test(d, method="pearson", adjust="BH")$r and $p (upper triangle adjusted)
    expect(p[0].r).toBeCloseTo(0.866154152079773, 12);
    expect(p[2].r).toBeCloseTo(-0.962607035820649, 12);
    expect(p[0].pAdjusted).toBeCloseTo(2.69060291229657e-4, 15);
    expect(p[1].pAdjusted).toBeCloseTo(1.49119033129903e-4, 15);
    expect(p[2].pAdjusted).toBeCloseTo(1.62203782709983e-6, 17);
  });

  it('compares the phases as wilcox.test(exact=FALSE, correct=TRUE) does, with Holm across items', () => {
    expect(a.comparisons.map((c) => [c.test, c.statistic])).toEqual([
      ['mann-whitney', 6],
      ['mann-whitney', 5],
      ['mann-whitney', 36],
    ]);
    // R: wilcox.test(workload[phase=="Primary"], workload[phase=="Secondary"], exact=FALSE)$p.value
    expect(a.comparisons[0].p).toBeCloseTo(0.030334027242967, 12);
    expect(a.comparisons[1].p).toBeCloseTo(0.0217628745569832, 12);
    expect(a.comparisons[2].p).toBeCloseTo(0.0346477895956933, 12);
    // R: p.adjust(c(...), "holm") = 0.0652886236709495 for all three
    for (const c of a.comparisons) expect(c.pAdjusted).toBeCloseTo(0.0652886236709495, 12);
    expect(a.comparisons[0].groups.map((g) => [g.label, g.n])).toEqual([
      ['Primary', 7],
      ['Secondary', 6],
    ]);
  });

  it('words the strongest surviving correlation as a finding with its numbers', () => {
    const text = a.findings.filter((f) => f.kind === 'correlation').map((f) => f.text);
    // Issue 10: correlations are said in words, the figure after. Labels this short have no phrase, hence "higher answers to".
    expect(text[0]).toBe(
      'SENCOs who give higher answers to “Stress” also tend to give lower answers to “Feeling valued” (ρ = −0.96, a strong link; n = 12; p < .001 after Holm correction).',
    );
  });

  it('states the sample and its caveats', () => {
    expect(a.caveats[0]).toContain('Based on 14 respondents');
    expect(a.caveats.join(' ')).toContain('bases vary from 13 to 14');
    expect(a.caveats.join(' ')).toContain('Correlation is not causation');
  });
});

describe('analyse on awkward input', () => {
  it('says "no variation" instead of NaN when everyone gave the same answer', () => {
    const r = analyse([
      ['A (1–5)', 'B (1–5)'],
      [3, 1],
      [3, 2],
      [3, 4],
      [3, 5],
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.analysis.correlations[0]).toMatchObject({ r: null, p: null, note: 'no variation' });
  });
  it('flags correlations on fewer than 10 pairs and keeps them out of the findings', () => {
    const r = analyse([
      ['A (1–5)', 'B (1–5)'],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.analysis.correlations[0].note).toBe('fewer than 10 pairs: unreliable');
    expect(r.analysis.findings.filter((f) => f.kind === 'correlation')).toEqual([]);
  });
  it('suppresses a group of fewer than 5 and names it in the caveats', () => {
    const rows = Array.from({ length: 13 }, (_, i) => [1 + (i % 5), i < 5 ? 'Primary' : i < 10 ? 'Secondary' : 'AP']);
    const r = analyse([['Stress (1–5)', 'Phase'], ...rows]);
    if (!r.ok) throw new Error(r.message);
    expect(r.analysis.comparisons[0].groups.map((g) => g.label)).toEqual(['Primary', 'Secondary']);
    expect(r.analysis.comparisons[0].suppressedGroups).toEqual(['AP']);
    expect(r.analysis.caveats.join(' ')).toContain('(AP)');
  });
  it('withholds group means when the left-out answers number fewer than 5, so they cannot be worked out by subtraction', () => {
    const rows = Array.from({ length: 11 }, (_, i) => [1 + (i % 5), i < 5 ? 'Primary' : i < 10 ? 'Secondary' : 'Special']);
    const r = analyse([['Stress (1–5)', 'Phase'], ...rows]);
    if (!r.ok) throw new Error(r.message);
    expect(r.analysis.comparisons[0].suppressedGroups).toEqual(['Special']);
    expect(r.analysis.comparisons[0].groups.map((g) => g.mean)).toEqual([null, null]);
    expect(r.analysis.comparisons[0].groups.map((g) => g.median)).toEqual([3, 3]);
  });
  it('refuses a sheet with nothing analysable in one sentence', () => {
    const r = analyse([
      ['Timestamp', 'Email address'],
      ['01/09/2025 10:00:00', 'a@b.example'],
    ]);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^Nothing here can be analysed/) });
  });
  it('analyses one respondent without failing', () => {
    const r = analyse([['Stress (1–5)'], [4]]);
    if (!r.ok) throw new Error(r.message);
    expect(r.analysis.questions[0]).toMatchObject({ n: 1, sd: null });
  });
});

describe('comments', () => {
  it('removes contact details a respondent typed, and says so', () => {
    const r = analyse([
      ['Stress (1–5)', 'Any other comments?'],
      [3, 'Email me at jo@school.example'],
      [4, 'More time please'],
      [2, ''],
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.analysis.comments[0].answers).toEqual(['Email me at [email removed]', 'More time please']);
    expect(r.analysis.notes.join(' ')).toContain('1 comment(s) held contact details');
  });
});
