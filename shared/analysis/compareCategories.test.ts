import { describe, expect, it } from 'vitest';
import type { SurveyColumn } from '../survey/survey';
import { adjustByGroupColumn, compareCategories } from './compareCategories';
import { compareGroups } from './compareGroups';

// R 4.2.2:
//   phase <- rep(c("Primary", "Secondary", "Special"), times = c(10, 8, 3))
//   slt <- c("Y","Y","Y","Y","Y","Y","Y","N","N","N", "Y","N","N","N","N","N","N","Y", "Y","N","Y")
//   role <- c("A","A","A","A","A","B","B","B","B","C", "B","B","B","C","C","C","C","C", "A","B","C")
//   stress <- c(2,3,2,4,3,2,1,3,2,3, 4,5,4,3,5,4,4,5, 3,3,4)
//   keep <- phase != "Special"
const phase = [...new Array(10).fill(0), ...new Array(8).fill(1), ...new Array(3).fill(2)];
const slt = 'YYYYYYYNNNYNNNNNNYYNY'.split('').map((c) => (c === 'Y' ? 0 : 1));
const role = 'AAAAABBBBCBBBCCCCCABC'.split('').map((c) => c.charCodeAt(0) - 65);
const stress = [2, 3, 2, 4, 3, 2, 1, 3, 2, 3, 4, 5, 4, 3, 5, 4, 4, 5, 3, 3, 4];

const base = { missing: 0, nonSubstantive: [], unreadable: 0 };
const choice = (column: number, header: string, categories: string[], values: number[]): SurveyColumn => ({
  ...base,
  column,
  header,
  kind: 'choice',
  data: { type: 'categorical', categories, values: Int32Array.from(values) },
});
const columns: SurveyColumn[] = [
  choice(0, 'Phase', ['Primary', 'Secondary', 'Special'], phase),
  choice(1, 'On the senior leadership team?', ['Yes', 'No'], slt),
  choice(2, 'Role', ['A', 'B', 'C'], role),
  {
    ...base,
    column: 3,
    header: 'Stress (1–5)',
    kind: 'scale',
    data: {
      type: 'ordinal',
      scaleName: 'numeric 1–5',
      boundsStated: false,
      levels: [1, 2, 3, 4, 5].map((code) => ({ label: String(code), code })),
      codes: Float64Array.from(stress),
    },
  },
];

describe('compareCategories', () => {
  const categories = compareCategories(columns);
  const comparisons = compareGroups(columns, 'holm');
  adjustByGroupColumn(comparisons, categories, 'holm');
  const pair = (g: number, item: number) => categories.find((c) => c.groupColumn === g && c.item === item)!;

  it('tests each pair of single-choice questions once', () => {
    expect(categories.map((c) => [c.groupColumn, c.item])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it("uses Fisher's exact test for a 2 × 2 table with an expected count under 5, leaving out the group of 3", () => {
    const c = pair(0, 1);
    // R 4.2.2: t1 <- table(factor(phase[keep]), factor(slt[keep], levels = c("Y", "N"))); chisq.test(t1)$expected has 4s
    expect(c.test).toBe('fisher');
    expect(c.p).toBeCloseTo(0.15343480049362421, 14); // fisher.test(t1)$p.value
    expect(c.effectSize.value).toBeCloseTo(0.44721359549995793, 14); // sqrt(chisq.test(t1, correct = FALSE)$statistic / sum(t1))
    expect([c.statistic, c.df]).toEqual([null, null]);
    expect(c.suppressedGroups).toEqual(['Special']);
    expect(c.rows.map((r) => [r.label, r.n])).toEqual([
      ['Primary', 10],
      ['Secondary', 8],
    ]);
  });

  it('uses chi-square otherwise, and says when expected counts are small', () => {
    const c = pair(0, 2);
    // R 4.2.2: c2 <- chisq.test(table(factor(phase[keep]), factor(role[keep])), correct = FALSE)
    expect(c.test).toBe('chi-square');
    expect(c.statistic).toBeCloseTo(7.682142857142858716, 13); // c2$statistic
    expect(c.df).toBe(2); // c2$parameter
    expect(c.p).toBeCloseTo(0.021470584818989554, 14); // c2$p.value
    expect(c.effectSize.value).toBeCloseTo(0.653288385237112856, 14); // sqrt(c2$statistic / (sum(t2) * 1))
    expect(c.note).toBe('6 of 6 expected counts are under 5: the p-value is approximate'); // sum(c2$expected < 5)
  });

  it('adjusts p with Holm across everything tested against the same grouping question', () => {
    const stressByPhase = comparisons.find((c) => c.groupColumn === 0 && c.item === 3)!;
    // R 4.2.2: w <- wilcox.test(stress[phase == "Primary"], stress[phase == "Secondary"], exact = FALSE, correct = TRUE)
    expect(stressByPhase.p).toBeCloseTo(0.0016073842810766284, 15);
    // R 4.2.2: p.adjust(c(w$p.value, fisher.test(t1)$p.value, c2$p.value), "holm")
    expect(stressByPhase.pAdjusted).toBeCloseTo(0.0048221528432298849, 15);
    expect(pair(0, 1).pAdjusted).toBeCloseTo(0.1534348004936242071, 14);
    expect(pair(0, 2).pAdjusted).toBeCloseTo(0.0429411696379791083, 14);
  });

  it('never shows a count under 5, nor a cell that would give one away', () => {
    // SLT × role: Yes [6, 3, 2], No [0, 5, 5] (R 4.2.2: table(factor(slt, levels = c("Y", "N")), factor(role))).
    // 3 and 2 are withheld; each is alone in its column, so the 5s below them go too. 6/11 and the zero are shown.
    const c = pair(1, 2);
    expect(c.columns).toEqual(['A', 'B', 'C']);
    expect(c.rows).toEqual([
      { label: 'Yes', n: 11, percents: [(100 * 6) / 11, null, null] },
      { label: 'No', n: 10, percents: [0, null, null] },
    ]);
    // R 4.2.2: chisq.test(t3, correct = FALSE)$p.value: the test uses every count
    expect(c.p).toBeCloseTo(0.020695460358990815, 14);
  });

  it("protects the left-out group's answers from subtraction out of the question's own distribution", () => {
    // Phase × role: Primary [5, 4, 1], Secondary [0, 3, 5], and Special's [1, 1, 1] is the item total minus those rows.
    // Special's 1 under A is alone in column A, so Primary's 5 goes; Secondary's 3 is alone in its row, so its 5 goes.
    expect(pair(0, 2).rows.map((r) => r.percents)).toEqual([
      [null, null, null],
      [0, null, null],
    ]);
  });
});
