import type { Analysis, Trend } from '../../analysis/analysisSchema';
import { formatPercent } from '../../analysis/format';
import { signedPoints } from '../../analysis/trendText';
import { trendTopics } from '../trendTopics';
import { escapeHtml as e } from './escape';

// Narrow, so that in print (each chart about 150 px wide) its text is still about 8 px.
const W = 200;
const H = 22;
const EARLIER = '#7b8794';
const LATER = '#2166ac';
/** Only this section uses these, so they travel with it: a report without a comparison stays as it was. */
const CSS = `<style>
.trow { display: grid; grid-template-columns: 32% 1fr 1fr 118px; gap: 10px; align-items: center; margin: 3px 0; }
.tval { white-space: nowrap; font-size: 12px; }
.trow.axis { margin: 0; font-size: 11px; color: var(--muted); }
svg.tdot { width: 100%; height: auto; display: block; }
svg.tdot text { font-size: 9px; fill: #57606a; }
@media print { .trow, .tintro { break-inside: avoid; page-break-inside: avoid; } }
@media (max-width: 720px) { .trow { grid-template-columns: 1fr; gap: 2px; margin: 8px 0; } }
</style>`;

const x = (value: number, min: number, max: number) => (((value - min) / (max - min)) * (W - 24) + 12).toFixed(1);

/** Then (hollow grey) and now (filled blue) on a 0–100% line, an arrow's shaft between them. */
function thenNow(t: Trend): string {
  const a = x(t.earlier.percent, 0, 100);
  const b = x(t.later.percent, 0, 100);
  const title = `Earlier ${formatPercent(t.earlier.percent)} (${t.earlier.count} of ${t.earlier.n}); now ${formatPercent(t.later.percent)} (${t.later.count} of ${t.later.n})`;
  return `<svg class="tdot" viewBox="0 0 ${W} ${H}" role="img" aria-label="${e(title)}"><title>${e(title)}</title><path d="M12 11H${W - 12}" stroke="#d0d7de" stroke-width="1.5"/><path d="M${a} 11H${b}" stroke="${LATER}" stroke-width="2.5" opacity="0.45"/><circle cx="${a}" cy="11" r="5" fill="#fff" stroke="${EARLIER}" stroke-width="2"/><circle cx="${b}" cy="11" r="5.5" fill="${LATER}"/></svg>`;
}

/** The change as a dot with its 95% interval as a bar, about a zero line, on an axis shared by every row. */
function change(t: Trend, span: number): string {
  const [lo, mid, hi, zero] = [t.ciLow, t.difference, t.ciHigh, 0].map((v) => x(v, -span, span));
  const title = `${signedPoints(t.difference)} points, 95% interval ${signedPoints(t.ciLow)} to ${signedPoints(t.ciHigh)}`;
  return `<svg class="tdot" viewBox="0 0 ${W} ${H}" role="img" aria-label="${e(title)}"><title>${e(title)}</title><path d="M${zero} 2V20" stroke="#8c959f" stroke-width="1"/><path d="M${lo} 11H${hi}M${lo} 6V16M${hi} 6V16" stroke="#1f2328" stroke-width="1.6"/><rect x="${(Number(mid) - 4).toFixed(1)}" y="7" width="8" height="8" fill="#1f2328"/></svg>`;
}

function axis(span: number): string {
  const ticks = (values: number[], min: number, max: number, label: (v: number) => string) =>
    `<svg class="tdot" viewBox="0 0 ${W} 14" aria-hidden="true">${values
      .map((v, i) => {
        // The end labels keep inside the chart: the first starts at its tick, the last ends at it.
        const anchor = i === 0 ? 'start' : i === values.length - 1 ? 'end' : 'middle';
        const at = Number(x(v, min, max)) + (i === 0 ? -6 : i === values.length - 1 ? 6 : 0);
        return `<text x="${at.toFixed(1)}" y="11" text-anchor="${anchor}">${label(v)}</text>`;
      })
      .join('')}</svg>`;
  return `<div class="trow axis"><span></span>${ticks([0, 25, 50, 75, 100], 0, 100, (v) => `${v}%`)}${ticks([-span, -span / 2, 0, span / 2, span], -span, span, (v) => (v === 0 ? '0' : signedPoints(v)))}<span>Change (95% interval)</span></div>`;
}

