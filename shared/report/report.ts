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

/** A chart over a block whose first column holds the row labels and whose first row holds the series names. */
export interface ChartSpec {
  type: 'bar';
  stacked: 'none' | 'absolute' | 'percent';
  title: string;
  range: Block;
  /** Where the chart's top-left corner sits. */
  anchor: { row: number; column: number };
  /** Colours per series, low to high (a diverging palette for scales). */
  colours: string[];
}

export interface Tab {
  name: string;
  cells: CellValue[][];
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
