import type { Block, CellValue, ChartSpec, ColourScale, Tab } from './report';

/** Builds a tab row by row, so that each tab's code reads top to bottom like the sheet it makes. */
export class TabBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly tab: Omit<Tab, 'cells'>;

  constructor(name: string, columnWidths: number[] = []) {
    this.tab = { name, columnWidths, frozenRows: 0, frozenColumns: 0, formats: [], bold: [], wrap: [], colourScales: [], charts: [] };
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

  chart(chart: ChartSpec): void {
    this.tab.charts.push(chart);
  }

  freeze(rows: number, columns = 0): void {
    this.tab.frozenRows = rows;
    this.tab.frozenColumns = columns;
  }

  /** The finished tab, its rows padded to one width so that a single setValues can write it. */
  build(): Tab {
    const width = this.rows.reduce((w, r) => Math.max(w, r.length), Math.max(1, this.tab.columnWidths.length));
    const cells = this.rows.length > 0 ? this.rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill('')]) : [['']];
    const columnWidths = [...this.tab.columnWidths, ...new Array<number>(Math.max(0, width - this.tab.columnWidths.length)).fill(100)];
    return { ...this.tab, columnWidths, cells };
  }
}
