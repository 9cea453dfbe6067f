import type { Question } from '../../shared/analysis/analysisSchema';
import { formatPercent } from '../../shared/analysis/format';
import { divergingPalette } from '../../shared/report/palette';
import { escapeHtml } from './escape';

const LABEL_WIDTH = 330;
const BAR_WIDTH = 520;
const ROW_HEIGHT = 26;

/**
 * A diverging stacked bar per item (one SVG for a group of items sharing a scale): levels below the middle
 * extend left of the centre line, levels above it to the right, and an odd scale's middle level straddles it.
 */
export function divergingBars(items: Question[]): string {
  const k = items[0].levels.length;
  const colours = divergingPalette(k);
  const half = (k - 1) / 2;
  const leftOf = (q: Question) =>
    q.levels.reduce((s, l, i) => s + (i < Math.floor(half) + (k % 2 === 0 ? 1 : 0) ? l.percent : 0), 0) + (k % 2 === 1 ? q.levels[half].percent / 2 : 0);
  const maxLeft = Math.max(1, ...items.map(leftOf));
  const maxRight = Math.max(1, ...items.map((q) => 100 - leftOf(q)));
  const scale = BAR_WIDTH / (maxLeft + maxRight);
  const centre = LABEL_WIDTH + maxLeft * scale;
  const legendHeight = 28;
  const height = legendHeight + items.length * ROW_HEIGHT + 8;
  const parts: string[] = [];
  items[0].levels.forEach((l, i) => {
    const x = LABEL_WIDTH + (i * BAR_WIDTH) / k;
    parts.push(`<rect x="${x}" y="4" width="12" height="12" fill="${colours[i]}"/><text x="${x + 16}" y="14" class="legend">${escapeHtml(l.label)}</text>`);
  });
  items.forEach((q, row) => {
    const y = legendHeight + row * ROW_HEIGHT;
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end" class="item"><title>${escapeHtml(q.header)}</title>${escapeHtml(q.label)} (n = ${q.n})</text>`);
    let x = centre - leftOf(q) * scale;
    q.levels.forEach((l, i) => {
      const w = l.percent * scale;
      if (w > 0) {
        parts.push(`<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW_HEIGHT - 6}" fill="${colours[i]}"><title>${escapeHtml(l.label)}: ${formatPercent(l.percent)} (${l.count} of ${q.n})</title></rect>`);
        if (w > 30) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${y + 17}" text-anchor="middle" class="seg${i === 0 || i === k - 1 ? ' dark' : ''}">${Math.round(l.percent)}%</text>`);
      }
      x += w;
    });
  });
  parts.push(`<line x1="${centre}" x2="${centre}" y1="${legendHeight - 2}" y2="${height - 4}" stroke="#555" stroke-width="1"/>`);
  return `<svg class="bars" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 10} ${height}" width="${LABEL_WIDTH + BAR_WIDTH + 10}" role="img" aria-label="Distribution of answers">${parts.join('')}</svg>`;
}
