import { describe, expect, it } from 'vitest';
import { generateTemplateResponses } from '../../examples/generateTemplateResponses';
import { SENCO_WORKLOAD_WELLBEING } from '../templates/builtIn/sencoWorkloadWellbeing';
import { combineResponses } from '../templates/combineResponses';
import { analyse } from './analyse';
import { type Analysis, AnalysisSchema } from './analysisSchema';

// Three schools' response tabs of the "SENCO workload and wellbeing" form (seed 7). The same table was written
// to CSV and read in R 4.2 with psych 2.2.9:
//   d <- read.csv("combined.csv", check.names=FALSE, na.strings="")
//   w <- data.frame(stress=6-s, exhaustion=6-e, valued=v)          # stress and exhaustion reverse-coded
//   a <- psych::alpha(na.omit(w), check.keys=FALSE)
const tables = generateTemplateResponses(SENCO_WORKLOAD_WELLBEING, [
  { name: 'Oak Primary', respondents: 40 },
  { name: 'Ash Academy', respondents: 35 },
  { name: 'Elm Special', respondents: 3 },
]);

describe('analysis with a template, three schools combined', () => {
  const r = analyse(combineResponses(tables), { template: SENCO_WORKLOAD_WELLBEING });
  if (!r.ok) throw new Error(r.message);
  const a: Analysis = r.analysis;
  const wellbeing = a.reliability!.find((x) => x.construct === 'wellbeing')!;

  it('satisfies the report.json schema and names the template', () => {
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    expect(a.template).toEqual({ id: 'senco-workload-wellbeing', title: 'SENCO workload and wellbeing', version: '1.0' });
  });

  it('matches psych::alpha for the Wellbeing construct, with stress and exhaustion reversed', () => {
    expect(wellbeing.n).toBe(78);
    expect(wellbeing.alpha).toBeCloseTo(0.817362677718902, 12); // a$total$raw_alpha
    expect(wellbeing.standardisedAlpha).toBeCloseTo(0.817721220088185, 12); // a$total$std.alpha
    expect(wellbeing.verdict).toBe('good');
    expect(wellbeing.items.map((i) => i.reverse)).toEqual([true, true, false]);
    // a$alpha.drop$raw_alpha and a$item.stats$r.drop
    expect(wellbeing.items.map((i) => i.alphaIfDropped)).toEqual(
      [0.755322752977354, 0.764423578508086, 0.72453182973502].map((x) => expect.closeTo(x, 12)),
    );
    expect(wellbeing.items.map((i) => i.correctedItemTotal)).toEqual(
      [0.66394972956399, 0.654385927470081, 0.694351629047476].map((x) => expect.closeTo(x, 12)),
    );
  });

  it('gives the Feldt 95% interval of alpha, and flags no item (each alpha.drop is below alpha)', () => {
    // R 4.2.2, by hand as psych's alpha.ci does: 1 - (1 - 0.817362677718902) * qf(c(0.975, 0.025), 77, 77 * 2)
    expect(wellbeing.alphaInterval!.low).toBeCloseTo(0.73388260884054968, 12);
    expect(wellbeing.alphaInterval!.high).toBeCloseTo(0.87781474142891913, 12);
    expect(wellbeing.items.map((i) => i.raisesAlphaIfDropped)).toEqual([false, false, false]);
  });

  it('matches psych::alpha for the two-item Workload construct', () => {
    // b <- psych::alpha(na.omit(data.frame(workload, admin)), check.keys=FALSE); b$total$raw_alpha
    expect(a.reliability!.find((x) => x.construct === 'workload')!.alpha).toBeCloseTo(0.778196275371417, 12);
  });

  it('adds each construct score as a question that enters the correlations', () => {
    const score = a.questions.find((q) => q.column === wellbeing.scoreColumn)!;
    expect(score).toMatchObject({ header: 'Wellbeing (score: mean of 3 items)', kind: 'number', n: 78 });
    expect(score.construct!.items).toEqual(wellbeing.items.map((i) => i.column));
    expect(a.correlations.some((c) => c.a === wellbeing.scoreColumn || c.b === wellbeing.scoreColumn)).toBe(true);
  });

  it("reads scales with the template's bounds and end labels, and ordered choices as scales", () => {
    const workload = a.questions.find((q) => q.header === 'How has your SENCO workload changed over the last year?')!;
    expect(workload.levels.map((l) => l.label)).toEqual(['1 (Greatly decreased)', '2', '3', '4', '5 (Greatly increased)']);
    const roll = a.questions.find((q) => q.header === 'How many pupils are on roll?')!;
    expect(roll.kind).toBe('scale');
    expect(roll.levels.map((l) => l.label)).toEqual(['Fewer than 100', '100 to 249', '250 to 499', '500 to 999', '1,000 or more']);
  });

  it('compares the schools, leaving out the school with 3 respondents everywhere', () => {
    const bySource = a.comparisons.filter((c) => c.groupHeader === 'Source');
    expect(bySource.length).toBeGreaterThan(0);
    for (const c of bySource) {
      expect(c.groups.map((g) => g.label)).toEqual(['Oak Primary', 'Ash Academy']);
      expect(c.suppressedGroups).toEqual(['Elm Special']);
    }
    expect(JSON.stringify(a.findings)).not.toContain('Elm Special');
  });
});

describe('a construct score and its own items', () => {
  it('are correlated for the record but never tested, corrected for or reported as a finding', () => {
    const r = analyse(combineResponses(tables), { template: SENCO_WORKLOAD_WELLBEING });
    if (!r.ok) throw new Error(r.message);
    const w = r.analysis.reliability!.find((x) => x.construct === 'wellbeing')!;
    const own = r.analysis.correlations.filter(
      (c) =>
        (c.a === w.scoreColumn && w.items.some((i) => i.column === c.b)) ||
        (c.b === w.scoreColumn && w.items.some((i) => i.column === c.a)),
    );
    expect(own).toHaveLength(3);
    for (const c of own) expect(c).toMatchObject({ p: null, pAdjusted: null, note: 'the item is part of this score: not tested' });
    expect(r.analysis.findings.some((f) => f.text.includes('Wellbeing (score') && f.text.includes('How stressed'))).toBe(false);
  });
});
