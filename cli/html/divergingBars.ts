import type { Question } from '../../shared/analysis/analysisSchema';
import { formatPercent } from '../../shared/analysis/format';
import { divergingPalette } from '../../shared/report/palette';
import { escapeHtml } from './escape';

const BAR_WIDTH = 520;
const BAR_HEIGHT = 20;

/** Percent of an item's answers left of the centre line: the lower half of the levels and half of an odd middle. */
function leftShare(q: Question): number {
  const k = q.levels.length;
  const below = Math.floor(k / 2);
  let left = 0;
  for (let i = 0; i < below; i++) left += q.levels[i].percent;
  return k % 2 === 1 ? left + q.levels[below].percent / 2 : left;
}

/**
 * Diverging stacked bars for a group of items sharing a scale: levels below the middle extend left of the
 * centre line, levels above it to the right, and an odd scale's middle level straddles it. Labels and the
 * legend are HTML so that long questions wrap instead of being cut.
 */
export function divergingBars(items: Question[]): string {
  const colours = divergingPalette(items[0].levels.length);
  const maxLeft = Math.max(1, ...items.map(leftShare));
  const maxRight = Math.max(1, ...items.map((q) => 100 - leftShare(q)));
  const scale = BAR_WIDTH / (maxLeft + maxRight);
  const centre = maxLeft * scale;
  const legend = items[0].levels
    .map((l, i) => `<span class="key"><span class="swatch" style="background:${colours[i]}"></span>${escapeHtml(l.label)}</span>`)
    .join('');
  const rows = items.map((q) => {
    let x = centre - leftShare(q) * scale;
    const segments = q.levels.map((l, i) => {
      const w = l.percent * scale;
      const rect =
        w <= 0
          ? ''
          : `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="${colours[i]}"><title>${escapeHtml(l.label)}: ${formatPercent(l.percent)} (${l.count} of ${q.n})</title></rect>` +
            (w > 28 ? `<text x="${(x + w / 2).toFixed(1)}" y="14" text-anchor="middle"${i === 0 || i === q.levels.length - 1 ? ' class="dark"' : ''}>${Math.round(l.percent)}%</text>` : '');
      x += w;
      return rect;
    });
    return `<div class="brow"><div class="blabel" title="${escapeHtml(q.header)}">${escapeHtml(q.label)} <span class="muted nowrap">(n = ${q.n})</span></div><svg width="${BAR_WIDTH}" height="${BAR_HEIGHT}" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" role="img" aria-label="${escapeHtml(q.label)}">${segments.join('')}<line x1="${centre.toFixed(1)}" x2="${centre.toFixed(1)}" y1="0" y2="${BAR_HEIGHT}" stroke="#444"/></svg></div>`;
  });
  return `<div class="diverging"><div class="legend">${legend}</div>${rows.join('')}</div>`;
}
