import { CellGrid } from './cellGrid';
import { Formula } from './formula';
import { displayValue, isDateFormat } from './numberFormat';
import { instantToSerial, serialToInstant } from './timeZone';
import { parseTyped, type Stored } from './typedInput';

/**
 * The cells of one sheet: values, number formats, notes, data validations and style
 * attributes, each a sparse CellGrid (0-based). This is where Google's write semantics live
 * (typedInput.ts for strings; a Date becomes a serial number with a date-time format) and
 * where a read turns stored serials back into Dates of the script's realm.
 */
export interface CellEnvironment {
  timeZone: string;
  locale: string;
  newDate(ms: number): Date;
  /** See EmulatorOptions.plainTextKeepsFormulas (default true). */
  plainTextKeepsFormulas?: boolean;
}

/** The format Sheets gives a cell when a script writes a Date into it (en_GB; observed shape). */
export const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm:ss';

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export class SheetCells {
  readonly values = new CellGrid<Stored>();
  readonly formats = new CellGrid<string>();
  readonly notes = new CellGrid<string>();
  readonly validations = new CellGrid<object>();
  readonly styles = new Map<string, CellGrid<unknown>>();

  constructor(private readonly env: () => CellEnvironment) {}

  style(name: string): CellGrid<unknown> {
    let grid = this.styles.get(name);
    if (!grid) this.styles.set(name, (grid = new CellGrid<unknown>()));
    return grid;
  }

  /** Stores one written value at (r, c), applying Google's parsing. */
  private store(v: unknown, r: number, c: number, formatRow: (string | undefined)[] | undefined, env: CellEnvironment): Stored | undefined {
    const { locale, timeZone } = env;
    if (v === null || v === undefined || v === '') return undefined;
    const t = typeof v;
    if (t === 'number' || t === 'boolean') return v as number | boolean;
    const cellFormat = formatRow === undefined ? undefined : formatRow[c];
    if (t === 'string') {
      const typed = parseTyped(
        v as string,
        cellFormat === '@' && env.plainTextKeepsFormulas === false && (v as string).startsWith('=') ? undefined : cellFormat,
        locale,
      );
      if (typed.format !== undefined && cellFormat === undefined) this.formats.set(r, c, typed.format);
      return typed.value;
    }
    if (isDate(v)) {
      const ms = v.getTime();
      if (Number.isNaN(ms)) return String(v);
      if (cellFormat === undefined) this.formats.set(r, c, DATE_TIME_FORMAT);
      return instantToSerial(ms, timeZone);
    }
    return String(v);
  }

  /** Writes a block of rows; the caller has checked its shape. */
  writeValues(r0: number, c0: number, rows: readonly (readonly unknown[])[]): void {
    const env = this.env();
    for (let i = 0; i < rows.length; i++) {
      const r = r0 + i;
      const src = rows[i];
      const formatRow = this.formats.rows[r];
      const target = this.values.rowForWrite(r);
      for (let j = 0; j < src.length; j++) target[c0 + j] = this.store(src[j], r, c0 + j, this.formats.rows[r] ?? formatRow, env);
    }
  }

  /** Writes one value into every cell of a block (Range.setValue). */
  fillValue(r0: number, c0: number, numRows: number, numCols: number, value: unknown): void {
    const row = new Array<unknown>(numCols).fill(value);
    this.writeValues(r0, c0, new Array(numRows).fill(row));
  }

  writeFormulas(r0: number, c0: number, rows: readonly (readonly unknown[])[]): void {
    for (let i = 0; i < rows.length; i++) {
      for (let j = 0; j < rows[i].length; j++) {
        const f = rows[i][j];
        if (f === '' || f === null || f === undefined) this.values.set(r0 + i, c0 + j, undefined);
        else {
          const text = String(f);
          this.values.set(r0 + i, c0 + j, new Formula(text.startsWith('=') ? text : `=${text}`));
        }
      }
    }
  }

  /** The value getValues returns for a stored cell. */
  private resolve(v: Stored, format: string | undefined, timeZone: string, newDate: (ms: number) => Date): unknown {
    const plain = v instanceof Formula ? v.value : v;
    if (typeof plain === 'number' && format !== undefined && isDateFormat(format)) return newDate(serialToInstant(plain, timeZone));
    return plain;
  }

  readValues(r0: number, c0: number, numRows: number, numCols: number): unknown[][] {
    const { timeZone, newDate } = this.env();
    const out: unknown[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const src = this.values.rows[r0 + i];
      const fmt = this.formats.rows[r0 + i];
      const line: unknown[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) {
        const v = src === undefined ? undefined : src[c0 + j];
        line[j] =
          v === undefined
            ? ''
            : typeof v === 'string'
              ? v
              : this.resolve(v, fmt === undefined ? undefined : fmt[c0 + j], timeZone, newDate);
      }
      out[i] = line;
    }
    return out;
  }

  readDisplayValues(r0: number, c0: number, numRows: number, numCols: number): string[][] {
    const out: string[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: string[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) {
        const v = this.values.get(r0 + i, c0 + j);
        line[j] = v === undefined ? '' : displayValue(v instanceof Formula ? v.value : v, this.formats.get(r0 + i, c0 + j));
      }
      out[i] = line;
    }
    return out;
  }

  readFormulas(r0: number, c0: number, numRows: number, numCols: number): string[][] {
    return this.values.read(r0, c0, numRows, numCols, '', (v) => (v instanceof Formula ? v.text : '')) as string[][];
  }

  /** Every per-cell grid, for operations that shift or clear them all. */
  private grids(): CellGrid<unknown>[] {
    return [this.values, this.formats, this.notes, this.validations, ...this.styles.values()] as CellGrid<unknown>[];
  }

  clearFormats(r0: number, c0: number, numRows: number, numCols: number): void {
    this.formats.fill(r0, c0, numRows, numCols, undefined);
    for (const g of this.styles.values()) g.fill(r0, c0, numRows, numCols, undefined);
  }

  insertRows(at: number, count: number): void {
    for (const g of this.grids()) g.insertRows(at, count);
  }

  deleteRows(at: number, count: number): void {
    for (const g of this.grids()) g.deleteRows(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const g of this.grids()) g.insertColumns(at, count);
  }

  deleteColumns(at: number, count: number): void {
    for (const g of this.grids()) g.deleteColumns(at, count);
  }

  clearAll(): void {
    for (const g of this.grids()) g.clearAll();
  }
}
