import { adjustPValues } from '../stats/adjustPValues';
import { chiSquareIndependence } from '../stats/chiSquareIndependence';
import { fisherExact2x2 } from '../stats/fisherExact2x2';
import { withholdSmallCells } from '../stats/withholdSmallCells';
import type { CategoricalData, SurveyColumn } from '../survey/survey';
import type { CategoryComparison, Comparison, PAdjust } from './analysisSchema';
import { groupingColumns, MAX_GROUPS, MIN_GROUP_SIZE } from './compareGroups';
import { shortLabel } from './shortLabel';

const isSingleChoice = (c: SurveyColumn) => c.kind === 'choice' && c.data.type === 'categorical';

/** counts[g][k]: respondents in group g of the grouping question who gave answer k to the item. */
function crossTable(group: CategoricalData, item: CategoricalData): number[][] {
  const counts = group.categories.map(() => new Array<number>(item.categories.length).fill(0));
  for (let i = 0; i < group.values.length; i++) {
    if (group.values[i] >= 0 && item.values[i] >= 0) counts[group.values[i]][item.values[i]]++;
  }
  return counts;
}

/** Answers given to the item overall: the published distribution that the shown rows could be subtracted from. */
function itemTotals(item: CategoricalData): number[] {
  const totals = new Array<number>(item.categories.length).fill(0);
  for (const v of item.values) if (v >= 0) totals[v]++;
  return totals;
}

/**
 * Percent of each shown row per column, with every count under 5 withheld, and whatever would give one away: another
 * cell of its row (row n is shown), or of its column, counting as a hidden row the item's answers outside the shown
 * rows (the item's own distribution is published, so they are its total minus the shown rows).
 */
function shownRows(labels: readonly string[], table: readonly number[][], hidden: readonly number[]): CategoryComparison['rows'] {
  const mask = withholdSmallCells([...table, hidden], MIN_GROUP_SIZE);
  return table.map((row, r) => {
    const n = row.reduce((s, c) => s + c, 0);
    return { label: labels[r], n, percents: row.map((c, k) => (mask[r][k] ? null : (100 * c) / n)) };
  });
}

function comparePair(groupCol: SurveyColumn, itemCol: SurveyColumn): CategoryComparison {
  const group = groupCol.data as CategoricalData;
  const item = itemCol.data as CategoricalData;
  const counts = crossTable(group, item);
  const sizes = counts.map((row) => row.reduce((s, c) => s + c, 0));
  const keptRows = sizes.flatMap((size, g) => (size >= MIN_GROUP_SIZE ? [g] : []));
  const totals = itemTotals(item);
  // Every answer someone gave is shown, so that a column missing from the table cannot say where its answers went.
  const shownColumns = item.categories.flatMap((_, k) => (totals[k] > 0 ? [k] : []));
  const table = keptRows.map((g) => shownColumns.map((k) => counts[g][k]));
  const hidden = shownColumns.map((k, j) => totals[k] - table.reduce((s, row) => s + row[j], 0));
  // The test uses the answers given in the shown groups (an empty column has no expected count).
  const testedColumns = shownColumns.flatMap((_, j) => (table.some((row) => row[j] > 0) ? [j] : []));
  const tested = table.map((row) => testedColumns.map((j) => row[j]));
  const base = {
    groupColumn: groupCol.column,
    groupHeader: groupCol.header,
    item: itemCol.column,
    itemHeader: itemCol.header,
    itemLabel: shortLabel(itemCol.header, itemCol.grid),
    columns: shownColumns.map((k) => item.categories[k]),
    rows: shownRows(
      keptRows.map((g) => group.categories[g]),
      table,
      hidden,
    ),
    suppressedGroups: group.categories.filter((_, g) => sizes[g] > 0 && sizes[g] < MIN_GROUP_SIZE),
    pAdjusted: null,
  };
  const untested = {
    test: 'chi-square' as const,
    statistic: null,
    df: null,
    p: null,
    effectSize: { name: "Cramér's V" as const, value: null },
  };
  if (keptRows.length < 2) return { ...base, ...untested, note: `fewer than two groups of ${MIN_GROUP_SIZE} or more answered` };
  if (testedColumns.length < 2) return { ...base, ...untested, note: 'no variation' };

  const chi = chiSquareIndependence(tested);
  const effectSize = { name: "Cramér's V" as const, value: chi.cramersV };
  if (tested.length === 2 && testedColumns.length === 2 && chi.minExpected < 5) {
    const p = fisherExact2x2([
      [tested[0][0], tested[0][1]],
      [tested[1][0], tested[1][1]],
    ]);
    return { ...base, test: 'fisher', statistic: null, df: null, p, effectSize };
  }
  const cells = tested.length * testedColumns.length;
  const note =
    chi.expectedBelow5 > 0 ? { note: `${chi.expectedBelow5} of ${cells} expected counts are under 5: the p-value is approximate` } : {};
  return { ...base, test: 'chi-square', statistic: chi.statistic, df: chi.df, p: chi.p, effectSize, ...note };
}

/**
 * Every single-choice question (of 2 to 8 answers) against every grouping question, each pair once: Fisher's exact
 * test for a 2 × 2 table with an expected count under 5, Pearson's chi-square otherwise, with Cramér's V. Groups
 * under 5 are left out, as in the group comparisons; p is left unadjusted (see `adjustByGroupColumn`).
 */
export function compareCategories(columns: readonly SurveyColumn[], only?: readonly number[]): CategoryComparison[] {
  const groups = groupingColumns(columns).filter((g) => !only || only.includes(g.column));
  const items = columns.filter((c) => isSingleChoice(c) && itemTotals(c.data as CategoricalData).filter((t) => t > 0).length <= MAX_GROUPS);
  const tested = new Set<string>();
  const out: CategoryComparison[] = [];
  for (const groupCol of groups) {
    for (const itemCol of items) {
      const key = [groupCol.column, itemCol.column].sort((x, y) => x - y).join(' ');
      if (itemCol === groupCol || tested.has(key)) continue;
      tested.add(key);
      out.push(comparePair(groupCol, itemCol));
    }
  }
  return out;
}

/**
 * Holm (or the chosen correction) across every test of one grouping question: its scale and number items and the
 * single-choice questions crossed with it. Sets pAdjusted on both lists in place.
 */
export function adjustByGroupColumn(comparisons: Comparison[], categories: CategoryComparison[], adjust: PAdjust): void {
  const groupColumns = new Set([...comparisons, ...categories].map((c) => c.groupColumn));
  for (const column of groupColumns) {
    const family: { p: number | null; pAdjusted: number | null }[] = [
      ...comparisons.filter((c) => c.groupColumn === column),
      ...categories.filter((c) => c.groupColumn === column),
    ];
    const adjusted = adjustPValues(
      family.map((c) => c.p ?? NaN),
      adjust,
    );
    family.forEach((c, k) => (c.pAdjusted = Number.isNaN(adjusted[k]) ? null : adjusted[k]));
  }
}
