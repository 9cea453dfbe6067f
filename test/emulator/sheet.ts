import { parseA1 } from './a1';
import { SHEET_OF } from './boundary';
import { EmbeddedChart, EmbeddedChartBuilder, newChartState } from './charts';
import type { ConditionalFormatRule } from './conditionalFormat';
import { type DeveloperMetadata, DeveloperMetadataFinder, metadataArgs } from './developerMetadata';
import { fail, failSignature, requireNumbers } from './gasError';
import { Range } from './range';
import { SheetCells } from './sheetCells';
import type { Spreadsheet } from './spreadsheet';

/**
 * SpreadsheetApp Sheet. A new sheet is 1,000 rows × 26 columns, as in Sheets. The grid has
 * Google's hard edges: getRange past getMaxRows()/getMaxColumns() throws "The coordinates of
 * the range are outside the dimensions of the sheet." (observed; scripts grow the sheet first
 * with insertRowsAfter or appendRow). Create the emulator with gridBounds: 'grow' to let
 * writes extend the grid instead. Every growth counts toward the workbook's 10,000,000 cells.
 * Column widths, charts, conditional formats and merges are recorded for tests to inspect.
 */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

export interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export class Sheet {
  static serviceName = 'Sheet';

  readonly _cells: SheetCells;
  _merges: Block[] = [];
  _borders: { a1: string; args: unknown[] }[] = [];
  _charts: EmbeddedChart[] = [];
  _conditionalFormatRules: ConditionalFormatRule[] = [];
  _columnWidths = new Map<number, number>();
  _rowHeights = new Map<number, number>();
  /** Columns passed to autoResizeColumns, for tests. */
  _autoResized = new Set<number>();
  _frozenRows = 0;
  _frozenColumns = 0;
  _hidden = false;
  _tabColor: string | null = null;
  /** URL of the form whose responses land here (set by Form.setDestination), else null. */
  _formUrl: string | null = null;

  constructor(
    readonly _spreadsheet: Spreadsheet,
    private name: string,
    private readonly sheetId: number,
    public _maxRows = DEFAULT_ROWS,
    public _maxColumns = DEFAULT_COLUMNS,
  ) {
    this._cells = new SheetCells(() => _spreadsheet._environment());
  }

  [SHEET_OF](): string {
    return this.name;
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): Sheet {
    this._spreadsheet._checkNameFree(name, this);
    this.name = String(name);
    return this;
  }
  getSheetName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this._spreadsheet._sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this._spreadsheet;
  }
  getType(): string {
    return 'GRID';
  }
  activate(): Sheet {
    this._spreadsheet._active = this;
    return this;
  }

  getLastRow(): number {
    return this._cells.values.lastRow();
  }
  getLastColumn(): number {
    return this._cells.values.lastColumn();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }

  /** Grows the grid to hold (lastRow, lastColumn) when gridBounds is 'grow'; strict grids were checked by getRange. */
  _ensureSize(lastRow: number, lastColumn: number): void {
    if (this._spreadsheet._gridBounds === 'grow') this._grow(lastRow, lastColumn);
  }

  _grow(rows: number, columns: number): void {
    const newRows = Math.max(this._maxRows, rows);
    const newColumns = Math.max(this._maxColumns, columns);
    if (newRows === this._maxRows && newColumns === this._maxColumns) return;
    this._spreadsheet._reserveCells(newRows * newColumns - this._maxRows * this._maxColumns);
    this._maxRows = newRows;
    this._maxColumns = newColumns;
  }

  getRange(a1Notation: string): Range;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
  getRange(...args: unknown[]): Range {
    if (args.length === 1 && typeof args[0] === 'string') return this._rangeFromA1(args[0]);
    if (args.length < 2 || args.length > 4) failSignature('SpreadsheetApp.Sheet.getRange', args);
    requireNumbers('SpreadsheetApp.Sheet.getRange', args);
    const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map(Math.trunc);
    return this._range(row, column, numRows, numColumns);
  }

  _rangeFromA1(text: string): Range {
    const a1 = parseA1(text);
    if (a1.sheetName !== undefined && a1.sheetName.toLowerCase() !== this.name.toLowerCase()) fail('Range not found');
    const lastRow = a1.lastRow ?? this._maxRows;
    const lastColumn = a1.lastColumn ?? this._maxColumns;
    return this._range(a1.row, a1.column, lastRow - a1.row + 1, lastColumn - a1.column + 1);
  }

  _range(row: number, column: number, numRows: number, numColumns: number): Range {
    if (row < 1) fail('The starting row of the range is too small.');
    if (column < 1) fail('The starting column of the range is too small.');
    if (numRows < 1) fail('The number of rows in the range must be at least 1.');
    if (numColumns < 1) fail('The number of columns in the range must be at least 1.');
    const outside = row + numRows - 1 > this._maxRows || column + numColumns - 1 > this._maxColumns;
    if (outside && this._spreadsheet._gridBounds === 'strict')
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    return new Range(this, row, column, numRows, numColumns);
  }

  getDataRange(): Range {
    return new Range(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  /** Writes after the last row with content, growing the sheet when it is full (Google's reference). */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) failSignature('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = this.getLastRow() + 1;
    this._grow(row, rowContents.length);
    this._cells.writeValues(row - 1, 0, [rowContents]);
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    if (!options || options.contentsOnly) this._cells.values.clearAll();
    if (!options || options.formatOnly) this._cells.clearFormats(0, 0, this._maxRows, this._maxColumns);
    return this;
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): Sheet {
    this._cells.notes.clearAll();
    return this;
  }

  setFrozenRows(rows: number): Sheet {
    requireNumbers('SpreadsheetApp.Sheet.setFrozenRows', [rows]);
    this._frozenRows = rows;
    return this;
  }
  setFrozenColumns(columns: number): Sheet {
    requireNumbers('SpreadsheetApp.Sheet.setFrozenColumns', [columns]);
    this._frozenColumns = columns;
    return this;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }

  setColumnWidth(column: number, width: number): Sheet {
    return this.setColumnWidths(column, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    requireNumbers('SpreadsheetApp.Sheet.setColumnWidths', [startColumn, numColumns, width]);
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    return this._columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(row: number, height: number): Sheet {
    return this.setRowHeights(row, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    for (let r = startRow; r < startRow + numRows; r++) this._rowHeights.set(r, height);
    return this;
  }
  getRowHeight(row: number): number {
    return this._rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Sizes columns to their longest shown text (about 7 px a character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    requireNumbers('SpreadsheetApp.Sheet.autoResizeColumns', [startColumn, numColumns]);
    const lastRow = this.getLastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      if (lastRow > 0) for (const [text] of this._cells.readDisplayValues(0, c - 1, lastRow, 1)) longest = Math.max(longest, text.length);
      this._columnWidths.set(c, longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.max(21, longest * 7 + 10));
      this._autoResized.add(c);
    }
    return this;
  }
  autoResizeColumn(column: number): Sheet {
    return this.autoResizeColumns(column, 1);
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this._insertRows(afterPosition, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this._insertRows(beforePosition - 1, howMany);
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this._insertRows(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this._insertRows(beforePosition - 1, 1);
  }
  insertRows(rowIndex: number, numRows = 1): Sheet {
    return this._insertRows(rowIndex - 1, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    return this._insertColumns(afterPosition, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this._insertColumns(beforePosition - 1, howMany);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this._insertColumns(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this._insertColumns(beforePosition - 1, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): Sheet {
    return this._insertColumns(columnIndex - 1, numColumns);
  }

  _insertRows(at: number, count: number): Sheet {
    requireNumbers('SpreadsheetApp.Sheet.insertRows', [at, count]);
    if (at < 0 || at > this._maxRows) fail('Those rows are out of bounds.');
    this._spreadsheet._reserveCells(count * this._maxColumns);
    this._maxRows += count;
    this._cells.insertRows(at, count);
    return this;
  }

  _insertColumns(at: number, count: number): Sheet {
    requireNumbers('SpreadsheetApp.Sheet.insertColumns', [at, count]);
    if (at < 0 || at > this._maxColumns) fail('Those columns are out of bounds.');
    this._spreadsheet._reserveCells(count * this._maxRows);
    this._maxColumns += count;
    this._cells.insertColumns(at, count);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): Sheet {
    requireNumbers('SpreadsheetApp.Sheet.deleteRows', [rowPosition, howMany]);
    if (rowPosition < 1 || rowPosition + howMany - 1 > this._maxRows) fail('Those rows are out of bounds.');
    if (howMany >= this._maxRows - this._frozenRows) fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._cells.deleteRows(rowPosition - 1, howMany);
    this._maxRows -= howMany;
    return this;
  }
  deleteRow(rowPosition: number): Sheet {
    return this.deleteRows(rowPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): Sheet {
    requireNumbers('SpreadsheetApp.Sheet.deleteColumns', [columnPosition, howMany]);
    if (columnPosition < 1 || columnPosition + howMany - 1 > this._maxColumns) fail('Those columns are out of bounds.');
    if (howMany >= this._maxColumns - this._frozenColumns) fail('Sorry, it is not possible to delete all non-frozen columns.');
    this._cells.deleteColumns(columnPosition - 1, howMany);
    this._maxColumns -= howMany;
    return this;
  }
  deleteColumn(columnPosition: number): Sheet {
    return this.deleteColumns(columnPosition, 1);
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(newChartState(this.name));
  }
  insertChart(chart: EmbeddedChart): void {
    if (!(chart instanceof EmbeddedChart)) failSignature('SpreadsheetApp.Sheet.insertChart', [chart]);
    chart._state.chartId = this._spreadsheet._nextChartId();
    this._charts.push(chart);
  }
  updateChart(chart: EmbeddedChart): void {
    const i = this._charts.findIndex((c) => c._state.chartId === chart._state.chartId);
    if (i < 0) fail('The chart does not exist on this sheet.');
    this._charts[i] = chart;
  }
  removeChart(chart: EmbeddedChart): void {
    this._charts = this._charts.filter((c) => c._state.chartId !== chart._state.chartId);
  }
  getCharts(): EmbeddedChart[] {
    return [...this._charts];
  }

  /** Replaces all the sheet's rules, as Google's reference says. */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) failSignature('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    this._conditionalFormatRules = [...rules];
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this._conditionalFormatRules];
  }
  clearConditionalFormatRules(): void {
    this._conditionalFormatRules = [];
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): Sheet {
    this._spreadsheet._addMetadata(metadataArgs(key, valueOrVisibility, visibility), this);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return new DeveloperMetadataFinder(this._spreadsheet, this).find();
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this._spreadsheet, this);
  }

  hideSheet(): Sheet {
    if (this._spreadsheet._sheets.filter((s) => !s._hidden && s !== this).length === 0)
      fail("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  setTabColor(color: string | null): Sheet {
    this._tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }

  /**
   * Reference: "Returns the URL for the form that sends its responses to this sheet, or null if
   * this sheet has no associated form."
   */
  getFormUrl(): string | null {
    return this._formUrl;
  }

  toString(): string {
    return 'Sheet';
  }
}
