/// <reference types="google-apps-script" />
// The workload tracker's entry points, re-exported by main.ts: each becomes a top-level function in Code.js.
import type { ClipReply } from '../shared/clip/clipSchema';
import { type ClipSettings, clipSettings, keyStatus, rotatedClipSettings } from './connection';
import { guarded } from './guarded';
import { forgetIndexAfterIdEdit } from './tracker/clipIndex';
import { completeDoneTasks } from './tracker/completeDoneTasks';
import { DIGEST_HOUR, digestTriggers, sendDigest, turnDigestOff, turnDigestOn } from './tracker/dueReminders';
import { health } from './tracker/health';
import { leadersSummaryPage, SUMMARY_DIALOG, type SummaryPage } from './tracker/leadersSummaryPage';
import { exportDialogHtml, exportNetworkSummary } from './tracker/networkExport';
import { receiveClip } from './tracker/receiveClip';
import { setUpTrackerIn } from './tracker/setUpTracker';
import { tidyOldTasks } from './tracker/tidyOldTasks';
import { NO_TRACKER } from './tracker/trackerData';
import { tasksTab } from './tracker/trackerTabs';
import { refreshLater, refreshTracker } from './tracker/workloadSchedule';
import { welcomeOnce } from './welcome';

const TITLE = 'SENCO Time';

function alertOnce(message: string): void {
  SpreadsheetApp.getUi().alert(TITLE, message, SpreadsheetApp.getUi().ButtonSet.OK);
}

/** Menu: Tidy old tasks… archives or deletes Done tasks older than a number of months the SENCO chooses. */
export function tidyOldTasksNow(): string {
  return guarded(
    'tidy the old tasks',
    () => tidyOldTasks(SpreadsheetApp.getActiveSpreadsheet(), SpreadsheetApp.getUi(), new Date()),
    (message) => {
      SpreadsheetApp.getUi().alert(TITLE, message, SpreadsheetApp.getUi().ButtonSet.OK);
      return message;
    },
  );
}

/** Menu: Set up workload tracker. Creates or repairs Tasks, Workload and Settings; never duplicates them. */
export function setUpTracker(): string {
  const message = guarded(
    'set up the tracker',
    () => setUpTrackerIn(SpreadsheetApp.getActiveSpreadsheet(), new Date()),
    (m) => m,
  );
  SpreadsheetApp.getActiveSpreadsheet().toast(message, TITLE, 10);
  welcomeOnce();
  return message;
}

/** Menu: Refresh workload. */
export function refreshWorkloadNow(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const done = guarded(
    'refresh the Workload tab',
    () => refreshTracker(spreadsheet, new Date()),
    (message) => {
      SpreadsheetApp.getUi().alert(TITLE, message, SpreadsheetApp.getUi().ButtonSet.OK);
      return null;
    },
  );
  if (done === null) return;
  if (done) spreadsheet.toast('The Workload tab is up to date.', TITLE, 5);
  else
    SpreadsheetApp.getUi().alert(
      TITLE,
      'There is no tracker here yet: choose Set up workload tracker first.',
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
}

/** Menu: Clip settings… shows the deployment steps, the web-app URL and the token. */
export function showClipSettings(): void {
  const html = HtmlService.createHtmlOutputFromFile('ClipSettings').setWidth(520).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, 'Clip settings');
}

/** Dialog: the web app's URL (empty until deployed), the current token and the connection code carrying both. */
export function getClipSettings(): ClipSettings {
  return clipSettings();
}

/** Dialog: Rotate token. Every connection code made before stops working. */
export function rotateTrackerToken(): ClipSettings {
  return rotatedClipSettings();
}

function json(value: unknown): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(value)).setMimeType(ContentService.MimeType.JSON);
}

/** Web app: receives a clip. Errors are replies ({ ok: false, error }), never exceptions or stack traces. */
export function doPost(e?: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  let reply: ClipReply;
  try {
    reply = receiveClip(e?.postData?.contents, new Date());
  } catch (err) {
    console.error('doPost failed', err);
    reply = { ok: false, error: { code: 'internal', message: 'The tracker could not save the clip just now: it will be sent again.' } };
  }
  return json(reply);
}

