import type { Analysis, Comparison, Correlation, Finding, Question } from './analysisSchema';
import { MIN_RELIABLE_PAIRS } from './correlate';
import { MIN_GROUP_SIZE } from './compareGroups';
import {
  ADJUST_NAME,
  correlationStrength,
  effectMagnitude,
  formatCoefficient,
  formatP,
  formatPercent,
  headerEndLabels,
  isSignificant,
  METHOD_SYMBOL,
} from './format';

const MAX_HEADLINES = 6;
const MAX_CORRELATIONS = 8;
const MAX_COMPARISONS = 6;

function topLabel(q: Question): string {
  const top = q.topBox!;
  const code = q.levels[q.levels.length - 1]?.code;
  const end = code !== null && code !== undefined ? headerEndLabels(q.header).get(code) : undefined;
  return end ? `${top.label} (${end})` : top.label;
}

function headline(q: Question): Finding {
  const t = q.topBox!;
  return {
    kind: 'headline',
    text:
      `"${q.label}": ${formatPercent(t.percent)} chose the top answer, "${topLabel(q)}" ` +
      `(${t.count} of ${q.n} who answered; 95% CI ${t.ciLow.toFixed(1)}–${formatPercent(t.ciHigh)}).`,
  };
}

function correlationFinding(c: Correlation, label: (column: number) => string, adjust: Analysis['options']['adjust']): Finding {
  const r = c.r!;
  const direction = r > 0 ? 'positive' : 'negative';
  const after = adjust === 'none' ? '' : ` after ${ADJUST_NAME[adjust]}`;
  return {
    kind: 'correlation',
    text: `"${label(c.a)}" and "${label(c.b)}": ${correlationStrength(r)} ${direction} correlation (${METHOD_SYMBOL[c.method]} = ${formatCoefficient(r)}, n = ${c.n}, ${formatP(c.pAdjusted)}${after}).`,
  };
}

function comparisonFinding(c: Comparison, adjust: Analysis['options']['adjust']): Finding {
  const stat = c.test === 'mann-whitney' ? `Mann–Whitney U = ${c.statistic}` : `Kruskal–Wallis H = ${c.statistic!.toFixed(2)}, df = ${c.df}`;
  const effect = c.effectSize.value === null ? '' : `; ${c.effectSize.name} = ${formatCoefficient(c.effectSize.value)}, ${effectMagnitude(c.effectSize.name, c.effectSize.value)}`;
  const after = adjust === 'none' ? '' : ` after ${ADJUST_NAME[adjust]}`;
  const groups = c.groups.map((g) => `${g.label} median ${g.median} (n = ${g.n})`).join(', ');
  return {
    kind: 'comparison',
    text: `"${c.itemLabel}" differs by "${c.groupHeader}" (${stat}, ${formatP(c.pAdjusted)}${after}${effect}): ${groups}.`,
  };
}

/** Ranked plain-English findings with their numbers and bases: top-box headlines, surviving correlations, group differences. */
export function findings(a: Omit<Analysis, 'findings' | 'caveats'>): Finding[] {
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  const label = (column: number) => byColumn.get(column)?.label ?? `Column ${column + 1}`;
  const headlines = a.questions
    .filter((q) => (q.kind === 'scale' || q.kind === 'grid') && q.topBox && q.n >= MIN_GROUP_SIZE)
    .sort((x, y) => y.topBox!.percent - x.topBox!.percent)
    .slice(0, MAX_HEADLINES)
    .map(headline);
  const correlations = a.correlations
    .filter((c) => c.r !== null && isSignificant(c.pAdjusted) && c.n >= MIN_RELIABLE_PAIRS && !c.note)
    .sort((x, y) => Math.abs(y.r!) - Math.abs(x.r!))
    .slice(0, MAX_CORRELATIONS)
    .map((c) => correlationFinding(c, label, a.options.adjust));
  const comparisons = a.comparisons
    .filter((c) => isSignificant(c.pAdjusted))
    .sort((x, y) => x.pAdjusted! - y.pAdjusted!)
    .slice(0, MAX_COMPARISONS)
    .map((c) => comparisonFinding(c, a.options.adjust));
  return [...headlines, ...correlations, ...comparisons];
}
