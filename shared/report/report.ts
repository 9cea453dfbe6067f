/**
 * The report as plain data: tabs of cells with their formats, colour scales and charts.
 * The Sheets add-on and the CLI render this same model. Rows and columns here are 0-based within a tab.
 */

export type CellValue = string | number | boolean | null;

export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A number format in Sheets' syntax: '0.0%', '0.00', '0', '@' (plain text). */
export interface FormatRule {
  range: Block;
  numberFormat: string;
}

/** A three-point colour scale over numbers (the correlation matrix: −1 red, 0 white, +1 blue). */
export interface ColourScale {
  range: Block;
  min: { value: number; colour: string };
  mid: { value: number; colour: string };
  max: { value: number; colour: string };
}

/**
 * A native Sheets chart over a block whose first column holds the category labels and whose first row holds the
 * series names. Its size is in pixels; `anchor` is the cell under its top-left corner, so a renderer (and a test)
 * can tell which cells it covers from the tab's column widths and the default row height.
 */
export interface ChartSpec {
  /** 'bar': horizontal bars (one per row of the block); 'column': vertical bars. */
  type: 'bar' | 'column';
  stacked: 'none' | 'absolute' | 'percent';
  title: string;
  range: Block;
  anchor: { row: number; column: number };
  width: number;
  height: number;
  /** Colours per series, low to high (a diverging palette for scales). */
  colours: string[];
  /** Axis range for the values, when it should not follow the data (a scale's codes: 1 to k). */
  valueAxis?: { min: number; max: number; title: string };
}

export interface Tab {
  name: string;
  /**
   * The rows as built, each as long as its own cells: never padded to the widest, so that a wide block (a large
   * correlation matrix) does not widen every other row. A renderer pads where its target needs a rectangle.
   */
  cells: CellValue[][];
  /** The number of columns the tab spans: its widest row (at least one, and at least its column widths). */
  width: number;
  /**
   * Rows where a block of its own width starts (row 0 always starts one). A CSV pads each row to its block's widest
   * row; a tab without these is one block, every row padded to the tab's width as a sheet shows it.
   */
  blockStarts: number[];
  columnWidths: number[];
  frozenRows: number;
  frozenColumns: number;
  formats: FormatRule[];
  bold: Block[];
  wrap: Block[];
  colourScales: ColourScale[];
  charts: ChartSpec[];
}

export interface Report {
  title: string;
  tabs: Tab[];
}
