/// <reference types="google-apps-script" />
import type { AnalysisOptions } from '../shared/options/analysisOptions';
import { renderHtml } from '../shared/report/html/renderHtml';
import { ownedTabs, REPORT_KEY } from './ownedSheets';
import { analyseSpreadsheet } from './report/analyseSpreadsheet';
import { withDialogBar } from './report/dialogBar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The dialog's size: wide enough for the report's 900 px column and its charts. */
export const REPORT_DIALOG = { width: 1000, height: 700 };

/**
 * Different answers shown per comment question in the dialog (the most often given first). Every answer stays on
 * the Comments tab; without a cap 10,000 different comments would make the page megabytes long
 * (docs/sheets-report-dialog.md).
 */
export const COMMENTS_SHOWN = 200;

export type ReportPage = { ok: true; html: string; title: string } | { ok: false; message: string };

/**
 * The HTML report for the Open report dialog. It re-runs the analysis from the saved options rather than storing
 * the last one (docs/sheets-report-dialog.md says why), and only once Analyse has made the report tabs.
 */
export function reportPage(spreadsheet: Spreadsheet, options: AnalysisOptions, now: Date): ReportPage {
  if (ownedTabs(spreadsheet, REPORT_KEY).size === 0) {
    return { ok: false, message: 'Run Analyse first (Extensions → SENCO Time → Analyse): the report shows its results.' };
  }
  const done = analyseSpreadsheet(spreadsheet, options, now);
  if (!done.ok) return done;
  const note = `Only the ${COMMENTS_SHOWN} answers given most often are shown here; the Comments tab lists every answer.`;
  const html = renderHtml(done.analysis, done.context, { comments: { max: COMMENTS_SHOWN, note } });
  return { ok: true, html: withDialogBar(html), title: done.context.title ?? 'SENCO Time: survey analysis' };
}
