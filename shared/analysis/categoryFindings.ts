import type { Analysis, CategoryComparison, Finding } from './analysisSchema';
import { quoted, wholePercent } from './findingWords';
import { ADJUST_NAME, formatCoefficient, formatP, isSignificant } from './format';

type CategoryFinding = Extract<Finding, { kind: 'category-difference' }>;

const TEST_NAME = { 'chi-square': 'chi-square test', fisher: 'Fisher’s exact test' } as const;

/** The answer whose shares differ most between the shown groups; a "Yes" wins a tie, so two-answer items read naturally. */
function mostDifferent(c: CategoryComparison): { answer: string; groups: { label: string; n: number; percent: number }[] } | null {
  let best: { answer: string; groups: { label: string; n: number; percent: number }[]; spread: number } | null = null;
  c.columns.forEach((answer, j) => {
    const groups = c.rows.flatMap((r) => (r.percents[j] === null ? [] : [{ label: r.label, n: r.n, percent: r.percents[j]! }]));
    if (groups.length < 2) return;
    const spread = Math.max(...groups.map((g) => g.percent)) - Math.min(...groups.map((g) => g.percent));
    const better = !best || spread > best.spread + 1e-9 || (Math.abs(spread - best.spread) <= 1e-9 && /^yes$/i.test(answer));
    if (better) best = { answer, groups, spread };
  });
  return best;
}

function categoryFinding(c: CategoryComparison, adjust: Analysis['options']['adjust']): CategoryFinding {
  const after = adjust === 'none' ? '' : ` after ${ADJUST_NAME[adjust]}`;
  const v = c.effectSize.value;
  const stats = `${v === null ? '' : `Cramér’s V = ${formatCoefficient(v)}; `}${TEST_NAME[c.test]}, ${formatP(c.pAdjusted)}${after}`;
  const base = {
    kind: 'category-difference' as const,
    columns: [c.groupColumn, c.item],
    key: false,
    weight: 1 - c.pAdjusted!,
    groupColumn: c.groupColumn,
    item: c.item,
    test: c.test,
    pAdjusted: c.pAdjusted!,
    adjust,
    effectSize: c.effectSize,
  };
  const shown = mostDifferent(c);
  if (!shown) {
    return {
      ...base,
      answer: '',
      groups: [],
      text: `${quoted(c.itemLabel)} differs between the groups of ${quoted(c.groupHeader)} (${stats}); shares per group are withheld so that a small group cannot be worked out.`,
    };
  }
  const sorted = [...shown.groups].sort((x, y) => y.percent - x.percent);
  const [most, least] = [sorted[0], sorted[sorted.length - 1]];
  const others = sorted
    .slice(1, -1)
    .map((g) => `${g.label} ${wholePercent(g.percent)}`)
    .join(', ');
  const text =
    `${quoted(c.groupHeader)}: ${most.label} (n = ${most.n}) more often answered ${quoted(shown.answer)} to ${quoted(c.itemLabel)} than ${least.label} (n = ${least.n}): ` +
    `${wholePercent(most.percent)} vs ${wholePercent(least.percent)}${others ? ` (${others})` : ''}; ${stats}.`;
  return { ...base, answer: shown.answer, groups: shown.groups, text };
}

/**
 * Two single-choice questions whose answers differ between groups after correction, said in shares of the answer
 * that differs most: "“Phase”: Secondary (n = 18) more often answered “Yes” to “On SLT?” than Primary (n = 40):
 * 61% vs 38%; …". Background questions are kept: who is on SLT in which phase is a finding about the network.
 */
export function categoryFindings(a: Pick<Analysis, 'categoryComparisons' | 'options'>): CategoryFinding[] {
  return (a.categoryComparisons ?? [])
    .filter((c) => c.p !== null && isSignificant(c.pAdjusted))
    .map((c) => categoryFinding(c, a.options.adjust));
}
