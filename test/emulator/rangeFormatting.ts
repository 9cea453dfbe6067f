import { SHEET_OF } from './boundary';
import { fail, failSignature } from './gasError';
import type { Sheet } from './sheet';

/**
 * The geometry of a Range and its per-cell formatting (background, fonts, wrap, alignment,
 * notes). Each attribute has Google's four methods — setX(v) for the whole range, setXs(grid)
 * with the same dimension checks as setValues, getX() for the top-left cell, getXs() — and
 * Google's default when never set (white background, black 10 pt Arial, bottom alignment).
 */
const DEFAULTS: Record<string, unknown> = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  fontLine: 'none',
  wrap: false,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
};

export function mismatchMessage(what: 'rows' | 'columns', data: number, range: number): string {
  return `The number of ${what} in the data does not match the number of ${what} in the range. The data has ${data} but the range has ${range}.`;
}

export abstract class RangeFormatting {
  constructor(
    readonly sheet: Sheet,
    /** 1-based */
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  [SHEET_OF](): string {
    return this.sheet.getName();
  }

  getSheet(): Sheet {
    return this.sheet;
  }
  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  getGridId(): number {
    return this.sheet.getSheetId();
  }

  /** Checks a 2-D argument against the range, with Google's messages. */
  _checkShape(method: string, data: unknown): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) failSignature(`SpreadsheetApp.Range.${method}`, [data]);
    if (data.length !== this.numRows) fail(mismatchMessage('rows', data.length, this.numRows));
    for (const r of data as unknown[][]) if (r.length !== this.numColumns) fail(mismatchMessage('columns', r.length, this.numColumns));
  }

  _prepareWrite(): void {
    this.sheet._ensureSize(this.getLastRow(), this.getLastColumn());
  }

  _setStyle(name: string, value: unknown): this {
    this._prepareWrite();
    this.sheet._cells.style(name).fill(this.row - 1, this.column - 1, this.numRows, this.numColumns, value ?? undefined);
    return this;
  }

  _setStyles(name: string, method: string, grid: unknown): this {
    this._checkShape(method, grid);
    this._prepareWrite();
    const g = this.sheet._cells.style(name);
    grid.forEach((line, i) => line.forEach((v, j) => g.set(this.row - 1 + i, this.column - 1 + j, v ?? undefined)));
    return this;
  }

  _getStyle(name: string): unknown {
    return this.sheet._cells.style(name).get(this.row - 1, this.column - 1) ?? DEFAULTS[name];
  }

  _getStyles(name: string): unknown[][] {
    return this.sheet._cells.style(name).read(this.row - 1, this.column - 1, this.numRows, this.numColumns, DEFAULTS[name]);
  }

  setBackground(color: string | null) {
    return this._setStyle('background', color);
  }
  setBackgrounds(colors: (string | null)[][]) {
    return this._setStyles('background', 'setBackgrounds', colors);
  }
  setBackgroundRGB(red: number, green: number, blue: number) {
    return this._setStyle('background', `#${[red, green, blue].map((n) => n.toString(16).padStart(2, '0')).join('')}`);
  }
  getBackground() {
    return this._getStyle('background');
  }
  getBackgrounds() {
    return this._getStyles('background');
  }

  setFontColor(color: string | null) {
    return this._setStyle('fontColor', color);
  }
  setFontColors(colors: (string | null)[][]) {
    return this._setStyles('fontColor', 'setFontColors', colors);
  }
  getFontColor() {
    return this._getStyle('fontColor');
  }
  getFontColors() {
    return this._getStyles('fontColor');
  }

  setFontWeight(weight: string | null) {
    return this._setStyle('fontWeight', weight);
  }
  setFontWeights(weights: (string | null)[][]) {
    return this._setStyles('fontWeight', 'setFontWeights', weights);
  }
  getFontWeight() {
    return this._getStyle('fontWeight');
  }
  getFontWeights() {
    return this._getStyles('fontWeight');
  }

  setFontStyle(style: string | null) {
    return this._setStyle('fontStyle', style);
  }
  setFontStyles(styles: (string | null)[][]) {
    return this._setStyles('fontStyle', 'setFontStyles', styles);
  }
  getFontStyle() {
    return this._getStyle('fontStyle');
  }
  getFontStyles() {
    return this._getStyles('fontStyle');
  }

  setFontSize(size: number) {
    return this._setStyle('fontSize', size);
  }
  setFontSizes(sizes: number[][]) {
    return this._setStyles('fontSize', 'setFontSizes', sizes);
  }
  getFontSize() {
    return this._getStyle('fontSize');
  }
  getFontSizes() {
    return this._getStyles('fontSize');
  }

  setFontFamily(family: string | null) {
    return this._setStyle('fontFamily', family);
  }
  setFontFamilies(families: (string | null)[][]) {
    return this._setStyles('fontFamily', 'setFontFamilies', families);
  }
  getFontFamily() {
    return this._getStyle('fontFamily');
  }
  getFontFamilies() {
    return this._getStyles('fontFamily');
  }

  setFontLine(line: string | null) {
    return this._setStyle('fontLine', line);
  }
  getFontLine() {
    return this._getStyle('fontLine');
  }

  setWrap(isWrapEnabled: boolean) {
    return this._setStyle('wrap', Boolean(isWrapEnabled));
  }
  setWraps(wraps: boolean[][]) {
    return this._setStyles('wrap', 'setWraps', wraps);
  }
  getWrap() {
    return this._getStyle('wrap');
  }
  getWraps() {
    return this._getStyles('wrap');
  }

  setHorizontalAlignment(alignment: string | null) {
    return this._setStyle('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: (string | null)[][]) {
    return this._setStyles('horizontalAlignment', 'setHorizontalAlignments', alignments);
  }
  getHorizontalAlignment() {
    return this._getStyle('horizontalAlignment');
  }
  getHorizontalAlignments() {
    return this._getStyles('horizontalAlignment');
  }

  setVerticalAlignment(alignment: string | null) {
    return this._setStyle('verticalAlignment', alignment);
  }
  setVerticalAlignments(alignments: (string | null)[][]) {
    return this._setStyles('verticalAlignment', 'setVerticalAlignments', alignments);
  }
  getVerticalAlignment() {
    return this._getStyle('verticalAlignment');
  }
  getVerticalAlignments() {
    return this._getStyles('verticalAlignment');
  }

  /** Borders are recorded for inspection (sheet._borders), not drawn. */
  setBorder(...args: unknown[]) {
    this.sheet._borders.push({ a1: this.getA1Notation(), args });
    return this;
  }

  setNote(note: string | null) {
    this._prepareWrite();
    this.sheet._cells.notes.fill(this.row - 1, this.column - 1, this.numRows, this.numColumns, note ? String(note) : undefined);
    return this;
  }
  setNotes(notes: (string | null)[][]) {
    this._checkShape('setNotes', notes);
    this._prepareWrite();
    notes.forEach((line, i) =>
      line.forEach((n, j) => this.sheet._cells.notes.set(this.row - 1 + i, this.column - 1 + j, n ? String(n) : undefined)),
    );
    return this;
  }
  getNote(): string {
    return this.sheet._cells.notes.get(this.row - 1, this.column - 1) ?? '';
  }
  getNotes(): string[][] {
    return this.sheet._cells.notes.read(this.row - 1, this.column - 1, this.numRows, this.numColumns, '') as string[][];
  }
  clearNote() {
    this.sheet._cells.notes.fill(this.row - 1, this.column - 1, this.numRows, this.numColumns, undefined);
    return this;
  }

  abstract getA1Notation(): string;
}
