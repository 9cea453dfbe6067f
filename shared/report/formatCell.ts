import type { CellValue } from './report';

/** A cell as text under its Sheets number format, as Sheets would show it: '0.0%' 0.664 → "66.4%"; '0.00' → "0.53". */
export function formatCell(value: CellValue, numberFormat?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return '';
  const m = numberFormat ? /^0(?:\.(0+))?(%?)$/.exec(numberFormat) : null;
  if (!m) return String(Math.round(value * 1e10) / 1e10);
  const decimals = m[1]?.length ?? 0;
  return m[2] ? `${(value * 100).toFixed(decimals)}%` : value.toFixed(decimals);
}

/** Every cell's number format from a tab's format rules (the last matching rule wins, as in Sheets). */
export function formatGrid(rows: number, columns: number, rules: readonly { range: { row: number; column: number; rows: number; columns: number }; numberFormat: string }[]): (string | undefined)[][] {
  const grid: (string | undefined)[][] = Array.from({ length: rows }, () => new Array(columns).fill(undefined));
  for (const { range, numberFormat } of rules) {
    for (let r = range.row; r < Math.min(rows, range.row + range.rows); r++) {
      for (let c = range.column; c < Math.min(columns, range.column + range.columns); c++) grid[r][c] = numberFormat;
    }
  }
  return grid;
}
