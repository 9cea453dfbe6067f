import type { Analysis } from '../analysis/analysisSchema';
import { ADJUST_NAME, effectMagnitude, medianLabel } from '../analysis/format';
import { MIN_GROUP_SIZE } from '../analysis/compareGroups';
import type { Tab } from './report';
import { TabBuilder } from './tabBuilder';

const TEST_NAME = { 'mann-whitney': 'Mann–Whitney U', 'kruskal-wallis': 'Kruskal–Wallis H' } as const;

/** Comparisons: each scale item across the groups of each grouping question, with test, p, adjusted p and effect size. */
export function comparisonsTab(a: Analysis): Tab {
  const t = new TabBuilder('Comparisons', [260, 300, 130, 80, 50, 80, 90, 120, 80, 90, 360, 200, 220]);
  t.heading(`Group comparisons: p adjusted with ${ADJUST_NAME[a.options.adjust]} across the items of each grouping question`);
  if (a.comparisons.length === 0) {
    t.row(`No single-choice question splits respondents into 2–8 groups of at least ${MIN_GROUP_SIZE}, so there is nothing to compare.`);
    return t.build();
  }
  t.row(`Groups with fewer than ${MIN_GROUP_SIZE} respondents are left out so that no one can be identified.`);
  const levelsOf = new Map(a.questions.map((q) => [q.column, q.levels]));
  const head = t.row('Grouping question', 'Question', 'Test', 'Statistic', 'df', 'p', 'Adjusted p', 'Effect size', 'Value', 'Magnitude', 'Groups (n, typical answer)', `Left out (under ${MIN_GROUP_SIZE})`, 'Note');
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
      c.groups.map((g) => `${g.label}: n = ${g.n}, median ${medianLabel(g.median, levelsOf.get(c.item) ?? [])}`).join('; '),
      c.suppressedGroups.join(', '),
      c.note ?? '',
    );
  }
  const rows = t.nextRow - first;
  t.format({ row: first, column: 3, rows, columns: 1 }, '0.00');
  t.format({ row: first, column: 5, rows, columns: 2 }, '0.0000');
  t.format({ row: first, column: 8, rows, columns: 1 }, '0.00');
  t.freeze(head + 1);
  return t.build();
}
