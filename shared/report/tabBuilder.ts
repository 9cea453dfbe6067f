import type { Block, CellValue, ChartSpec, ColourScale, Tab } from './report';

/** Sheets' default row height in pixels: the blank rows kept free for a chart are this tall. */
export const ROW_HEIGHT = 21;

/** Builds a tab row by row, so that each tab's code reads top to bottom like the sheet it makes. */
export class TabBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly tab: Omit<Tab, 'cells' | 'width'>;
  /** The first row below every chart placed so far. */
  private chartsEnd = 0;

  constructor(name: string, columnWidths: number[] = []) {
    this.tab = {
      name,
      columnWidths,
      frozenRows: 0,
      frozenColumns: 0,
      blockStarts: [],
      formats: [],
      bold: [],
      wrap: [],
      colourScales: [],
      charts: [],
    };
  }

  /** The 0-based index the next row will have. */
  get nextRow(): number {
    return this.rows.length;
  }

  row(...cells: CellValue[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** Starts a block of its own width at the next row: a CSV pads its rows to its own widest, not the tab's. */
  block(): void {
    if (this.rows.length > 0) this.tab.blockStarts.push(this.rows.length);
  }

  heading(text: string): number {
    const r = this.row(text);
    this.tab.bold.push({ row: r, column: 0, rows: 1, columns: 1 });
    return r;
  }

  boldRow(row: number, columns: number): void {
    this.tab.bold.push({ row, column: 0, rows: 1, columns });
  }

  bold(block: Block): void {
    this.tab.bold.push(block);
  }

  format(range: Block, numberFormat: string): void {
    if (range.rows > 0 && range.columns > 0) this.tab.formats.push({ range, numberFormat });
  }

  wrap(range: Block): void {
    this.tab.wrap.push(range);
  }

  colourScale(scale: ColourScale): void {
    this.tab.colourScales.push(scale);
  }

  /** Places a chart with its top-left corner on `anchor`; `clearOfCharts` then keeps the next rows free of it. */
  chart(chart: ChartSpec): void {
    this.tab.charts.push(chart);
    this.chartsEnd = Math.max(this.chartsEnd, chart.anchor.row + Math.ceil(chart.height / ROW_HEIGHT));
  }

  /** A chart under the rows written so far, at column A, with blank rows kept for it and one after it. */
  chartBelow(chart: Omit<ChartSpec, 'anchor'>): void {
    this.chart({ ...chart, anchor: { row: this.nextRow, column: 0 } });
    this.clearOfCharts();
  }

  /** Blank rows until every chart placed so far has ended, then one more, so that the next table starts clear. */
  clearOfCharts(): void {
    while (this.rows.length < this.chartsEnd) this.rows.push([]);
    this.blank();
  }

  freeze(rows: number, columns = 0): void {
    this.tab.frozenRows = rows;
    this.tab.frozenColumns = columns;
  }

  /**
   * The finished tab. Rows keep their own lengths (padding every row to the widest made a 300-question Correlations
   * tab 45,000 rows × 301 columns); `width` is the widest, which a sheet's grid and a CSV block pad to.
   */
  build(): Tab {
    const width = this.rows.reduce((w, r) => Math.max(w, r.length), Math.max(1, this.tab.columnWidths.length));
    const cells = this.rows.length > 0 ? this.rows : [['']];
    const columnWidths = [...this.tab.columnWidths, ...new Array<number>(Math.max(0, width - this.tab.columnWidths.length)).fill(100)];
    return { ...this.tab, columnWidths, cells, width };
  }
}
