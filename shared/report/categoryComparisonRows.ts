import type { Analysis } from '../analysis/analysisSchema';
import { MIN_GROUP_SIZE } from '../analysis/compareGroups';
import { isSignificant } from '../analysis/format';
import { P_FORMAT } from './formatCell';
import type { TabBuilder } from './tabBuilder';

const TEST_NAME = { 'chi-square': 'Chi-square', fisher: 'Fisher’s exact' } as const;

/**
 * Single-choice questions by group, for the Comparisons tab: one row per pair tested (test, X², df, p, adjusted p,
 * Cramér's V), then, for each pair that survived correction, its groups' shares of each answer ("withheld" where a
 * count under 5, or one that would reveal it, is not shown).
 */
export function categoryComparisonRows(t: TabBuilder, a: Analysis): void {
  const pairs = a.categoryComparisons ?? [];
  if (pairs.length === 0) return;
  t.blank();
  t.heading('Choices by group: pairs of single-choice questions, p adjusted with the other tests of the same grouping question');
  // Column A stays empty, so that only the main table's rows start with a grouping question.
  const head = t.row(
    '',
    'Grouping question',
    'Question',
    'Test',
    'X²',
    'df',
    'p',
    'Adjusted p',
    "Cramér's V",
    `Left out (under ${MIN_GROUP_SIZE})`,
    'Note',
  );
  t.bold({ row: head, column: 1, rows: 1, columns: 10 });
  const first = t.nextRow;
  for (const c of pairs) {
    t.row(
      '',
      c.groupHeader,
      c.itemLabel,
      TEST_NAME[c.test],
      c.statistic,
      c.df,
      c.p,
      c.pAdjusted,
      c.effectSize.value,
      c.suppressedGroups.join(', '),
      c.note ?? '',
    );
  }
  const rows = t.nextRow - first;
  t.format({ row: first, column: 4, rows, columns: 1 }, '0.00');
  t.format({ row: first, column: 6, rows, columns: 2 }, P_FORMAT);
  t.format({ row: first, column: 8, rows, columns: 1 }, '0.00');
  for (const c of pairs.filter((x) => isSignificant(x.pAdjusted))) {
    t.blank();
    const h = t.row('', `${c.itemLabel} by ${c.groupHeader}: % of each group`, ...c.columns);
    t.bold({ row: h, column: 1, rows: 1, columns: 1 + c.columns.length });
    const from = t.nextRow;
    for (const r of c.rows) t.row('', `${r.label} (n = ${r.n})`, ...r.percents.map((p) => (p === null ? 'withheld' : p / 100)));
    t.format({ row: from, column: 2, rows: c.rows.length, columns: c.columns.length }, '0%');
  }
}
