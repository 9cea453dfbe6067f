import type { Question } from '../../analysis/analysisSchema';
import { formatPercent } from '../../analysis/format';
import { endWords } from '../../analysis/scaleEnds';
import { divergingPalette } from '../palette';
import { escapeHtml as e } from './escape';
import { inkOn, swatch } from './svg';

const WIDTH = 440;
const HEIGHT = 18;

export interface BarRow {
  label: string;
  /** The full question, for a tooltip. */
  title?: string;
  n: number;
  levels: readonly { label: string; count: number; percent: number }[];
}

/** Percent of a row left of the centre line: the lower half of the levels and half of an odd middle. */
function leftShare(levels: BarRow['levels']): number {
  const k = levels.length;
  const below = Math.floor(k / 2);
  let left = 0;
  for (let i = 0; i < below; i++) left += levels[i].percent;
  return k % 2 === 1 ? left + levels[below].percent / 2 : left;
}

/** Each level's legend text, both ends in the scale's words: "1 = greatly decreased", …, "5 = greatly increased". */
export function legendLabels(q: Pick<Question, 'levels' | 'header'>): string[] {
  const words = endWords(q);
  const k = q.levels.length;
  return q.levels.map((l, i) => {
    if (!/^\s*-?\d+\s*$/.test(l.label)) return l.label;
    if (i === 0) return `${l.label} = ${words.low ?? 'lowest'}`;
    if (i === k - 1) return `${l.label} = ${words.high ?? 'highest'}`;
    return l.label;
  });
}

function bar(row: BarRow, colours: string[], scale: number, centre: number): string {
  let x = centre - leftShare(row.levels) * scale;
  const rects: string[] = [];
  const texts: string[] = [];
  row.levels.forEach((l, i) => {
    const w = l.percent * scale;
    const at = x;
    x += w;
    if (w <= 0) return;
    rects.push(
      `<rect x="${at.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${HEIGHT}" fill="${colours[i]}"><title>${e(l.label)}: ${e(formatPercent(l.percent))} (${l.count} of ${row.n})</title></rect>`,
    );
    if (w > 24)
      texts.push(
        `<text x="${(at + w / 2).toFixed(1)}" y="13" text-anchor="middle" fill="${inkOn(colours[i])}">${Math.round(l.percent)}%</text>`,
      );
  });
  // The centre is marked by ticks above and below, so that a middle level's "26%" is not struck through.
  const c = centre.toFixed(1);
  const line = `<path d="M${c} 0V4M${c} ${HEIGHT - 4}V${HEIGHT}" stroke="#333" stroke-width="1.5"/>`;
  return `<svg class="dbar" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${e(row.label)}">${rects.join('')}${line}${texts.join('')}</svg>`;
}

/**
 * Diverging stacked bars for rows sharing a scale: levels below the middle extend left of the centre line, levels
 * above it to the right, an odd middle straddles it. The legend names every level, both ends in the scale's words.
 */
export function divergingBars(rows: readonly BarRow[], legend: readonly string[], colours = divergingPalette(legend.length)): string {
  const maxLeft = Math.max(1, ...rows.map((r) => leftShare(r.levels)));
  const maxRight = Math.max(1, ...rows.map((r) => 100 - leftShare(r.levels)));
  const scale = WIDTH / (maxLeft + maxRight);
  const centre = maxLeft * scale;
  const key = legend.map((l, i) => `<span class="key">${swatch(colours[i])} ${e(l)}</span>`).join('');
  const body = rows
    .map(
      (r) =>
        `<div class="brow"><div class="blabel"${r.title ? ` title="${e(r.title)}"` : ''}>${e(r.label)} <span class="muted nowrap">(n = ${r.n})</span></div>${bar(r, colours, scale, centre)}</div>`,
    )
    .join('');
  return `<div class="chart"><div class="legend">${key}</div>${body}</div>`;
}

/** One scale group's chart: each question a row (a grid's rows by their row name alone, under the question as heading). */
export function questionBars(items: readonly Question[], rowsOnly = false): string {
  return divergingBars(
    items.map((q) => ({ label: rowsOnly && q.grid ? q.grid.row : q.label, title: q.header, n: q.n, levels: q.levels })),
    legendLabels(items[0]),
  );
}
