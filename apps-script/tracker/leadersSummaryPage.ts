/// <reference types="google-apps-script" />
import { leadersSummaryHtml } from '../../shared/report/html/leadersSummaryHtml';
import { leadersSummary } from '../../shared/tracker/leadersSummary';
import { NO_TRACKER, readTracker } from './trackerData';

/** The dialog's size: an A4 page's width of summary (about 700 px) with room for the bar. */
export const SUMMARY_DIALOG = { width: 860, height: 720 };

export type SummaryPage = { ok: true; html: string; title: string } | { ok: false; message: string };

/** The built bar (LeadersSummaryBar.html: term picker and Print) put at the top of the summary's body. */
function withBar(html: string): string {
  const bar = HtmlService.createHtmlOutputFromFile('LeadersSummaryBar').getContent();
  const open = html.indexOf('<body>') + '<body>'.length;
  if (open < '<body>'.length) throw new Error('The summary has no <body>.');
  return `${html.slice(0, open)}${bar}${html.slice(open)}`;
}

/**
 * The summary for senior leaders from the Tasks and Settings tabs (one read of each), or the one sentence that
 * says why there is none: no tracker, no term dates, no term begun.
 */
export function leadersSummaryPage(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): SummaryPage {
  const data = readTracker(spreadsheet, now);
  if (!data) return { ok: false, message: NO_TRACKER };
  const result = leadersSummary({ tasks: data.tasks, settings: data.settings, today: data.today });
  if (!result.ok) return result;
  return { ok: true, html: withBar(leadersSummaryHtml(result.summary)), title: 'Summary for senior leaders' };
}
