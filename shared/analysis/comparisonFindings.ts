import type { Analysis, Comparison, Finding, GroupBreakdown, Question } from './analysisSchema';
import { quoted, wholePercent } from './findingWords';
import { ADJUST_NAME, effectMagnitude, formatCoefficient, formatP, isSignificant } from './format';
import { sentenceLabel, statementThat } from './itemPhrase';
import { pointsPerEnd, scaleEnds, topBoxIsThePoint } from './scaleEnds';
import { topicOf } from './topics';

type ComparisonFinding = Extract<Finding, { kind: 'comparison' }>;
type NoDifference = Extract<Finding, { kind: 'no-difference' }>;

const TEST_NAME = { 'mann-whitney': 'Mann–Whitney', 'kruskal-wallis': 'Kruskal–Wallis' } as const;

/** Each group's share at one end of the item's scale (the same points as the item's finding). */
function groupShares(q: Question, b: GroupBreakdown, side: 'low' | 'high') {
  const k = q.levels.length;
  const p = side === 'high' && topBoxIsThePoint(q) ? 1 : pointsPerEnd(k);
  const idx = side === 'low' ? [...Array(p).keys()] : [...Array(p).keys()].map((i) => k - p + i);
  return b.groups.map((g) => {
    const count = idx.reduce((s, i) => s + (g.levels[i]?.count ?? 0), 0);
    return { label: g.label, n: g.n, count, percent: g.n > 0 ? (100 * count) / g.n : 0 };
  });
}

const spread = (xs: { percent: number }[]) => Math.max(...xs.map((x) => x.percent)) - Math.min(...xs.map((x) => x.percent));

function endPhrase(q: Question, words: string): string {
  const that = q.levels.some((l) => /\bagree\b/i.test(l.label)) ? statementThat(q) : null;
  return that ? `${words} that ${that}` : `answer ${quoted(sentenceLabel(q))} with ${words}`;
}

function comparisonFinding(
  c: Comparison,
  q: Question,
  b: GroupBreakdown | undefined,
  adjust: Analysis['options']['adjust'],
): ComparisonFinding {
  const after = adjust === 'none' ? '' : ` after ${ADJUST_NAME[adjust]}`;
  const v = c.effectSize.value;
  const magnitude = v === null ? null : effectMagnitude(c.effectSize.name, v);
  const stats = `${v === null ? '' : `${magnitude} difference, ${c.effectSize.name} = ${formatCoefficient(v)}; `}${TEST_NAME[c.test]}, ${formatP(c.pAdjusted)}${after}`;
  const base = {
    kind: 'comparison' as const,
    columns: [c.groupColumn, c.item],
    key: false,
    groupColumn: c.groupColumn,
    item: c.item,
    test: c.test,
    pAdjusted: c.pAdjusted!,
    adjust,
    effectSize: { ...c.effectSize, magnitude },
  };
  const weight = (1 - c.pAdjusted!) * (topicOf(q.label)?.weight ?? 1);
  if (!b) {
    // Shares per group were withheld (a group under 5 could be worked out by subtraction): say only that it differs.
    return {
      ...base,
      weight,
      end: '',
      groups: [],
      text: `${quoted(c.itemLabel)} differs between the groups of ${quoted(c.groupHeader)} (${stats}); shares per group are withheld so that a small group cannot be worked out.`,
    };
  }
  const ends = scaleEnds(q);
  const [side, groups] = (['low', 'high'] as const)
    .map((s) => [s, groupShares(q, b, s)] as const)
    .sort((x, y) => spread(y[1]) - spread(x[1]))[0];
  const sorted = [...groups].sort((x, y) => y.percent - x.percent);
  const [most, least] = [sorted[0], sorted[sorted.length - 1]];
  const others = sorted
    .slice(1, -1)
    .map((g) => `, ${g.label} ${wholePercent(g.percent)}`)
    .join('');
  const text =
    `${quoted(c.groupHeader)}: ${most.label} (n = ${most.n}) more often ${endPhrase(q, ends[side].words)} than ${least.label} (n = ${least.n}): ` +
    `${wholePercent(most.percent)} vs ${wholePercent(least.percent)}${others ? ` (${others.slice(2)})` : ''}; a ${stats}.`;
  return { ...base, weight, end: ends[side].words, groups, text };
}

/**
 * Group differences that survive correction, in shares: "Secondary more often disagree that they have enough time
 * than Primary: 68% vs 45%; a medium difference …". When none survives, one sentence says so.
 */
export function comparisonFindings(
  a: Pick<Analysis, 'questions' | 'comparisons' | 'options' | 'groupBreakdowns'>,
  background: ReadonlySet<number>,
): (ComparisonFinding | NoDifference)[] {
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  const breakdown = new Map((a.groupBreakdowns ?? []).map((b) => [`${b.groupColumn}:${b.item}`, b]));
  const tested = a.comparisons.filter((c) => c.p !== null && !background.has(c.item));
  const out = tested
    .filter((c) => isSignificant(c.pAdjusted) && byColumn.get(c.item)?.topBox)
    .map((c) => comparisonFinding(c, byColumn.get(c.item)!, breakdown.get(`${c.groupColumn}:${c.item}`), a.options.adjust));
  if (out.length > 0 || tested.length === 0) return out;
  const by = [...new Set(tested.map((c) => quoted(c.groupHeader)))].join(', ');
  const correction = a.options.adjust === 'none' ? 'at p < .05' : `after ${ADJUST_NAME[a.options.adjust]}`;
  return [
    {
      kind: 'no-difference',
      columns: [...new Set(tested.map((c) => c.groupColumn))],
      key: false,
      weight: 0,
      tested: tested.length,
      adjust: a.options.adjust,
      text: `No group difference stands out: ${tested.length === 1 ? `the one comparison, by ${by}, is not` : `of ${tested.length} comparisons by ${by}, none is`} significant ${correction}.`,
    },
  ];
}