/** Web app: health check for the extension's "Test connection"; with ?key=<fingerprint>, whether the token is current. */
export function doGet(e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.Content.TextOutput {
  try {
    const key = keyStatus(e?.parameter?.key);
    return json(key === null ? health() : { ...health(), key });
  } catch (err) {
    console.error('doGet failed', err);
    return json({
      ok: false,
      app: 'senco-time-tracker',
      protocol: 1,
      tracker: false,
      message: 'The tracker could not be checked just now.',
    });
  }
}

/** Time-driven trigger (one-off, made by a clip): rebuilds the Workload tab a minute after the last rebuild. */
export function refreshWorkloadLater(_e?: GoogleAppsScript.Events.TimeDriven): string {
  const outcome = guarded(
    'refresh the Workload tab',
    () => refreshLater(SpreadsheetApp.getActiveSpreadsheet(), new Date()),
    (message) => message,
  );
  console.log(`Workload refresh: ${outcome}`);
  return outcome;
}

/**
 * Simple trigger: a Tasks row set to Done gets Done at and Minutes spent; an edit to the Clip ID column makes the
 * clip index start again. LIMITED auth, 30 s: this sheet only.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    forgetIndexAfterIdEdit(e);
    completeDoneTasks(e, new Date());
  } catch (err) {
    // A simple trigger has no one to tell: the edit itself has happened; log and let the user carry on.
    console.error('onEdit failed', err);
  }
}

/** Menu: Export network summary… writes the "Network summary" tab and shows it as CSV to copy. */
export function showNetworkSummary(): void {
  const result = guarded<{ csv: string; rows: number } | null | string>(
    'export the network summary',
    () => exportNetworkSummary(SpreadsheetApp.getActiveSpreadsheet(), new Date()),
    (message) => message,
  );
  if (result === null || typeof result === 'string') {
    alertOnce(result ?? NO_TRACKER);
    return;
  }
  const html = HtmlService.createHtmlOutput(exportDialogHtml(result.csv, result.rows)).setWidth(640).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, 'Network summary');
}

/** Menu: Summary for senior leaders… shows the termly one-page summary, to print; or one sentence saying why not. */
export function showLeadersSummary(): void {
  const page = guarded(
    'make the summary for senior leaders',
    () => leadersSummaryPage(SpreadsheetApp.getActiveSpreadsheet(), new Date()),
    (message): SummaryPage => ({ ok: false, message }),
  );
  if (!page.ok) {
    alertOnce(page.message);
    return;
  }
  const html = HtmlService.createHtmlOutput(page.html).setTitle(page.title).setWidth(SUMMARY_DIALOG.width).setHeight(SUMMARY_DIALOG.height);
  SpreadsheetApp.getUi().showModelessDialog(html, page.title);
}

/** Menu: Email me what is due… turns the daily digest on (after saying what it does) or off. */
export function toggleDueDigest(): string {
  const ui = SpreadsheetApp.getUi();
  const outcome = guarded(
    'change the daily e-mail',
    () => {
      if (!tasksTab(SpreadsheetApp.getActiveSpreadsheet())) return NO_TRACKER;
      if (digestTriggers().length > 0) {
        if (ui.alert(TITLE, 'You get a daily e-mail of the tasks that are due. Turn it off?', ui.ButtonSet.YES_NO) !== ui.Button.YES)
          return 'The daily e-mail stays on.';
        turnDigestOff();
        return 'The daily e-mail is off.';
      }
      const ask = `Every morning at about ${DIGEST_HOUR} a.m., SENCO Time will e-mail you the tasks that are overdue or due in the next 7 days: due date, task type, LA and SENCO, with a link to this spreadsheet (no pupil initials, titles or details). Google will ask you to allow SENCO Time to send e-mail as you and to run while you are away. Turn it on?`;
      if (ui.alert(TITLE, ask, ui.ButtonSet.YES_NO) !== ui.Button.YES) return 'Nothing was changed.';
      turnDigestOn();
      return 'The daily e-mail is on. Choose Email me what is due… again to turn it off.';
    },
    (message) => message,
  );
  if (outcome === NO_TRACKER || outcome.startsWith('SENCO Time could not')) alertOnce(outcome);
  else SpreadsheetApp.getActiveSpreadsheet().toast(outcome, TITLE, 10);
  return outcome;
}

/** Time-driven trigger (daily): sends the digest to the user who turned it on. */
export function sendDueDigest(_e?: GoogleAppsScript.Events.TimeDriven): string {
  const outcome = guarded(
    'send the daily e-mail',
    () => sendDigest(SpreadsheetApp.getActiveSpreadsheet(), new Date()),
    (message) => message,
  );
  console.log(`Daily e-mail: ${outcome}`);
  return outcome;
}
