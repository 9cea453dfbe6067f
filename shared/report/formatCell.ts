import type { CellValue } from './report';

/**
 * p-values: four decimals, and "< 0.0001" below that, where four decimals would show "0.0000". A condition in
 * brackets picks the section (Sheets' documented number-format syntax, see docs/sheets-report-tabs.md); the cell
 * keeps the exact number, so sorting and report.json are unchanged.
 */
export const P_FORMAT = '[<0.0001]"< 0.0001";0.0000';

const CONDITION = /^\[(<=|>=|<>|<|>|=)(-?\d*\.?\d+(?:[eE][-+]?\d+)?)\]/;

function meets(value: number, op: string, bound: number): boolean {
  switch (op) {
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>':
      return value > bound;
    case '>=':
      return value >= bound;
    case '=':
      return value === bound;
    default:
      return value !== bound;
  }
}

/** The section of a format that applies to `value`: the first whose condition holds, else the first without one. */
function sectionFor(value: number, format: string): string {
  const sections = format.split(';');
  if (!sections.some((s) => CONDITION.test(s))) return sections[0];
  for (const s of sections) {
    const m = CONDITION.exec(s);
    if (m ? meets(value, m[1], Number(m[2])) : true) return m ? s.slice(m[0].length) : s;
  }
  return sections[sections.length - 1];
}

/** A section as text for a number: a quoted literal, or 0, 0.0…, 0% and the like. */
function showSection(value: number, section: string): string {
  const literal = /^"([^"]*)"$/.exec(section);
  if (literal) return literal[1];
  const m = /^0(?:\.(0+))?(%?)$/.exec(section);
  if (!m) return String(Math.round(value * 1e10) / 1e10);
  const decimals = m[1]?.length ?? 0;
  return m[2] ? `${(value * 100).toFixed(decimals)}%` : value.toFixed(decimals);
}

// The common formats, read once: a 1,000-question survey's CSVs format half a million p-values and r's.
const FIXED = /^0(?:\.(0+))?$/;
const fast = new Map<string, ((value: number) => string) | null>();

function fastFormatter(format: string): ((value: number) => string) | null {
  let f = fast.get(format);
  if (f !== undefined) return f;
  const fixed = FIXED.exec(format);
  if (fixed) {
    const decimals = fixed[1]?.length ?? 0;
    f = (value) => value.toFixed(decimals);
  } else f = null;
  fast.set(format, f);
  return f;
}

/** A cell as text under its Sheets number format, as Sheets would show it: '0.0%' 0.664 → "66.4%"; '0.00' → "0.53". */
export function formatCell(value: CellValue, numberFormat?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return '';
  if (!numberFormat) return String(Math.round(value * 1e10) / 1e10);
  const quick = fastFormatter(numberFormat);
  if (quick) return quick(value);
  if (numberFormat === P_FORMAT) return value < 0.0001 ? '< 0.0001' : value.toFixed(4);
  return showSection(value, sectionFor(value, numberFormat));
}

/** Every cell's number format from a tab's format rules (the last matching rule wins, as in Sheets). */
export function formatGrid(
  rows: number,
  columns: number,
  rules: readonly { range: { row: number; column: number; rows: number; columns: number }; numberFormat: string }[],
): (string | undefined)[][] {
  const grid: (string | undefined)[][] = Array.from({ length: rows }, () => new Array(columns).fill(undefined));
  for (const { range, numberFormat } of rules) {
    for (let r = range.row; r < Math.min(rows, range.row + range.rows); r++) {
      for (let c = range.column; c < Math.min(columns, range.column + range.columns); c++) grid[r][c] = numberFormat;
    }
  }
  return grid;
}
