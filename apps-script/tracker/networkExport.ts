/// <reference types="google-apps-script" />
import { toCsv } from '../../shared/csv/toCsv';
import { networkSummary } from '../../shared/tracker/networkSummary';
import { addOwnedTab, resetTab, TRACKER_KEY } from '../ownedSheets';
import { readTracker } from './trackerData';

export const NETWORK_SUMMARY = 'Network summary';

/** Text safe inside HTML (the CSV holds school and LA names typed by people). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Writes the network summary into its own tab (header and rows, one write) and returns it as CSV text, or
 * null when there is no tracker. The figures never include a pupil, a title, details or a link.
 */
export function exportNetworkSummary(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
): { csv: string; rows: number } | null {
  const data = readTracker(spreadsheet, now);
  if (!data) return null;
  const summary = networkSummary(data.tasks, data.settings, data.today);
  const table = [summary.header, ...summary.rows];
  const sheet = data.tabs.get(NETWORK_SUMMARY) ?? addOwnedTab(spreadsheet, TRACKER_KEY, NETWORK_SUMMARY);
  resetTab(sheet);
  const columns = summary.header.length;
  if (columns > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  if (table.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), table.length - sheet.getMaxRows());
  // School, week and ISO week as plain text first: "03/11/2026" and a name starting with "=" stay as written.
  sheet.getRange(1, 1, table.length, 3).setNumberFormat('@');
  sheet.getRange(1, 1, table.length, columns).setValues(table);
  sheet.getRange(1, 1, 1, columns).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return { csv: toCsv(table.map((r) => r.map(String))), rows: summary.rows.length };
}

/** The dialog: what the export is, and the CSV to copy. Built here, every value escaped. */
export function exportDialogHtml(csv: string, rows: number): string {
  return [
    '<div style="font:14px Arial,sans-serif">',
    `<p>${rows} rows, one per school and week: hours by task type, protected hours and deadlines kept, by LA. No pupil, title, details or link is included.</p>`,
    '<p>Copy the text below (or download the "Network summary" tab as CSV) and send it to your network. Several schools&#39; files analyse together: <code>senco-time analyse a.csv b.csv …</code></p>',
    `<textarea readonly style="width:100%;height:300px;font:12px monospace" onclick="this.select()">${escapeHtml(csv)}</textarea>`,
    '</div>',
  ].join('');
}
