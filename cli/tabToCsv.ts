import { toCsv } from '../shared/csv/toCsv';
import { formatCell } from '../shared/report/formatCell';
import type { CellValue, FormatRule, Tab } from '../shared/report/report';

const isBlank = (row: readonly string[]) => row.every((cell) => cell === '');

/** Each row's format rules, in the tab's order (the last that covers a cell wins, as in Sheets). */
function rulesByRow(tab: Tab): FormatRule[][] {
  const byRow: FormatRule[][] = tab.cells.map(() => []);
  for (const rule of tab.formats) {
    const end = Math.min(tab.cells.length, rule.range.row + rule.range.rows);
    for (let r = rule.range.row; r < end; r++) byRow[r].push(rule);
  }
  return byRow;
}

/** The width each row is padded to: its block's widest row (the whole tab when it is one block). */
function blockWidths(tab: Tab): number[] {
  const starts = [0, ...tab.blockStarts, tab.cells.length];
  const widths = new Array<number>(tab.cells.length);
  for (let b = 0; b + 1 < starts.length; b++) {
    let width = b === 0 && starts.length === 2 ? tab.width : 0;
    for (let r = starts[b]; r < starts[b + 1]; r++) width = Math.max(width, tab.cells[r].length);
    widths.fill(width, starts[b], starts[b + 1]);
  }
  return widths;
}

function shownRow(cells: readonly CellValue[], rules: readonly FormatRule[], width: number): string[] {
  const shown = new Array<string>(width).fill('');
  for (let c = 0; c < cells.length; c++) {
    let format: string | undefined;
    for (const { range, numberFormat } of rules) if (c >= range.column && c < range.column + range.columns) format = numberFormat;
    shown[c] = formatCell(cells[c], format);
  }
  return shown;
}

/**
 * A report tab as CSV lines, each cell shown as Sheets would show it under its number format, each row padded to its
 * block's width. The blank rows a tab keeps free for its charts mean nothing in a CSV: a run of them becomes one.
 * Lines come one at a time so that a large tab is written without building the whole file as one string.
 */
export function* tabCsvLines(tab: Tab): Generator<string> {
  const rules = rulesByRow(tab);
  const widths = blockWidths(tab);
  let previousBlank = false;
  for (let r = 0; r < tab.cells.length; r++) {
    const row = shownRow(tab.cells[r], rules[r], widths[r]);
    const blank = isBlank(row);
    if (!(blank && r > 0 && previousBlank)) yield toCsv([row]);
    previousBlank = blank;
  }
}

/** The whole tab as CSV text (small tabs and tests; the command line writes the lines as they come). */
export function tabToCsv(tab: Tab): string {
  let out = '';
  for (const line of tabCsvLines(tab)) out += line;
  return out;
}
