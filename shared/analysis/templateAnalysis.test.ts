import { describe, expect, it } from 'vitest';
import { generateTemplateResponses } from '../../examples/generateTemplateResponses';
import { SENCO_WORKLOAD_WELLBEING } from '../templates/builtIn/sencoWorkloadWellbeing';
import { combineResponses } from '../templates/combineResponses';
import { analyse } from './analyse';
import { AnalysisSchema, type Analysis } from './analysisSchema';

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

  it("matches psych::alpha for the Wellbeing construct, with stress and exhaustion reversed", () => {
    expect(wellbeing.n).toBe(78);
    expect(wellbeing.alpha).toBeCloseTo(0.793988355356147, 12); // a$total$raw_alpha
    expect(wellbeing.standardisedAlpha).toBeCloseTo(0.794788279681197, 12); // a$total$std.alpha
    expect(wellbeing.verdict).toBe('acceptable');
    expect(wellbeing.items.map((i) => i.reverse)).toEqual([true, true, false]);
    // a$alpha.drop$raw_alpha and a$item.stats$r.drop
    expect(wellbeing.items.map((i) => i.alphaIfDropped)).toEqual([0.741820941642046, 0.72667285287143, 0.691318754141816].map((x) => expect.closeTo(x, 12)));
    expect(wellbeing.items.map((i) => i.correctedItemTotal)).toEqual([0.617457692833247, 0.629948670224737, 0.663642373555899].map((x) => expect.closeTo(x, 12)));
  });

  it('matches psych::alpha for the two-item Workload construct', () => {
    // b <- psych::alpha(na.omit(data.frame(workload, admin)), check.keys=FALSE); b$total$raw_alpha
    expect(a.reliability!.find((x) => x.construct === 'workload')!.alpha).toBeCloseTo(0.804296334513731, 12);
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
