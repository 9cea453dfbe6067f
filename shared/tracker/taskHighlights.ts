import { COL, DONE, TRACKER_HEADER } from './trackerLayout';

/** Column letters of a 0-based column (A … Z, AA …). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const due = `$${columnLetter(COL['Due date'])}2`;
const status = `$${columnLetter(COL.Status)}2`;

/**
 * Conditional-format rules for the Tasks rows, written for row 2 and applied from row 2 down: Sheets shifts the
 * relative row for every row, and TODAY() keeps them current without a script. Overdue first, so that it wins.
 */
export const TASK_HIGHLIGHTS = [
  { name: 'overdue', formula: `=AND(${due}<>"",${due}<TODAY(),${status}<>"${DONE}")`, background: '#f4c7c3' },
  { name: 'due within 7 days', formula: `=AND(${due}<>"",${due}>=TODAY(),${due}<=TODAY()+7,${status}<>"${DONE}")`, background: '#fce8b2' },
] as const;

/** Columns the highlights colour: every Tasks column. */
export const HIGHLIGHT_COLUMNS = TRACKER_HEADER.length;
