import { formatCoefficient, isSignificant } from '../../analysis/format';
import { escapeHtml as e } from './escape';
import { cellTip, correlationColour, HATCH, isOwn, type PairGrid } from './heatmapCells';
import { inkOn } from './svg';

/** User units per cell: whole numbers for every position, and text sizes browsers draw well. */
const CELL = 10;
const MARGIN = 16;

/**
 * The look of every block's cells, given once for the page: what one triangle repeats on each cell (stroke, anchor,
 * size, ink) is here instead, so that a cell is a square and a number.
 */
export const BLOCK_STYLE =
  '<style>svg.hb use{stroke:#fff;stroke-width:.6}svg.hb text{text-anchor:middle;font-size:3.4px;fill:#1f2328}' +
  'svg.hb text.w{fill:#fff}svg.hb text.m{fill:#6e7781}svg.hb text.b{font-weight:700}svg.hb text.hn{fill:#6e7781}svg.hb text.r{text-anchor:end}</style>';

export interface BlockTriangle {
  grid: PairGrid;
  /** Positions `from` (inclusive) to `to` (exclusive) of the grid's columns. */
  from: number;
  to: number;
  /** Given for a survey small enough to afford a tooltip per cell (n and p on hover, as in the single triangle). */
  label?: (column: number) => string;
}

/**
 * One block's lower triangle, numbered as in the whole survey, in compact markup: each cell a reference to one square
 * and its r. Tooltips only with `label`: a 1,000-question report has 19,500 such cells, and a tooltip each doubled the
 * page; their n and p are in the Correlations tab and correlations-all.csv.
 */
export function blockTriangle({ grid, from, to, label }: BlockTriangle): string {
  const m = to - from - 1;
  // One square, drawn by reference at each cell: an id per block, as ids are the page's.
  const cell = `hc${from}`;
  const parts: string[] = [];
  let own = false;
  for (let i = 1; i <= m; i++) {
    const y = MARGIN + (i - 1) * CELL;
    parts.push(`<text class="hn r" x="${MARGIN - 2}" y="${y + 6}">${from + i + 1}</text>`);
    for (let j = 0; j < i; j++) {
      const x = MARGIN + j * CELL;
      const c = grid.pair(from + i, from + j);
      const hatched = isOwn(c);
      own ||= hatched;
      const fill = hatched ? 'url(#own)' : c.r === null ? '#f4f4f4' : correlationColour(c.r);
      const ink = hatched || c.r === null ? 'm' : inkOn(fill) === '#ffffff' ? 'w' : '';
      const classes = [ink, !hatched && isSignificant(c.pAdjusted) ? 'b' : ''].filter(Boolean).join(' ');
      const text = c.r === null ? '·' : formatCoefficient(c.r).replace(/^(−?)0\./, '$1.');
      const drawn = `<use href="#${cell}" x="${x}" y="${y}" fill="${fill}"/><text${classes ? ` class="${classes}"` : ''} x="${x + CELL / 2}" y="${y + 6}">${text}${hatched ? '◦' : ''}</text>`;
      parts.push(label ? `<g><title>${e(cellTip(grid, from + i, from + j, label))}</title>${drawn}</g>` : drawn);
    }
  }
  for (let j = 0; j < m; j++) parts.push(`<text class="hn" x="${MARGIN + j * CELL + CELL / 2}" y="${MARGIN - 3}">${from + j + 1}</text>`);
  const side = MARGIN + m * CELL + 2;
  return `<svg class="heatmap hb" viewBox="0 0 ${side} ${side}" role="img" aria-label="Correlation matrix of questions ${from + 1} to ${to}">${own ? HATCH : ''}<defs><rect id="${cell}" width="${CELL}" height="${CELL}"/></defs>${parts.join('')}</svg>`;
}
