import type { Analysis } from '../../shared/analysis/analysisSchema';
import { formatCoefficient, formatP, isSignificant } from '../../shared/analysis/format';
import { NEGATIVE, NEUTRAL, POSITIVE } from '../../shared/report/palette';
import { escapeHtml } from './escape';

function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return '#' + [0, 1, 2].map((i) => Math.round(ch(a, i) + (ch(b, i) - ch(a, i)) * t).toString(16).padStart(2, '0')).join('');
}

/** Red (−1) through white (0) to blue (+1), as the Sheets colour scale. */
export function correlationColour(r: number): string {
  return r < 0 ? mix(NEUTRAL, NEGATIVE, Math.min(1, -r)) : mix(NEUTRAL, POSITIVE, Math.min(1, r));
}

/** The correlation matrix as a coloured table; significant cells (adjusted p < .05) bold with an asterisk. */
export function heatmap(a: Analysis): string {
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  const columns = [...new Set(a.correlations.flatMap((c) => [c.a, c.b]))].sort((x, y) => x - y);
  if (columns.length < 2) return '<p>Fewer than two scale or number questions: there is nothing to correlate.</p>';
  const key = (x: number, y: number) => `${Math.min(x, y)}:${Math.max(x, y)}`;
  const pairs = new Map(a.correlations.map((c) => [key(c.a, c.b), c]));
  const label = (c: number) => escapeHtml(byColumn.get(c)?.label ?? `Column ${c + 1}`);
  const head = columns.map((c, i) => `<th class="col" title="${label(c)}"><span>${i + 1}</span></th>`).join('');
  const rows = columns.map((row, i) => {
    const cells = columns.map((col) => {
      if (row === col) return '<td class="diag">—</td>';
      const c = pairs.get(key(row, col))!;
      if (c.r === null) return `<td class="none" title="${escapeHtml(c.note ?? '')}">·</td>`;
      const sig = isSignificant(c.pAdjusted);
      const dark = Math.abs(c.r) > 0.55 ? ' dark' : '';
      const tip = `${label(row)} × ${label(col)}: r = ${formatCoefficient(c.r)}, n = ${c.n}, ${formatP(c.p)}, adjusted ${formatP(c.pAdjusted)}${c.note ? ', ' + escapeHtml(c.note) : ''}`;
      return `<td class="r${sig ? ' sig' : ''}${dark}" style="background:${correlationColour(c.r)}" title="${tip}">${formatCoefficient(c.r)}${sig ? '*' : ''}</td>`;
    });
    return `<tr><th class="row"><span class="num">${i + 1}</span> ${label(row)}</th>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="heatmap"><thead><tr><th></th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
