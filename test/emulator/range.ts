import { a1Notation } from './a1';
import type { DataValidation } from './dataValidation';
import { fail, failSignature, requireNumbers } from './gasError';
import { AUTOMATIC_FORMAT } from './numberFormat';
import { RangeFormatting } from './rangeFormatting';
import { TextFinder } from './textFinder';

/**
 * SpreadsheetApp Range: values, formulas, number formats, merges, validation (formatting and
 * geometry live in rangeFormatting.ts). Behaviours copied from Google's reference and observed
 * runs:
 *  - getValues → rows of number | boolean | Date | string, '' for an empty cell; a number in a
 *    date-formatted cell comes back as a Date (of the script's realm).
 *  - setValues needs exactly the range's shape, else "The number of rows in the data does not
 *    match the number of rows in the range. The data has N but the range has M." (or columns);
 *    a 1-D array fails with "The parameters (String[]) don't match the method signature …".
 *  - setValue writes every cell of the range; strings are parsed as typed (typedInput.ts).
 * Reads and writes cost O(cells): the 10,000 × 60 benchmark is one pass over plain arrays.
 */
export class Range extends RangeFormatting {
  static serviceName = 'Range';

  private get r0(): number {
    return this.row - 1;
  }
  private get c0(): number {
    return this.column - 1;
  }

  getA1Notation(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }

