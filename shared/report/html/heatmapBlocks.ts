import type { Analysis, Correlation } from '../../analysis/analysisSchema';
import { formatCoefficient, formatP, isSignificant, METHOD_SYMBOL } from '../../analysis/format';
import { BLOCK_STYLE, blockTriangle } from './blockTriangle';
import { escapeHtml as e } from './escape';
import { correlationColour, heatKey, heatLegend, isOwn, MARGIN, type PairGrid, WIDTH } from './heatmapCells';
import { inkOn } from './svg';

/** Up to this many questions a block's cells keep their tooltips (n and p on hover): 100 make about 1,650 cells. */
export const TIPS_UP_TO = 100;

/** At most this many blocks (25 × 40 = 1,000 questions); past it the blocks grow and only the overview is drawn. */
export const MAX_BLOCKS = 25;

interface Span {
  from: number;
  to: number;
  name: string;
}

/** Questions in the form's order, cut into blocks of at most `size` (of near-equal sizes), lettered A, B, C… */
export function blockSpans(count: number, size: number): Span[] {
  const k = Math.min(MAX_BLOCKS, Math.ceil(count / size));
  return Array.from({ length: k }, (_, b) => ({
    from: Math.round((b * count) / k),
    to: Math.round(((b + 1) * count) / k),
    name: String.fromCharCode(65 + b),
  }));
}

interface Between {
  /** The pair of greatest |r| (first in the form's order among equals), or null when no pair has r. */
  strongest: Correlation | null;
  /** Its two questions' positions, numbered from 1 as in the whole survey. */
  at: [number, number];
  pairs: number;
  significant: number;
}

/** The tested pairs between two blocks (within one when they are the same): the strongest, and how many are significant. */
function between(grid: PairGrid, x: Span, y: Span): Between {
  const out: Between = { strongest: null, at: [0, 0], pairs: 0, significant: 0 };
  for (let i = x.from; i < x.to; i++) {
    for (let j = y.from; j < (x === y ? i : y.to); j++) {
      const c = grid.pair(i, j);
      if (c.r === null || isOwn(c)) continue;
      out.pairs++;
      if (isSignificant(c.pAdjusted)) out.significant++;
      if (out.strongest === null || Math.abs(c.r) > Math.abs(out.strongest.r!)) {
        out.strongest = c;
        out.at = [i + 1, j + 1];
      }
    }
  }
  return out;
}

const range = (s: Span) => `${s.from + 1}–${s.to}`;

/** The blocks against each other: each cell the strongest r between two blocks (on the diagonal, within one). */
function overview(a: Analysis, grid: PairGrid, spans: readonly Span[]): string {
  const k = spans.length;
  const size = Math.min(44, (WIDTH - MARGIN) / k);
  const font = Math.max(7, Math.min(11, size * 0.34));
  const cells: string[] = [];
  const symbol = METHOD_SYMBOL[a.options.method];
  spans.forEach((x, i) => {
    const y = MARGIN + i * size;
    cells.push(
      `<text x="${MARGIN - 4}" y="${(y + size / 2 + font / 3).toFixed(1)}" text-anchor="end" class="hn" font-size="${font}">${x.name}</text>`,
    );
    cells.push(
      `<text x="${(MARGIN + i * size + size / 2).toFixed(1)}" y="${MARGIN - 8}" text-anchor="middle" class="hn" font-size="${font}">${x.name}</text>`,
    );
    for (let j = 0; j <= i; j++) {
      const s = between(grid, x, spans[j]);
      const r = s.strongest?.r ?? null;
      const fill = r === null ? '#f4f4f4' : correlationColour(r);
      const text = r === null ? '·' : formatCoefficient(r).replace(/^(−?)0\./, '$1.');
      const sig = s.strongest !== null && isSignificant(s.strongest.pAdjusted);
      const strongest = s.strongest
        ? `strongest ${symbol} = ${formatCoefficient(r!)} (${s.at[0]} × ${s.at[1]}, adjusted ${formatP(s.strongest.pAdjusted)})`
        : 'no pair with r';
      const tip = `${x.name} × ${spans[j].name} (questions ${range(x)} × ${range(spans[j])}): ${strongest}; ${s.significant.toLocaleString('en-GB')} of ${s.pairs.toLocaleString('en-GB')} pairs with adjusted p < .05`;
      const cx = MARGIN + j * size;
      cells.push(
        `<g><title>${e(tip)}</title><rect x="${cx.toFixed(1)}" y="${y.toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="${fill}" stroke="#fff" stroke-width="1"/>` +
          `<text x="${(cx + size / 2).toFixed(1)}" y="${(y + size / 2 + font / 3).toFixed(1)}" text-anchor="middle" font-size="${font.toFixed(1)}" fill="${r === null ? '#6e7781' : inkOn(fill)}"${sig ? ' font-weight="700"' : ''}>${text}</text></g>`,
      );
    }
  });
  const height = MARGIN + k * size + 4;
  const svg = `<svg class="heatmap" viewBox="0 0 ${WIDTH} ${height.toFixed(0)}" role="img" aria-label="Strongest correlation between blocks of questions">${cells.join('')}</svg>`;
  const key = `<p class="note">${spans.map((s) => `<b>${s.name}</b>: questions ${range(s)}`).join(' · ')}</p>`;
  return `<figure class="chart heat">${svg}<figcaption class="legend">Each cell: the strongest ${symbol} between the questions of two blocks (on the diagonal, within one); bold: adjusted p &lt; .05. Hover for the pair and how many pairs are significant.</figcaption></figure>${key}`;
}

/**
 * A matrix too large for one triangle (more than `size` questions): the questions in blocks of at most `size` in
 * the form's order, an overview of the strongest r between blocks, then each block's own triangle with the questions
 * numbered as in the whole survey. Pairs across blocks are in the overview and in the Correlations tab's list.
 */
export function heatmapBlocks(a: Analysis, grid: PairGrid, label: (column: number) => string, size: number): string {
  const w = grid.columns.length;
  const spans = blockSpans(w, size);
  const drawn = spans.every((s) => s.to - s.from <= size);
  const tips = w <= TIPS_UP_TO;
  const intro =
    `<p class="note">${w.toLocaleString('en-GB')} questions are too many for one readable matrix: they are shown in ${spans.length} blocks ` +
    `of up to ${Math.max(...spans.map((s) => s.to - s.from))} in the form’s order, first the blocks against each other, then ` +
    (drawn ? 'each block’s own questions.' : 'no block’s cells (too many to draw): correlations.csv holds the whole matrix.') +
    ' The strongest pairs across blocks are listed in the Correlations tab (correlations.csv).' +
    (tips
      ? ''
      : ' Hovering a block’s cell shows nothing: each pair’s n and p are in the Correlations tab and, from the command line, correlations-all.csv.') +
    '</p>';
  const blocks = drawn
    ? spans
        .map(
          (s) =>
            `<h3>Block ${s.name}: questions ${range(s)}</h3><figure class="chart heat">${blockTriangle({ grid, from: s.from, to: s.to, ...(tips ? { label } : {}) })}` +
            `<figcaption class="legend">${heatLegend(a)}</figcaption></figure>${heatKey(grid, s.from, s.to, label)}`,
        )
        .join('')
    : '';
  return `${drawn ? BLOCK_STYLE : ''}${intro}${overview(a, grid, spans)}${blocks}`;
}
