import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseSurvey } from '../survey/parseSurvey';
import type { SurveyColumn } from '../survey/survey';
import { compareGroups } from './compareGroups';

// R 4.2.2: hours <- c(3, 5, 2.5, 8, 4, 6, 3, 10, 12, 7.5, 9, 15, 11, 20, 2, 6, 4)
//   phase <- rep(c("Primary", "Secondary", "Special"), times = c(7, 6, 4))
//   region <- rep(c("North", "South", "East"), times = c(6, 6, 5))
const hours = [3, 5, 2.5, 8, 4, 6, 3, 10, 12, 7.5, 9, 15, 11, 20, 2, 6, 4];
const codes = (times: number[]) => Int32Array.from(times.flatMap((t, g) => new Array<number>(t).fill(g)));

const base = { missing: 0, nonSubstantive: [], unreadable: 0 };
const columns: SurveyColumn[] = [
  {
    ...base,
    column: 0,
    header: 'Phase',
    kind: 'choice',
    data: { type: 'categorical', categories: ['Primary', 'Secondary', 'Special'], values: codes([7, 6, 4]) },
  },
  {
    ...base,
    column: 1,
    header: 'Region',
    kind: 'choice',
    data: { type: 'categorical', categories: ['North', 'South', 'East'], values: codes([6, 6, 5]) },
  },
  {
    ...base,
    column: 2,
    header: 'Hours a week allocated to the SENCO role',
    kind: 'number',
    data: { type: 'numeric', values: Float64Array.from(hours) },
  },
];

describe('compareGroups on a number question', () => {
  const comparisons = compareGroups(columns, 'holm');

  it('compares two groups as wilcox.test(exact = FALSE, correct = TRUE), leaving out the group of 4', () => {
    const c = comparisons.find((x) => x.groupColumn === 0 && x.item === 2)!;
    // R 4.2.2: w <- wilcox.test(hours[phase == "Primary"], hours[phase == "Secondary"], exact = FALSE, correct = TRUE)
    expect(c.test).toBe('mann-whitney');
    expect(c.statistic).toBe(1); // w$statistic
    expect(c.p).toBeCloseTo(0.005278155469013176, 15); // w$p.value
    expect(c.effectSize.value).toBeCloseTo(-0.952380952380952328, 14); // 2 * w$statistic / (7 * 6) - 1
    expect(c.groups.map((g) => [g.label, g.n, g.median])).toEqual([
      ['Primary', 7, 4], // median(hours[phase == "Primary"])
      ['Secondary', 6, 10.5],
    ]);
    expect(c.suppressedGroups).toEqual(['Special']);
    // 4 answers left out: fewer than 5, so the group means are withheld (they would give them away by subtraction)
    expect(c.groups.map((g) => g.mean)).toEqual([null, null]);
  });

  it('compares three groups as kruskal.test', () => {
    const c = comparisons.find((x) => x.groupColumn === 1 && x.item === 2)!;
    // R 4.2.2: k <- kruskal.test(hours ~ factor(region)); k$statistic, k$parameter, k$p.value, k$statistic / (17 - 1)
    expect(c.test).toBe('kruskal-wallis');
    expect(c.statistic).toBeCloseTo(3.36990569905698045, 13);
    expect(c.df).toBe(2);
    expect(c.p).toBeCloseTo(0.18545317595451669, 14);
    expect(c.effectSize.value).toBeCloseTo(0.21061910619106128, 14);
    // R 4.2.2: tapply(hours, region, median); tapply(hours, region, mean)
    expect(c.groups.map((g) => [g.label, g.median])).toEqual([
      ['North', 4.5],
      ['South', 9.5],
      ['East', 6],
    ]);
    expect(c.groups.map((g) => g.mean)).toEqual([4.75, 9.4166666666666661, 8.6].map((m) => expect.closeTo(m, 13)));
  });
});

describe('compareGroups on the sample survey', () => {
  it('keeps a Kruskal–Wallis p of 6e-22 (hours allocated by phase), which 1 − cdf would have made 0', () => {
    const csv = readFileSync(new URL('../../examples/sample-survey.csv', import.meta.url), 'utf8');
    const parsed = parseSurvey(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data);
    if (!parsed.ok) throw new Error(parsed.message);
    const c = compareGroups(parsed.survey.columns, 'holm').find((x) => x.groupColumn === 2 && x.item === 19)!;
    // R 4.2.2: d <- read.csv("examples/sample-survey.csv", check.names = FALSE, na.strings = ""); ph <- d[[3]]; h <- d[[20]]
    //   keep <- ph %in% c("All-through", "Primary", "Secondary", "Special")   # Alternative provision: 3 answered
    //   k <- kruskal.test(h[keep] ~ factor(ph[keep])); k$statistic; k$p.value
    expect(c.suppressedGroups).toEqual(['Alternative provision']);
    expect(c.statistic).toBeCloseTo(101.89807541074546, 10);
    expect(Math.abs(c.p! - 6.0720890263197302e-22)).toBeLessThanOrEqual(1e-6 * 6.0720890263197302e-22);
  });
});