  getCell(row: number, column: number): Range {
    requireNumbers('SpreadsheetApp.Range.getCell', [row, column]);
    if (row < 1 || row > this.numRows || column < 1 || column > this.numColumns) fail('Cell reference out of range');
    return new Range(this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheet.getRange(this.row + rowOffset, this.column + columnOffset, numRows ?? this.numRows, numColumns ?? this.numColumns);
  }

  activate(): Range {
    this.sheet.activate();
    return this;
  }

  getValues(): unknown[][] {
    return this.sheet._cells.readValues(this.r0, this.c0, this.numRows, this.numColumns);
  }

  getValue(): unknown {
    return this.sheet._cells.readValues(this.r0, this.c0, 1, 1)[0][0];
  }

  getDisplayValues(): string[][] {
    return this.sheet._cells.readDisplayValues(this.r0, this.c0, this.numRows, this.numColumns);
  }

  getDisplayValue(): string {
    return this.sheet._cells.readDisplayValues(this.r0, this.c0, 1, 1)[0][0];
  }

  setValues(values: unknown[][]): Range {
    this._checkShape('setValues', values);
    this._prepareWrite();
    this.sheet._cells.writeValues(this.r0, this.c0, values);
    return this;
  }

  setValue(value: unknown): Range {
    if (Array.isArray(value)) failSignature('SpreadsheetApp.Range.setValue', [value]);
    this._prepareWrite();
    this.sheet._cells.fillValue(this.r0, this.c0, this.numRows, this.numColumns, value);
    return this;
  }

  /** A TextFinder over this range (textFinder.ts). */
  createTextFinder(findText: string): TextFinder {
    return new TextFinder(this, findText);
  }

  getFormulas(): string[][] {
    return this.sheet._cells.readFormulas(this.r0, this.c0, this.numRows, this.numColumns);
  }

  getFormula(): string {
    return this.sheet._cells.readFormulas(this.r0, this.c0, 1, 1)[0][0];
  }

  setFormulas(formulas: string[][]): Range {
    this._checkShape('setFormulas', formulas);
    this._prepareWrite();
    this.sheet._cells.writeFormulas(this.r0, this.c0, formulas);
    return this;
  }

  setFormula(formula: string): Range {
    this._prepareWrite();
    this.sheet._cells.writeFormulas(this.r0, this.c0, new Array(this.numRows).fill(new Array(this.numColumns).fill(formula)));
    return this;
  }

  setNumberFormat(numberFormat: string): Range {
    this._prepareWrite();
    this.sheet._cells.formats.fill(this.r0, this.c0, this.numRows, this.numColumns, numberFormat ? String(numberFormat) : undefined);
    return this;
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this._checkShape('setNumberFormats', numberFormats);
    this._prepareWrite();
    numberFormats.forEach((line, i) =>
      line.forEach((f, j) => this.sheet._cells.formats.set(this.r0 + i, this.c0 + j, f ? String(f) : undefined)),
    );
    return this;
  }

  getNumberFormat(): string {
    return this.sheet._cells.formats.get(this.r0, this.c0) ?? AUTOMATIC_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this.sheet._cells.formats.read(this.r0, this.c0, this.numRows, this.numColumns, AUTOMATIC_FORMAT) as string[][];
  }

  isBlank(): boolean {
    return this.getValues().every((line) => line.every((v) => v === ''));
  }

  /** clear() clears contents and formats; options choose contentsOnly, formatOnly, commentsOnly (notes), validationsOnly. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): Range {
    const o = options ?? { contentsOnly: true, formatOnly: true };
    const anySet = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    const cells = this.sheet._cells;
    if (o.contentsOnly || !anySet) cells.values.fill(this.r0, this.c0, this.numRows, this.numColumns, undefined);
    if (o.formatOnly || !anySet) cells.clearFormats(this.r0, this.c0, this.numRows, this.numColumns);
    if (o.commentsOnly) cells.notes.fill(this.r0, this.c0, this.numRows, this.numColumns, undefined);
    if (o.validationsOnly) cells.validations.fill(this.r0, this.c0, this.numRows, this.numColumns, undefined);
    return this;
  }

  clearContent(): Range {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): Range {
    return this.clear({ formatOnly: true });
  }
  clearDataValidations(): Range {
    return this.clear({ validationsOnly: true });
  }

  setDataValidation(rule: DataValidation | null): Range {
    this._prepareWrite();
    this.sheet._cells.validations.fill(this.r0, this.c0, this.numRows, this.numColumns, rule ?? undefined);
    return this;
  }

  setDataValidations(rules: (DataValidation | null)[][]): Range {
    this._checkShape('setDataValidations', rules);
    this._prepareWrite();
    rules.forEach((line, i) => line.forEach((v, j) => this.sheet._cells.validations.set(this.r0 + i, this.c0 + j, v ?? undefined)));
    return this;
  }

  getDataValidation(): DataValidation | null {
    return (this.sheet._cells.validations.get(this.r0, this.c0) as DataValidation | undefined) ?? null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.sheet._cells.validations.read(this.r0, this.c0, this.numRows, this.numColumns, null) as (DataValidation | null)[][];
  }

  /** Merging keeps the top-left value only, as Sheets does. */
  merge(): Range {
    return this._merge([{ row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns }]);
  }
  mergeAcross(): Range {
    return this._merge(
      Array.from({ length: this.numRows }, (_, i) => ({ row: this.row + i, column: this.column, numRows: 1, numColumns: this.numColumns })),
    );
  }
  mergeVertically(): Range {
    return this._merge(
      Array.from({ length: this.numColumns }, (_, j) => ({ row: this.row, column: this.column + j, numRows: this.numRows, numColumns: 1 })),
    );
  }

  _merge(blocks: { row: number; column: number; numRows: number; numColumns: number }[]): Range {
    const overlaps = this.sheet._merges.filter((m) => this._intersects(m));
    if (overlaps.some((m) => !this._contains(m))) fail('You must select all cells in a merged range to merge or unmerge them.');
    this.sheet._merges = this.sheet._merges.filter((m) => !overlaps.includes(m));
    for (const b of blocks) {
      if (b.numRows * b.numColumns === 1) continue;
      const values = this.sheet._cells.values;
      const keep = values.get(b.row - 1, b.column - 1);
      values.fill(b.row - 1, b.column - 1, b.numRows, b.numColumns, undefined);
      values.set(b.row - 1, b.column - 1, keep);
      this.sheet._merges.push(b);
    }
    return this;
  }

  breakApart(): Range {
    const overlaps = this.sheet._merges.filter((m) => this._intersects(m));
    if (overlaps.some((m) => !this._contains(m))) fail('You must select all cells in a merged range to merge or unmerge them.');
    this.sheet._merges = this.sheet._merges.filter((m) => !overlaps.includes(m));
    return this;
  }

  isPartOfMerge(): boolean {
    return this.sheet._merges.some((m) => this._intersects(m));
  }

  getMergedRanges(): Range[] {
    return this.sheet._merges
      .filter((m) => this._intersects(m))
      .map((m) => new Range(this.sheet, m.row, m.column, m.numRows, m.numColumns));
  }

  _intersects(m: { row: number; column: number; numRows: number; numColumns: number }): boolean {
    return (
      m.row <= this.getLastRow() &&
      m.row + m.numRows - 1 >= this.row &&
      m.column <= this.getLastColumn() &&
      m.column + m.numColumns - 1 >= this.column
    );
  }

  _contains(m: { row: number; column: number; numRows: number; numColumns: number }): boolean {
    return (
      m.row >= this.row &&
      m.row + m.numRows - 1 <= this.getLastRow() &&
      m.column >= this.column &&
      m.column + m.numColumns - 1 <= this.getLastColumn()
    );
  }

  override toString(): string {
    return 'Range';
  }
}
