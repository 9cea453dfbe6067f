import { parseA1 } from './a1';
import { DeveloperMetadata, DeveloperMetadataFinder, type MetadataEntry, metadataArgs } from './developerMetadata';
import { fail, failSignature } from './gasError';
import type { Range } from './range';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, Sheet } from './sheet';
import type { CellEnvironment } from './sheetCells';

/**
 * SpreadsheetApp Spreadsheet, with Google's observed rules:
 *  - sheet names are unique ignoring case; a taken name throws
 *    'A sheet with the name "X" already exists. Please enter another name.'
 *  - getSheetByName returns null when absent (and matches ignoring case, as Sheets does)
 *  - the last sheet cannot be deleted: "You can't remove all the sheets in a document."
 *  - insertSheet makes the new sheet active (Google's reference)
 *  - the workbook holds at most 10,000,000 cells (rows × columns of every sheet's grid):
 *    "This action would increase the number of cells in the workbook above the limit of
 *    10000000 cells."
 * toast() calls are recorded in `toasts` for tests.
 */
export const CELL_LIMIT = 10_000_000;

export type GridBounds = 'strict' | 'grow';

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface SheetSeed {
  name: string;
  values?: unknown[][];
}

export class Spreadsheet {
  static serviceName = 'Spreadsheet';

  _sheets: Sheet[] = [];
  _active!: Sheet;
  _metadata: MetadataEntry[] = [];
  _namedRanges = new Map<string, Range>();
  readonly toasts: Toast[] = [];
  private nextSheetId = 0;
  private nextMetadataId = 1;
  private chartIds = 1;

  constructor(
    private readonly id: string,
    private name: string,
    readonly _environment: () => CellEnvironment,
    readonly _gridBounds: GridBounds,
    seeds: SheetSeed[],
  ) {
    for (const seed of seeds.length > 0 ? seeds : [{ name: 'Sheet1' }]) {
      const values = seed.values ?? [];
      const width = values.reduce((w, r) => Math.max(w, r.length), 0);
      const sheet = this._createSheet(
        seed.name,
        this._sheets.length,
        Math.max(DEFAULT_ROWS, values.length),
        Math.max(DEFAULT_COLUMNS, width),
      );
      const rectangular = values.map((r) => (r.length === width ? r : [...r, ...new Array(width - r.length).fill('')]));
      if (values.length > 0) sheet._cells.writeValues(0, 0, rectangular);
    }
    this._active = this._sheets[0];
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._environment().timeZone;
  }
  getSpreadsheetLocale(): string {
    return this._environment().locale;
  }

  getSheets(): Sheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const wanted = String(name).toLowerCase();
    return this._sheets.find((s) => s.getName().toLowerCase() === wanted) ?? null;
  }
  getSheetById(id: number): Sheet | null {
    return this._sheets.find((s) => s.getSheetId() === id) ?? null;
  }
  getActiveSheet(): Sheet {
    return this._active;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    if (!this._sheets.includes(sheet)) failSignature('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    this._active = sheet;
    return sheet;
  }

  /** insertSheet(), (index), (name), (name, index); options objects are ignored. */
  insertSheet(a?: string | number | object, b?: number | object): Sheet {
    let name: string | undefined;
    let index = this._sheets.length;
    if (typeof a === 'string') name = a;
    else if (typeof a === 'number') index = a;
    if (typeof b === 'number') index = b;
    if (index < 0 || index > this._sheets.length) fail(`The sheet index ${index} is out of range.`);
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    this._checkNameFree(name);
    const sheet = this._createSheet(name, index, DEFAULT_ROWS, DEFAULT_COLUMNS);
    this._active = sheet;
    return sheet;
  }

  deleteSheet(sheet: Sheet): void {
    const i = this._sheets.indexOf(sheet);
    if (i < 0) fail('Sheet not found');
    if (this._sheets.length === 1) fail("You can't remove all the sheets in a document.");
    this._sheets.splice(i, 1);
    this._metadata = this._metadata.filter((e) => e.sheet !== sheet);
    if (this._active === sheet) this._active = this._sheets[Math.max(0, i - 1)];
  }

  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    this.toasts.push({ message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  /** "Tab!A1:B2" (or "A1:B2" on the active sheet). */
  getRange(a1Notation: string): Range {
    const { sheetName } = parseA1(a1Notation);
    const sheet = sheetName === undefined ? this._active : this.getSheetByName(sheetName);
    if (!sheet) fail('Range not found');
    return sheet._rangeFromA1(a1Notation);
  }
  getRangeByName(name: string): Range | null {
    return this._namedRanges.get(name) ?? null;
  }
  setNamedRange(name: string, range: Range): void {
    this._namedRanges.set(String(name), range);
  }
  removeNamedRange(name: string): void {
    this._namedRanges.delete(name);
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): Spreadsheet {
    this._addMetadata(metadataArgs(key, valueOrVisibility, visibility));
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._metadata.filter((e) => !e.sheet).map((e) => new DeveloperMetadata(e, this));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this);
  }

  /**
   * Reference: "Returns the URL for the form that sends its responses to this spreadsheet, or
   * null if this spreadsheet has no associated form"; with several, the one returned is
   * indeterminate (here: the first linked sheet's).
   */
  getFormUrl(): string | null {
    for (const s of this._sheets) if (s._formUrl) return s._formUrl;
    return null;
  }

  toString(): string {
    return 'Spreadsheet';
  }

  /** Adds a sheet at `index` without making it active (how Forms adds a response sheet). */
  _insertSheetQuietly(name: string, index: number): Sheet {
    this._checkNameFree(name);
    return this._createSheet(name, index, DEFAULT_ROWS, DEFAULT_COLUMNS);
  }

  _addMetadata(m: { key: string; value: string | null; visibility: string }, sheet?: Sheet): void {
    this._metadata.push({ id: this.nextMetadataId++, ...m, sheet });
  }

  _checkNameFree(name: string, except?: Sheet): void {
    const existing = this.getSheetByName(name);
    if (existing && existing !== except) fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  _cellCount(): number {
    let n = 0;
    for (const s of this._sheets) n += s.getMaxRows() * s.getMaxColumns();
    return n;
  }

  /** Throws Google's error when adding `delta` cells would pass the workbook limit. */
  _reserveCells(delta: number): void {
    if (delta > 0 && this._cellCount() + delta > CELL_LIMIT) {
      fail(`This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
    }
  }

  _nextChartId(): number {
    return this.chartIds++;
  }

  private _createSheet(name: string, index: number, rows: number, columns: number): Sheet {
    this._reserveCells(rows * columns);
    const sheet = new Sheet(this, name, this.nextSheetId++, rows, columns);
    this._sheets.splice(index, 0, sheet);
    return sheet;
  }
}
