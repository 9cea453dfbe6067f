import { mean, median } from 'simple-statistics';
import { adjustPValues } from '../stats/adjustPValues';
import { kruskalWallis } from '../stats/kruskalWallis';
import { mannWhitneyU } from '../stats/mannWhitneyU';
import type { CategoricalData, SurveyColumn } from '../survey/survey';
import type { Comparison, PAdjust } from './analysisSchema';
import { shortLabel } from './shortLabel';

/** Groups smaller than this are never described, so that no respondent can be picked out. */
export const MIN_GROUP_SIZE = 5;
export const MAX_GROUPS = 8;

/** Single-choice columns that split respondents into 2–8 groups of at least MIN_GROUP_SIZE. */
export function groupingColumns(columns: readonly SurveyColumn[]): SurveyColumn[] {
  return columns.filter((col) => {
    if (col.kind !== 'choice' || col.data.type !== 'categorical') return false;
    const sizes = new Array(col.data.categories.length).fill(0);
    for (const v of col.data.values) if (v >= 0) sizes[v]++;
    const big = sizes.filter((s) => s >= MIN_GROUP_SIZE).length;
    return big >= 2 && big <= MAX_GROUPS;
  });
}

/** The answers a group comparison ranks: a scale item's codes, a number question's values (NaN = no answer). */
function answers(item: SurveyColumn): Float64Array | null {
  if (item.data.type === 'ordinal') return item.data.codes;
  if (item.data.type === 'numeric') return item.data.values;
  return null;
}

function compareItem(groupCol: SurveyColumn, data: CategoricalData, item: SurveyColumn, codes: Float64Array): Comparison {
  const byGroup: number[][] = data.categories.map(() => []);
  for (let i = 0; i < codes.length; i++) {
    if (data.values[i] >= 0 && !Number.isNaN(codes[i])) byGroup[data.values[i]].push(codes[i]);
  }
  const kept = data.categories.map((label, g) => ({ label, values: byGroup[g] })).filter((g) => g.values.length >= MIN_GROUP_SIZE);
  const suppressedGroups = data.categories.filter((_, g) => byGroup[g].length > 0 && byGroup[g].length < MIN_GROUP_SIZE);
  const suppressedAnswers = data.categories.reduce((n, _, g) => n + (byGroup[g].length < MIN_GROUP_SIZE ? byGroup[g].length : 0), 0);
  // Secondary suppression: the whole sample's distribution is published, so with exact group means the answers of
  // fewer than 5 left-out respondents could be worked out by subtraction. Their total, from 5 up, is an aggregate.
  const withholdMeans = suppressedAnswers > 0 && suppressedAnswers < MIN_GROUP_SIZE;
  const base = {
    groupColumn: groupCol.column,
    groupHeader: groupCol.header,
    item: item.column,
    itemHeader: item.header,
    itemLabel: shortLabel(item.header, item.grid),
    groups: kept.map((g) => ({
      label: g.label,
      n: g.values.length,
      median: median(g.values),
      mean: withholdMeans ? null : mean(g.values),
    })),
    suppressedGroups,
    pAdjusted: null,
  };
  if (kept.length < 2) {
    return {
      ...base,
      test: 'mann-whitney',
      statistic: null,
      df: null,
      p: null,
      effectSize: { name: 'rank-biserial r', value: null },
      note: `fewer than two groups of ${MIN_GROUP_SIZE} or more answered`,
    };
  }
  const nan = (x: number) => (Number.isNaN(x) ? null : x);
  if (kept.length === 2) {
    const t = mannWhitneyU(kept[0].values, kept[1].values);
    const note = Number.isNaN(t.p) ? { note: 'no variation' } : {};
    return {
      ...base,
      test: 'mann-whitney',
      statistic: t.u,
      df: null,
      p: nan(t.p),
      effectSize: { name: 'rank-biserial r', value: nan(t.rankBiserial) },
      ...note,
    };
  }
  const t = kruskalWallis(kept.map((g) => g.values));
  const note = Number.isNaN(t.p) ? { note: 'no variation' } : {};
  return {
    ...base,
    test: 'kruskal-wallis',
    statistic: nan(t.h),
    df: t.df,
    p: nan(t.p),
    effectSize: { name: 'epsilon²', value: nan(t.epsilonSquared) },
    ...note,
  };
}

/**
 * Every scale item and number question (construct scores included) across the groups of every grouping column:
 * Mann–Whitney U for two groups, Kruskal–Wallis H for more (tie-corrected), with an effect size; p adjusted across
 * the items of one grouping column.
 */
export function compareGroups(columns: readonly SurveyColumn[], adjust: PAdjust, only?: readonly number[]): Comparison[] {
  const items = columns.flatMap((c) => {
    const codes = answers(c);
    return codes ? [{ item: c, codes }] : [];
  });
  const out: Comparison[] = [];
  for (const groupCol of groupingColumns(columns).filter((g) => !only || only.includes(g.column))) {
    const rows = items.map(({ item, codes }) => compareItem(groupCol, groupCol.data as CategoricalData, item, codes));
    const adjusted = adjustPValues(
      rows.map((r) => r.p ?? NaN),
      adjust,
    );
    rows.forEach((r, k) => (r.pAdjusted = Number.isNaN(adjusted[k]) ? null : adjusted[k]));
    out.push(...rows);
  }
  return out;
}
