/// <reference types="google-apps-script" />
import { completeDone } from '../../shared/tracker/completeDone';
import { COL } from '../../shared/tracker/trackerLayout';
import { ownedRole, TRACKER_KEY } from '../ownedSheets';
import { TASKS } from './trackerTabs';

const STATUS = COL.Status + 1;
/** Estimated minutes, Status, Done at and Minutes spent sit side by side (columns M to P). */
const FIRST = COL['Estimated minutes'] + 1;

/**
 * The simple onEdit trigger's work: rows of the Tasks tab whose Status was set to Done get Done at (now) and
 * Minutes spent (the estimate) when those are empty. A simple trigger runs in AuthMode.LIMITED for at most
 * 30 s: it only reads and writes this spreadsheet, in one read and at most one write, and returns at once for
 * an edit anywhere else.
 */
export function completeDoneTasks(e: GoogleAppsScript.Events.SheetsOnEdit | undefined, now: Date): number {
  const range = e?.range;
  if (!range) return 0;
  const column = range.getColumn();
  if (column > STATUS || column + range.getNumColumns() - 1 < STATUS) return 0;
  const first = Math.max(2, range.getRow());
  const last = range.getRow() + range.getNumRows() - 1;
  if (last < first) return 0;
  const sheet = range.getSheet();
  if (ownedRole(sheet, TRACKER_KEY) !== TASKS) return 0;
  const rows = last - first + 1;
  const filled = completeDone(sheet.getRange(first, FIRST, rows, 4).getValues(), now);
  if (!filled) return 0;
  sheet.getRange(first, COL['Done at'] + 1, rows, 2).setValues(filled);
  return rows;
}
