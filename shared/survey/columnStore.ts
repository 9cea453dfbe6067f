/**
 * A survey table held column by column: each column's distinct cells once, and per data row the index of its
 * cell. A large export of scale answers holds a handful of distinct texts per column, so the table costs a byte
 * or two per cell rather than a string per cell (docs/large-files.md).
 */
export interface ColumnStore {
  readonly kind: 'column-store';
  /** The header row's cells. */
  readonly header: readonly unknown[];
  /** Number of columns (the widest row's length when the table was ragged). */
  readonly width: number;
  /** Number of data rows, header excluded. */
  readonly rows: number;
  /** Column c's distinct cells, in order of first appearance. */
  distinct(c: number): readonly unknown[];
  /** Column c's cell in each data row, as an index into distinct(c). */
  codes(c: number): ArrayLike<number>;
}

/** What the engine reads a survey from: rows of cells (Sheets' getValues(), header first) or a column store. */
export type SurveyTable = readonly (readonly unknown[])[] | ColumnStore;

export function isColumnStore(table: SurveyTable): table is ColumnStore {
  return !Array.isArray(table) && (table as ColumnStore).kind === 'column-store';
}

type Codes = Uint8Array | Uint16Array | Int32Array;

/**
 * Builds a ColumnStore row by row. Codes start one byte wide and widen when a column's distinct cells outgrow
 * them; capacity doubles, so adding a row costs amortised constant time.
 */
export class ColumnStoreBuilder {
  readonly #header: readonly unknown[];
  readonly #width: number;
  readonly #index: Map<unknown, number>[];
  readonly #distinct: unknown[][];
  readonly #codes: Codes[];
  #rows = 0;

  constructor(header: readonly unknown[], width = header.length) {
    this.#header = header;
    this.#width = width;
    this.#index = Array.from({ length: width }, () => new Map());
    this.#distinct = Array.from({ length: width }, () => []);
    this.#codes = Array.from({ length: width }, () => new Uint8Array(1024));
  }

  get rows(): number {
    return this.#rows;
  }

  /** Adds one data row; cells past the width are ignored, missing ones are ''. */
  add(cells: readonly unknown[]): void {
    const r = this.#rows;
    if (r === this.#codes[0]?.length) this.#grow();
    for (let c = 0; c < this.#width; c++) {
      const cell = c < cells.length ? cells[c] : '';
      const index = this.#index[c];
      let code = index.get(cell);
      if (code === undefined) code = this.#addDistinct(c, cell);
      this.#codes[c][r] = code;
    }
    this.#rows = r + 1;
  }

  /** Adds `count` rows of blank cells. */
  addBlank(count: number): void {
    const blank = new Array<string>(this.#width).fill('');
    for (let i = 0; i < count; i++) this.add(blank);
  }

  /** True when some data cell of column c is not blank. */
  hasAnswers(c: number): boolean {
    return this.#distinct[c].some((v) => typeof v !== 'string' || v.trim() !== '');
  }

  /** The store, keeping the first `width` columns (trailing empty columns can be dropped) and this header. */
  build(header: readonly unknown[] = this.#header, width = this.#width): ColumnStore {
    const rows = this.#rows;
    const distinct = this.#distinct.slice(0, width);
    const codes = this.#codes.slice(0, width).map((c) => c.subarray(0, rows));
    return { kind: 'column-store', header, width, rows, distinct: (c) => distinct[c], codes: (c) => codes[c] };
  }

  #addDistinct(c: number, cell: unknown): number {
    const distinct = this.#distinct[c];
    const code = distinct.length;
    // A cell cut from a large chunk of text keeps the whole chunk alive in V8: keep a copy of its own instead.
    const kept = typeof cell === 'string' && cell.length >= 13 ? ` ${cell}`.slice(1) : cell;
    distinct.push(kept);
    this.#index[c].set(kept, code);
    const codes = this.#codes[c];
    if (code === 256 && codes instanceof Uint8Array) this.#codes[c] = widen(codes, Uint16Array);
    if (code === 65536 && codes instanceof Uint16Array) this.#codes[c] = widen(codes, Int32Array);
    return code;
  }

  #grow(): void {
    for (let c = 0; c < this.#width; c++) {
      const old = this.#codes[c];
      const grown = new (old.constructor as new (n: number) => Codes)(old.length * 2);
      grown.set(old);
      this.#codes[c] = grown;
    }
  }
}

function widen(codes: Codes, to: new (n: number) => Codes): Codes {
  const wider = new to(codes.length);
  wider.set(codes);
  return wider;
}

/** A table of rows as a column store (the add-on's getValues() and tests give rows). */
export function tableColumns(table: readonly (readonly unknown[])[]): ColumnStore {
  const width = table.reduce((w, r) => Math.max(w, r.length), 0);
  const builder = new ColumnStoreBuilder(table[0] ?? [], width);
  const short = new Array<unknown>(width);
  for (let i = 1; i < table.length; i++) {
    const row = table[i];
    if (row.length >= width) builder.add(row);
    else {
      // Short rows count as blank cells: undefined, as indexing past the end of the row gives.
      for (let c = 0; c < width; c++) short[c] = row[c];
      builder.add(short);
    }
  }
  return builder.build();
}

/** The store as rows of cells, header first. */
export function storeRows(store: ColumnStore): unknown[][] {
  const rows: unknown[][] = [[...store.header]];
  for (let r = 0; r < store.rows; r++) rows.push(new Array(store.width));
  for (let c = 0; c < store.width; c++) {
    const distinct = store.distinct(c);
    const codes = store.codes(c);
    for (let r = 0; r < store.rows; r++) rows[r + 1][c] = distinct[codes[r]];
  }
  return rows;
}