function topicChart(title: string, trends: readonly Trend[], span: number): string {
  const rows = trends
    .map(
      (t) =>
        `<div class="trow"><div class="blabel" title="${e(t.header)}">${e(t.label)} <span class="muted nowrap">(${e(t.words)}; n = ${t.earlier.n} → ${t.later.n})</span></div>${thenNow(t)}${change(t, span)}<span class="tval">${signedPoints(t.difference)} <span class="muted">(${signedPoints(t.ciLow)} to ${signedPoints(t.ciHigh)})</span></span></div>`,
    )
    .join('');
  const words = trends.map((t) => `<li>${e(t.text)}</li>`).join('');
  return `<div class="chart"><h3>${e(title)}</h3>${axis(span)}${rows}</div><ul class="plain">${words}</ul>`;
}

function choiceTable(t: Trend, heading = ''): string {
  const rows = (t.shares ?? [])
    .map(
      (s) =>
        `<tr><td class="text">${e(s.label)}</td><td>${formatPercent(s.earlier.percent)}</td><td>${formatPercent(s.later.percent)}</td><td>${signedPoints(s.difference)}</td><td>${signedPoints(s.ciLow)} to ${signedPoints(s.ciHigh)}</td></tr>`,
    )
    .join('');
  return `<div class="chart">${heading}<h4>${e(t.label)} <span class="muted">(n = ${t.earlier.n} → ${t.later.n})</span></h4><table class="full"><thead><tr><th class="text">Answer</th><th>Earlier</th><th>Now</th><th>Change (points)</th><th>95% interval</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The interval axis's half-width: the widest interval, rounded up to ten points, at least 20 and at most 100. */
function spanOf(trends: readonly Trend[]): number {
  const widest = Math.max(0, ...trends.map((t) => Math.max(Math.abs(t.ciLow), Math.abs(t.ciHigh))));
  return Math.min(100, Math.max(20, Math.ceil(widest / 10) * 10));
}

/**
 * The report's year-on-year section (only when an earlier survey was given): per topic, each scale item's top-end
 * share then and now, and the change with its 95% interval, in SVG (no script); the findings in words; the
 * single-choice questions as tables of each answer's change.
 */
export function trendsSection(a: Analysis): string {
  if (!a.trends) return '';
  const from = a.trendsFrom;
  const intro = `<p class="note">This survey (${a.respondents} respondents) against the earlier one${from ? ` (${e(from.source)}: ${from.respondents} respondents)` : ''}, for each question asked in both. Left: the share at the top of the scale, <b>○ earlier</b> and <b style="color:${LATER}">● now</b>. Right: the change in percentage points with its 95% interval; an interval that crosses the 0 line may be no change at all. Different people answered each survey, so a change may come from who chose to answer as much as from what changed.</p>`;
  if (a.trends.length === 0)
    return `${CSS}<div class="tintro"><h2>This survey against the earlier one</h2>${intro}</div><p>No question could be compared: the notes under “Read with care” say why.</p>`;
  const span = spanOf(a.trends.filter((t) => t.kind === 'scale'));
  const topics = trendTopics(a.trends)
    .map((t) => topicChart(t.title, t.trends, span))
    .join('\n');
  const choices = a.trends.filter((t) => t.kind === 'choice');
  const choiceBlock = choices.length
    ? // The heading travels with the first table, so that a page never ends on it.
      choices
        .map((t, i) =>
          choiceTable(
            t,
            i === 0
              ? '<h3>Who answered, and other single-choice questions</h3><p class="note">Each answer’s share then and now, and the change in points with its 95% interval. A change in who answered (phase, school size) is a reason to read the changes above with care.</p>'
              : '',
          ),
        )
        .join('')
    : '';
  return `${CSS}<div class="tintro"><h2>This survey against the earlier one</h2>${intro}</div>${topics}${choiceBlock}`;
}
