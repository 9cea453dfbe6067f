import { a1Notation } from './a1';
import type { EmbeddedChart } from './charts';
import type { Sheet } from './sheet';

/**
 * Which cells an embedded chart covers, read the way Google documents a chart's place: the anchor cell and pixel
 * offsets from getContainerInfo(), the size from getOptions().get('width'/'height'), and the sheet's column
 * widths and row heights (100 px and 21 px unless set). Rows and columns are 1-based, as in Apps Script.
 */
export interface ChartBox {
  title: string;
  /** Pixels from the left edge of column A to the chart's left and right edges. */
  left: number;
  right: number;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  /** "F12:K24", for failure messages. */
  a1: string;
}

/** The last 1-based index whose band [start, start + size) holds pixel `end - 1`, walking from `first`. */
function lastCovered(first: number, startOffset: number, length: number, size: (i: number) => number): number {
  let i = first;
  let remaining = startOffset + length;
  while (remaining > size(i)) remaining -= size(i++);
  return i;
}

export function chartBox(sheet: Sheet, chart: EmbeddedChart): ChartBox {
  const place = chart.getContainerInfo();
  const options = chart.getOptions();
  const title = String(options.get('title') ?? '(untitled chart)');
  const width = options.get('width');
  const height = options.get('height');
  if (typeof width !== 'number' || typeof height !== 'number')
    throw new Error(
      `Chart "${title}" on ${sheet.getName()} has no width and height options, so its size on screen is Google's default, not the report's.`,
    );
  const firstColumn = place.getAnchorColumn();
  const firstRow = place.getAnchorRow();
  let left = place.getOffsetX();
  for (let c = 1; c < firstColumn; c++) left += sheet.getColumnWidth(c);
  const lastColumn = lastCovered(firstColumn, place.getOffsetX(), width, (c) => sheet.getColumnWidth(c));
  const lastRow = lastCovered(firstRow, place.getOffsetY(), height, (r) => sheet.getRowHeight(r));
  return {
    title,
    left,
    right: left + width,
    firstRow,
    lastRow,
    firstColumn,
    lastColumn,
    a1: a1Notation(firstRow, firstColumn, lastRow - firstRow + 1, lastColumn - firstColumn + 1),
  };
}

/** True when two boxes share a cell. */
export function boxesMeet(a: ChartBox, b: ChartBox): boolean {
  return a.firstRow <= b.lastRow && b.firstRow <= a.lastRow && a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn;
}
