import { formatCell, formatGrid } from '../shared/report/formatCell';
import type { Tab } from '../shared/report/report';
import { toCsv } from '../shared/csv/toCsv';

/** A report tab as CSV, each cell shown as Sheets would show it under its number format. */
export function tabToCsv(tab: Tab): string {
  const width = tab.cells[0]?.length ?? 0;
  const formats = formatGrid(tab.cells.length, width, tab.formats);
  return toCsv(tab.cells.map((row, r) => row.map((cell, c) => formatCell(cell, formats[r][c]))));
}
