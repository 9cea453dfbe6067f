import { fail } from './gasError';

/** A1 notation as Sheets reads it: "B2", "A1:C10", "A:C", "2:5", "A2:C" (open end), "'My tab'!A1". */
export interface A1Range {
  sheetName?: string;
  row: number;
  column: number;
  /** undefined = to the last row / column of the sheet */
  lastRow?: number;
  lastColumn?: number;
}

export function columnToLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1" or "A1:C3" for a block (1-based). */
export function a1Notation(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses A1 notation; throws Google's "Range not found" for anything else. */
export function parseA1(text: string): A1Range {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b] = rest.split(':');
  const start = CELL.exec(a ?? '');
  const end = b === undefined ? start : CELL.exec(b);
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2]) || rest.split(':').length > 2) fail('Range not found');
  const c1 = start[1] ? lettersToColumn(start[1]) : 1;
  const r1 = start[2] ? Number(start[2]) : 1;
  const c2 = end[1] ? lettersToColumn(end[1]) : undefined;
  const r2 = end[2] ? Number(end[2]) : undefined;
  if (r1 < 1 || (r2 !== undefined && r2 < 1)) fail('Range not found');
  const row = r2 === undefined ? r1 : Math.min(r1, r2);
  const column = c2 === undefined ? c1 : Math.min(c1, c2);
  return {
    sheetName,
    row,
    column,
    lastRow: r2 === undefined ? (b === undefined && start[2] ? r1 : undefined) : Math.max(r1, r2),
    lastColumn: c2 === undefined ? (b === undefined && start[1] ? c1 : undefined) : Math.max(c1, c2),
  };
}
