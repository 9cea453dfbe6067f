import type { Analysis, Correlation } from '../../analysis/analysisSchema';
import { formatCoefficient, formatP, isSignificant, METHOD_SYMBOL } from '../../analysis/format';
import { NEGATIVE, NEUTRAL, POSITIVE } from '../palette';
import { escapeHtml as e } from './escape';
import { inkOn, swatch } from './svg';

export const WIDTH = 680;
export const MARGIN = 26;
export const OWN = '#e4e4e4';

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

export const HATCH = `<defs><pattern id="own" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${OWN}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" stroke-width="1.4"/></pattern></defs>`;

export const isOwn = (c: Correlation) => c.note?.startsWith('the item is part of this score') ?? false;

/** The matrix's questions in column order, and each pair by the two positions (a typed index, not W² string keys). */
export interface PairGrid {
  columns: number[];
  pair(i: number, j: number): Correlation;
}

export function pairGrid(a: Analysis): PairGrid {
  const columns = [...new Set(a.correlations.flatMap((c) => [c.a, c.b]))].sort((x, y) => x - y);
  const w = columns.length;
  const position = new Map(columns.map((c, i) => [c, i]));
  const index = new Int32Array(w * w);
  a.correlations.forEach((c, k) => {
    const i = position.get(c.a)!;
    const j = position.get(c.b)!;
    index[i * w + j] = index[j * w + i] = k;
  });
  return { columns, pair: (i, j) => a.correlations[index[i * w + j]] };
}

/** A cell's tooltip: both questions by number and name, r, n and adjusted p, and any note. */
export function cellTip(grid: PairGrid, i: number, j: number, label: (column: number) => string): string {
  const c = grid.pair(i, j);
  const figures =
    c.r === null ? (c.note ?? '') : `${METHOD_SYMBOL[c.method]} = ${formatCoefficient(c.r)}, n = ${c.n}, adjusted ${formatP(c.pAdjusted)}`;
  return `${i + 1} × ${j + 1}: ${label(grid.columns[i])} × ${label(grid.columns[j])}: ${figures}${c.note && c.r !== null ? `, ${c.note}` : ''}`;
}

export interface Triangle {
  grid: PairGrid;
  /** Positions `from` (inclusive) to `to` (exclusive) of the grid's columns: the questions this triangle shows. */
  from: number;
  to: number;
  label: (column: number) => string;
}

/** The lower triangle of one block of questions as an SVG that fits the page width, numbered from `from + 1`. */
export function triangle({ grid, from, to, label }: Triangle): string {
  const m = to - from - 1;
  const size = Math.min(44, (WIDTH - MARGIN) / m);
  const font = Math.max(6, Math.min(11, size * 0.34));
  const cells: string[] = [];
  for (let i = 1; i <= m; i++) {
    const y = MARGIN + (i - 1) * size;
    cells.push(
      `<text x="${MARGIN - 4}" y="${(y + size / 2 + font / 3).toFixed(1)}" text-anchor="end" class="hn" font-size="${font}">${from + i + 1}</text>`,
    );
    for (let j = 0; j < i; j++) {
      const x = MARGIN + j * size;
      const c = grid.pair(from + i, from + j);
      const own = isOwn(c);
      const fill = own ? 'url(#own)' : c.r === null ? '#f4f4f4' : correlationColour(c.r);
      const sig = !own && isSignificant(c.pAdjusted);
      const text = c.r === null ? '·' : formatCoefficient(c.r).replace(/^(−?)0\./, '$1.');
      const ink = own || c.r === null ? '#6e7781' : inkOn(correlationColour(c.r));
      const tip = cellTip(grid, from + i, from + j, label);
      cells.push(
        `<g><title>${e(tip)}</title><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="${fill}" stroke="#fff" stroke-width="1"/>` +
          `<text x="${(x + size / 2).toFixed(1)}" y="${(y + size / 2 + font / 3).toFixed(1)}" text-anchor="middle" font-size="${font.toFixed(1)}" fill="${ink}"${sig ? ' font-weight="700"' : ''}>${text}${own ? '◦' : ''}</text></g>`,
      );
    }
  }
  for (let j = 0; j < m; j++)
    cells.push(
      `<text x="${(MARGIN + j * size + size / 2).toFixed(1)}" y="${MARGIN - 8}" text-anchor="middle" class="hn" font-size="${font}">${from + j + 1}</text>`,
    );
  const height = MARGIN + m * size + 4;
  return `<svg class="heatmap" viewBox="0 0 ${WIDTH} ${height.toFixed(0)}" role="img" aria-label="Correlation matrix">${HATCH}${cells.join('')}</svg>`;
}

/** The numbered names under a triangle. */
export function heatKey(grid: PairGrid, from: number, to: number, label: (column: number) => string): string {
  return `<ol class="heatkey">${grid.columns
    .slice(from, to)
    .map((c, k) => `<li value="${from + k + 1}">${e(label(c))}</li>`)
    .join('')}</ol>`;
}

/** The colour key, and the hatched swatch when some score meets one of its own items. */
export function heatLegend(a: Analysis): string {
  const scale = [-1, -0.5, 0, 0.5, 1]
    .map((r) => `<span class="key">${swatch(correlationColour(r))} ${formatCoefficient(r)}</span>`)
    .join('');
  const own = a.correlations.some(isOwn)
    ? `<span class="key">${swatch(OWN, true)} a score with one of its own items (◦): not tested</span>`
    : '';
  return `${scale}<span class="key"><b>bold</b>: adjusted p &lt; .05</span>${own}`;
}
