/**
 * Counts every method call the script makes on an emulated service object, so tests can hold
 * the add-on to Google's batching advice ("read once, compute in arrays, write once"):
 * `calls.byMethod['Range.getValues']`, `calls.total`, and `calls.log` in call order with the
 * sheet each Range or Sheet call touched. `cellsRead` counts the cells whose contents reached the
 * script (the values, display values or formulas a Range call returned), so a test can tell one call
 * that reads a column of 20,000 cells from one that reads a single cell.
 */
const CELL_READS = new Set([
  'Range.getValues',
  'Range.getDisplayValues',
  'Range.getFormulas',
  'Range.getFormulasR1C1',
  'Range.getValue',
  'Range.getDisplayValue',
  'Range.getFormula',
  'Range.getFormulaR1C1',
]);

export interface CallRecord {
  /** "Class.method", e.g. "Range.setValues". */
  method: string;
  /** The tab a Sheet or Range call touched, when there is one. */
  sheet?: string;
}

export class CallCounter {
  total = 0;
  cellsRead = 0;
  byMethod: Record<string, number> = {};
  log: CallRecord[] = [];

  record(method: string, sheet?: string): void {
    this.total++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    this.log.push(sheet === undefined ? { method } : { method, sheet });
  }

  /** Adds the cells a call returned, when it is a call that reads cell contents. */
  recordResult(method: string, result: unknown): void {
    if (!CELL_READS.has(method)) return;
    this.cellsRead += Array.isArray(result) ? result.reduce((n: number, row) => n + (Array.isArray(row) ? row.length : 1), 0) : 1;
  }

  /** Calls of one method, 0 when never called. */
  count(method: string): number {
    return this.byMethod[method] ?? 0;
  }

  /** Calls of one method that touched the named tab. */
  countOn(method: string, sheet: string): number {
    let n = 0;
    for (const r of this.log) if (r.method === method && r.sheet === sheet) n++;
    return n;
  }

  /** The methods in call order, optionally only those matching a prefix such as "Range.". */
  sequence(prefix = ''): string[] {
    return this.log.filter((r) => r.method.startsWith(prefix)).map((r) => r.method);
  }

  reset(): void {
    this.total = 0;
    this.cellsRead = 0;
    this.byMethod = {};
    this.log = [];
  }
}
