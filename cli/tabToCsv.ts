import { toCsv } from '../shared/csv/toCsv';
import { formatCell, formatGrid } from '../shared/report/formatCell';
import type { Tab } from '../shared/report/report';

const isBlank = (row: readonly string[]) => row.every((cell) => cell === '');

/**
 * A report tab as CSV, each cell shown as Sheets would show it under its number format. The blank rows a tab keeps
 * free for its charts mean nothing in a CSV: a run of them becomes one.
 */
export function tabToCsv(tab: Tab): string {
  const width = tab.cells[0]?.length ?? 0;
  const formats = formatGrid(tab.cells.length, width, tab.formats);
  const rows = tab.cells.map((row, r) => row.map((cell, c) => formatCell(cell, formats[r][c])));
  return toCsv(rows.filter((row, r) => !(isBlank(row) && r > 0 && isBlank(rows[r - 1]))));
}
