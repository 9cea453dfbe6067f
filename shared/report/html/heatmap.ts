import type { Analysis } from '../../analysis/analysisSchema';
import { heatmapBlocks } from './heatmapBlocks';
import { heatKey, heatLegend, pairGrid, triangle } from './heatmapCells';

/** Past this many questions one triangle's cells grow too small to read: the matrix is shown in blocks instead. */
export const HEATMAP_BLOCK = 40;

/**
 * The correlation matrix as an SVG lower triangle that fits the page width, numbered, with a key below. Bold:
 * adjusted p < .05. A score against one of its own items is hatched grey (not tested). Past HEATMAP_BLOCK questions,
 * an overview of blocks and each block's own triangle (heatmapBlocks).
 */
export function heatmap(a: Analysis): string {
  const byColumn = new Map(a.questions.map((q) => [q.column, q]));
  const label = (c: number) => byColumn.get(c)?.label ?? `Column ${c + 1}`;
  const grid = pairGrid(a);
  const w = grid.columns.length;
  if (w < 2) return '<p>Fewer than two scale or number questions: there is nothing to correlate.</p>';
  if (w > HEATMAP_BLOCK) return heatmapBlocks(a, grid, label, HEATMAP_BLOCK);
  const svg = triangle({ grid, from: 0, to: w, label });
  return `<figure class="chart heat">${svg}<figcaption class="legend">${heatLegend(a)}</figcaption></figure>${heatKey(grid, 0, w, label)}`;
}
