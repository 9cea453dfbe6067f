import type { Analysis, Comparison } from '../../analysis/analysisSchema';
import { MIN_GROUP_SIZE } from '../../analysis/compareGroups';
import { ADJUST_NAME, effectMagnitude, formatCoefficient, formatP, isSignificant, medianLabel } from '../../analysis/format';
import { divergingBars, legendLabels } from './divergingBars';
import { escapeHtml as e } from './escape';

const MAX_ITEMS_PER_GROUPING = 6;
/** ".018", "< .001": the p column says what it is. */
const bareP = (p: number | null) => formatP(p).replace(/^p (= )?/, '');

const TEST = { 'mann-whitney': 'Mann–Whitney U', 'kruskal-wallis': 'Kruskal–Wallis H' } as const;

function effect(c: Comparison): string {
  const v = c.effectSize.value;
  return v === null ? '' : `${effectMagnitude(c.effectSize.name, v)} (${formatCoefficient(v).replace(/^(−?)0\./, '$1.')})`;
}

/**
 * One compact table per grouping question: a row per question with each group's typical answer (median, with its
 * base), the test statistic, p, adjusted p and the effect size.
 */
export function comparisonTable(a: Analysis, rows: readonly Comparison[]): string {
  const levelsOf = new Map(a.questions.map((q) => [q.column, q.levels]));
  const byGrouping = new Map<number, Comparison[]>();
  for (const c of rows) byGrouping.set(c.groupColumn, [...(byGrouping.get(c.groupColumn) ?? []), c]);
  const adjust = ADJUST_NAME[a.options.adjust].replace(' correction', '');
  return [...byGrouping.values()]
    .map((cs) => {
      const groups = [...new Set(cs.flatMap((c) => c.groups.map((g) => g.label)))];
      const tests = [...new Set(cs.map((c) => TEST[c.test]))].join(' or ');
      const body = cs
        .map((c) => {
          const cells = groups.map((label) => {
            const g = c.groups.find((x) => x.label === label);
            // Many groups leave no room for words: the median's code, which the question's legend names.
            // A score's median can be a long fraction (3.333…): two decimals, or it will not fit the column.
            const median =
              g &&
              (groups.length > 4
                ? g.median === null
                  ? ''
                  : String(Math.round(g.median * 100) / 100)
                : medianLabel(g.median, levelsOf.get(c.item) ?? []));
            return g ? `<td class="med">${e(median)} <span class="muted">(${g.n})</span></td>` : '<td></td>';
          });
          const stat = c.statistic === null ? '' : c.statistic.toFixed(c.test === 'mann-whitney' ? 0 : 2);
          return `<tr><td class="text">${e(c.itemLabel)}</td>${cells.join('')}<td>${stat}</td><td>${bareP(c.p)}</td><td>${bareP(c.pAdjusted)}</td><td class="eff">${effect(c)}${c.note ? `<br>${e(c.note)}` : ''}</td></tr>`;
        })
        .join('');
      const head = groups.map((g) => `<th class="text">${e(g)}</th>`).join('');
      const statName = cs[0].test === 'mann-whitney' ? 'U' : `H${cs[0].df !== null ? ` (df ${cs[0].df})` : ''}`;
      // Only answer scales have codes to explain; a number question's median is the number itself.
      const coded = cs.some((c) => (levelsOf.get(c.item) ?? []).length > 0);
      const codes = groups.length > 4 && coded ? ' Medians as the scale’s codes (1 = its lowest answer).' : '';
      return `<h4>By “${e(cs[0].groupHeader)}”: ${tests}</h4>${codes ? `<p class="note">${codes.trim()}</p>` : ''}<table class="full cmp${groups.length > 4 ? ' many' : ''}"><thead><tr><th class="text">Question</th>${head}<th>${statName}</th><th>p</th><th>Adjusted p (${e(adjust)})</th><th class="text eff">Effect size (${cs[0].test === 'mann-whitney' ? 'rank-biserial r' : 'ε²'})</th></tr></thead><tbody>${body}</tbody></table>`;
    })
    .join('');
}

/** Grouped diverging bars for one grouping question: per item, one bar per group with its base. */
function groupedBars(a: Analysis, groupColumn: number, preferred: readonly number[]): string {
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  const header = a.comparisons.find((c) => c.groupColumn === groupColumn)!.groupHeader;
  const breakdowns = (a.groupBreakdowns ?? []).filter((b) => b.groupColumn === groupColumn);
  if (breakdowns.length === 0) {
    return `<h3>By “${e(header)}”</h3><p class="note">Answers by group are not shown: a group under ${MIN_GROUP_SIZE} was left out, and with every other group’s shares published its answers could be worked out by subtraction.</p>`;
  }
  const rank = (item: number) => {
    const i = preferred.indexOf(item);
    return i < 0 ? preferred.length + item : i;
  };
  const chosen = [...breakdowns]
    .sort((x, y) => rank(x.item) - rank(y.item))
    .slice(0, MAX_ITEMS_PER_GROUPING)
    .sort((x, y) => x.item - y.item);
  const charts = chosen
    .map((b) => {
      const q = byColumn.get(b.item)!;
      return `<div class="chart"><h4>${e(q.label)}</h4>${divergingBars(
        b.groups.map((g) => ({ label: g.label, n: g.n, levels: g.levels })),
        legendLabels(q),
      )}</div>`;
    })
    .join('');
  const more =
    breakdowns.length > chosen.length
      ? `<p class="note">${chosen.length} of ${breakdowns.length} questions shown: those with a difference or a key finding first.</p>`
      : '';
  return `<h3>By “${e(header)}”</h3>${charts}${more}`;
}

/** Differences between groups: what survived correction (or one sentence that nothing did), then bars per grouping. */
export function groupSection(a: Analysis): string {
  if (a.comparisons.length === 0)
    return `<p>No single-choice question splits respondents into 2–8 groups of at least ${MIN_GROUP_SIZE}, so there is nothing to compare.</p>`;
  const stated = a.findings.filter((f) => f.kind === 'comparison' || f.kind === 'no-difference');
  const sentences = stated.length ? `<ul class="plain">${stated.map((f) => `<li>${e(f.text)}</li>`).join('')}</ul>` : '';
  const survivors = a.comparisons.filter((c) => isSignificant(c.pAdjusted));
  const table = survivors.length ? comparisonTable(a, survivors) : '';
  const preferred = [...survivors.map((c) => c.item), ...a.findings.filter((f) => f.key && f.kind === 'scale').flatMap((f) => f.columns)];
  const groupings = [...new Set(a.comparisons.map((c) => c.groupColumn))];
  const bars = groupings.map((g) => groupedBars(a, g, preferred)).join('\n');
  return `${sentences}${table}<p class="note">Every comparison, significant or not, is in the appendix.</p>${bars}`;
}
