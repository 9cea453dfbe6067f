import type { Analysis } from '../../analysis/analysisSchema';
import { formatPercent } from '../../analysis/format';
import { scaleEnds } from '../../analysis/scaleEnds';
import { escapeHtml as e } from './escape';
import { comparisonTable } from './groupSection';
import { numberStatistics, reliabilityTables } from './statisticsSections';

const num = (x: number | null, digits = 2) => (x === null ? '' : x.toFixed(digits));

/** Per scale item: base, skipped, "don't know", both ends, top box with its interval, median, mean, SD. */
export function scaleStatistics(a: Analysis): string {
  const rows = a.questions
    .filter((q) => q.topBox && q.n > 0)
    .map((q) => {
      const { low, high } = scaleEnds(q);
      const t = q.topBox!;
      return `<tr><td class="text">${e(q.label)}</td><td>${q.n}</td><td>${q.missing}</td><td>${q.nonSubstantive}</td><td>${formatPercent(low.percent)}</td><td>${formatPercent(high.percent)}</td><td>${formatPercent(t.percent)}<br><span class="muted">${t.ciLow.toFixed(1)}–${t.ciHigh.toFixed(1)}</span></td><td>${q.median ?? ''}</td><td>${num(q.mean)}</td><td>${num(q.sd)}</td></tr>`;
    })
    .join('');
  return `<table class="full stats"><thead><tr><th class="text">Question</th><th>Base (n)</th><th>Skipped</th><th>Don’t know etc.</th><th>Bottom two</th><th>Top two</th><th>Top box, 95% CI</th><th>Median</th><th>Mean</th><th>SD</th></tr></thead><tbody>${rows}</tbody></table>
<p class="note">Bottom and top two: the two lowest and highest points (one on a 3-point scale; the top box alone where the top point is itself the point, such as “greatly increased”).</p>`;
}

/** The appendix: the remaining findings, the statistics tables and every group comparison. */
export function appendix(a: Analysis): string {
  // Correlations beyond those stated are all in the matrix; the rest of the scale findings are listed here.
  const rest = a.findings.filter((f) => !f.key && (f.kind === 'scale' || f.kind === 'share'));
  const more = rest.length
    ? `<h3>More findings, ranked</h3><ol class="findings small">${rest.map((f) => `<li>${e(f.text)}</li>`).join('')}</ol>`
    : '';
  const comparisons = a.comparisons.length
    ? `<h3>Every group comparison</h3><p class="note">Typical answer: each group’s median, its base in brackets. p: Mann–Whitney U for two groups, Kruskal–Wallis H for more, both with tie correction; adjusted across the questions of each grouping.</p>${comparisonTable(a, a.comparisons)}`
    : '';
  return `${more}<h3>Statistics per scale question</h3>${scaleStatistics(a)}${numberStatistics(a)}${reliabilityTables(a)}${comparisons}`;
}
