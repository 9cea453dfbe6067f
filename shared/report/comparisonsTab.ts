import type { Analysis, Comparison, Question } from '../analysis/analysisSchema';
import { MIN_GROUP_SIZE } from '../analysis/compareGroups';
import { ADJUST_NAME, effectMagnitude } from '../analysis/format';
import { categoryComparisonRows } from './categoryComparisonRows';
import { P_FORMAT } from './formatCell';
import { medianText } from './medianText';
import { groupPalette } from './palette';
import type { Tab } from './report';
import { TabBuilder } from './tabBuilder';

const TEST_NAME = { 'mann-whitney': 'Mann–Whitney U', 'kruskal-wallis': 'Kruskal–Wallis H' } as const;

/** The comparisons of one grouping question, in order of first appearance. */
function byGroupingQuestion(comparisons: readonly Comparison[]): Comparison[][] {
  const out = new Map<number, Comparison[]>();
  for (const c of comparisons) out.set(c.groupColumn, [...(out.get(c.groupColumn) ?? []), c]);
  return [...out.values()];
}

/**
 * Per grouping question, each item's mean answer in each group (groups under MIN_GROUP_SIZE are already left out),
 * and a grouped bar chart of them under the block. Where the engine withheld means (a left-out group's few answers
 * could be worked out from them), the block and chart show medians instead, and say so.
 */
function groupAverages(t: TabBuilder, comparisons: Comparison[], byColumn: ReadonlyMap<number, Question>): void {
  const groups = [...new Set(comparisons.flatMap((c) => c.groups.map((g) => g.label)))];
  const useMeans = comparisons.every((c) => c.groups.every((g) => g.mean !== null));
  const average = useMeans ? 'Mean' : 'Median';
  const top = Math.max(...comparisons.map((c) => byColumn.get(c.item)?.levels.filter((l) => l.code !== null).length ?? 0));
  const groupHeader = comparisons[0].groupHeader;
  t.heading(`${average} answer by group: ${groupHeader}`);
  if (!useMeans) t.row('Medians, because means would let the answers of a left-out group be worked out.');
  // Column A stays empty under the heading, so that only the main table's rows start with a grouping question.
  const head = t.row('', 'Question', ...groups);
  t.bold({ row: head, column: 1, rows: 1, columns: 1 + groups.length });
  t.wrap({ row: head, column: 2, rows: 1, columns: groups.length });
  const first = t.nextRow;
  for (const c of comparisons) {
    const value = new Map(c.groups.map((g) => [g.label, useMeans ? g.mean : g.median]));
    t.row('', c.itemLabel, ...groups.map((g) => value.get(g) ?? null));
  }
  t.format({ row: first, column: 2, rows: comparisons.length, columns: groups.length }, '0.00');
  t.blank();
  t.chartBelow({
    type: 'bar',
    stacked: 'none',
    title: `${average} answer by ${groupHeader}${top > 1 ? ` (1 = lowest answer, ${top} = highest)` : ''}`,
    range: { row: head, column: 1, rows: comparisons.length + 1, columns: 1 + groups.length },
    width: 760,
    height: Math.min(900, Math.max(240, 110 + comparisons.length * (10 + 9 * groups.length))),
    colours: groupPalette(groups.length),
    ...(top > 1 ? { valueAxis: { min: 1, max: top, title: `${average} answer` } } : {}),
  });
}

/**
 * Comparisons: each scale item across the groups of each grouping question, with test, p, adjusted p and effect
 * size; then, per grouping question, the groups' mean (or median) answers with a grouped bar chart.
 */
export function comparisonsTab(a: Analysis): Tab {
  const t = new TabBuilder('Comparisons', [260, 300, 130, 80, 50, 80, 90, 120, 80, 90, 360, 200, 220]);
  t.heading(`Group comparisons: p adjusted with ${ADJUST_NAME[a.options.adjust]} across the items of each grouping question`);
  if (a.comparisons.length === 0) {
    t.row(`No single-choice question splits respondents into 2–8 groups of at least ${MIN_GROUP_SIZE}, so there is nothing to compare.`);
    categoryComparisonRows(t, a);
    return t.build();
  }
  t.row(`Groups with fewer than ${MIN_GROUP_SIZE} respondents are left out so that no one can be identified.`);
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  const head = t.row(
    'Grouping question',
    'Question',
    'Test',
    'Statistic',
    'df',
    'p',
    'Adjusted p',
    'Effect size',
    'Value',
    'Magnitude',
    'Groups (n, typical answer)',
    `Left out (under ${MIN_GROUP_SIZE})`,
    'Note',
  );
  t.boldRow(head, 13);
  const first = t.nextRow;
  for (const c of a.comparisons) {
    const v = c.effectSize.value;
    t.row(
      c.groupHeader,
      c.itemLabel,
      TEST_NAME[c.test],
      c.statistic,
      c.df,
      c.p,
      c.pAdjusted,
      c.effectSize.name,
      v,
      v === null ? '' : effectMagnitude(c.effectSize.name, v),
      c.groups.map((g) => `${g.label}: n = ${g.n}, median ${medianText(g.median, byColumn.get(c.item))}`).join('; '),
      c.suppressedGroups.join(', '),
      c.note ?? '',
    );
  }
  const rows = t.nextRow - first;
  t.format({ row: first, column: 3, rows, columns: 1 }, '0.00');
  t.format({ row: first, column: 5, rows, columns: 2 }, P_FORMAT);
  t.format({ row: first, column: 8, rows, columns: 1 }, '0.00');
  t.freeze(head + 1);
  t.blank();
  for (const group of byGroupingQuestion(a.comparisons)) groupAverages(t, group, byColumn);
  t.clearOfCharts();
  categoryComparisonRows(t, a);
  return t.build();
}
