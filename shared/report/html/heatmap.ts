import type { Analysis } from '../../analysis/analysisSchema';
import { formatCoefficient, formatP, isSignificant, METHOD_SYMBOL } from '../../analysis/format';
import { NEGATIVE, NEUTRAL, POSITIVE } from '../palette';
import { escapeHtml as e } from './escape';
import { inkOn, swatch } from './svg';

const WIDTH = 680;
const MARGIN = 26;
const OWN = '#e4e4e4';

function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return (
    '#' +
    [0, 1, 2]
      .map((i) =>
        Math.round(ch(a, i) + (ch(b, i) - ch(a, i)) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** Red (−1) through white (0) to blue (+1), as the Sheets colour scale. */
export function correlationColour(r: number): string {
  return r < 0 ? mix(NEUTRAL, NEGATIVE, Math.min(1, -r)) : mix(NEUTRAL, POSITIVE, Math.min(1, r));
}

const HATCH = `<defs><pattern id="own" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${OWN}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" stroke-width="1.4"/></pattern></defs>`;

/**
 * The correlation matrix as an SVG lower triangle that fits the page width for up to 30 questions, numbered, with
 * a key below. Bold: adjusted p < .05. A score against one of its own items is hatched grey (not tested).
 */
export function heatmap(a: Analysis): string {
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  const columns = [...new Set(a.correlations.flatMap((c) => [c.a, c.b]))].sort((x, y) => x - y);
  if (columns.length < 2) return '<p>Fewer than two scale or number questions: there is nothing to correlate.</p>';
  const key = (x: number, y: number) => `${Math.min(x, y)}:${Math.max(x, y)}`;
  const pairs = new Map(a.correlations.map((c) => [key(c.a, c.b), c]));
  const label = (c: number) => byColumn.get(c)?.label ?? `Column ${c + 1}`;
  const m = columns.length - 1;
  const size = Math.min(44, (WIDTH - MARGIN) / m);
  const font = Math.max(6, Math.min(11, size * 0.34));
  const cells: string[] = [];
  for (let i = 1; i < columns.length; i++) {
    const y = MARGIN + (i - 1) * size;
    cells.push(
      `<text x="${MARGIN - 4}" y="${(y + size / 2 + font / 3).toFixed(1)}" text-anchor="end" class="hn" font-size="${font}">${i + 1}</text>`,
    );
    for (let j = 0; j < i; j++) {
      const x = MARGIN + j * size;
      const c = pairs.get(key(columns[i], columns[j]))!;
      const own = c.note?.startsWith('the item is part of this score') ?? false;
      const fill = own ? 'url(#own)' : c.r === null ? '#f4f4f4' : correlationColour(c.r);
      const sig = !own && isSignificant(c.pAdjusted);
      const text = c.r === null ? '·' : formatCoefficient(c.r).replace(/^(−?)0\./, '$1.');
      const ink = own || c.r === null ? '#6e7781' : inkOn(correlationColour(c.r));
      const tip = `${i + 1} × ${j + 1}: ${label(columns[i])} × ${label(columns[j])}: ${c.r === null ? (c.note ?? '') : `${METHOD_SYMBOL[c.method]} = ${formatCoefficient(c.r)}, n = ${c.n}, adjusted ${formatP(c.pAdjusted)}`}${c.note && c.r !== null ? `, ${c.note}` : ''}`;
      cells.push(
        `<g><title>${e(tip)}</title><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="${fill}" stroke="#fff" stroke-width="1"/>` +
          `<text x="${(x + size / 2).toFixed(1)}" y="${(y + size / 2 + font / 3).toFixed(1)}" text-anchor="middle" font-size="${font.toFixed(1)}" fill="${ink}"${sig ? ' font-weight="700"' : ''}>${text}${own ? '◦' : ''}</text></g>`,
      );
    }
  }
  for (let j = 0; j < m; j++)
    cells.push(
      `<text x="${(MARGIN + j * size + size / 2).toFixed(1)}" y="${MARGIN - 8}" text-anchor="middle" class="hn" font-size="${font}">${j + 1}</text>`,
    );
  const height = MARGIN + m * size + 4;
  const svg = `<svg class="heatmap" viewBox="0 0 ${WIDTH} ${height.toFixed(0)}" role="img" aria-label="Correlation matrix">${HATCH}${cells.join('')}</svg>`;
  const names = columns.map((c, i) => `<li value="${i + 1}">${e(label(c))}</li>`).join('');
  const scale = [-1, -0.5, 0, 0.5, 1]
    .map((r) => `<span class="key">${swatch(correlationColour(r))} ${formatCoefficient(r)}</span>`)
    .join('');
  const own = a.correlations.some((c) => c.note?.startsWith('the item is part of this score'))
    ? `<span class="key">${swatch(OWN, true)} a score with one of its own items (◦): not tested</span>`
    : '';
  return `<figure class="chart heat">${svg}<figcaption class="legend">${scale}<span class="key"><b>bold</b>: adjusted p &lt; .05</span>${own}</figcaption></figure><ol class="heatkey">${names}</ol>`;
}
