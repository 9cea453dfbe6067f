import type { SurveyColumn } from '../survey/survey';
import type { Comparison, GroupBreakdown } from './analysisSchema';

/**
 * Each compared item's answers split by its grouping question's groups, for grouped bars and "68% vs 45%" findings.
 * Only the groups the comparison kept (5 or more); none where the comparison withheld its means, because the
 * left-out answers could then be worked out by subtraction (see compareGroups).
 */
export function groupBreakdowns(columns: readonly SurveyColumn[], comparisons: readonly Comparison[]): GroupBreakdown[] {
  const byColumn = new Map(columns.map((c) => [c.column, c]));
  const out: GroupBreakdown[] = [];
  for (const c of comparisons) {
    const g = byColumn.get(c.groupColumn)?.data;
    const item = byColumn.get(c.item)?.data;
    const withheld = c.groups.some((x) => x.mean === null);
    if (!g || !item || g.type !== 'categorical' || item.type !== 'ordinal' || c.groups.length < 2 || withheld) continue;
    const low = item.levels[0].code;
    const counts = c.groups.map(() => new Array<number>(item.levels.length).fill(0));
    const slot = new Map(c.groups.map((x, i) => [g.categories.indexOf(x.label), i]));
    for (let r = 0; r < item.codes.length; r++) {
      const s = slot.get(g.values[r]);
      const code = item.codes[r];
      if (s !== undefined && !Number.isNaN(code)) counts[s][code - low]++;
    }
    out.push({
      groupColumn: c.groupColumn,
      item: c.item,
      groups: c.groups.map((x, i) => {
        const n = counts[i].reduce((a, b) => a + b, 0);
        return {
          label: x.label,
          n,
          levels: item.levels.map((l, k) => ({ label: l.label, count: counts[i][k], percent: n > 0 ? (100 * counts[i][k]) / n : 0 })),
        };
      }),
    });
  }
  return out;
}
