import type { OptionsResult } from '../shared/options/analysisOptions';
import { guarded } from './guarded';
import { buildMenu } from './menu';
import { type CompareChoices, compareChoices, compareWithTabs } from './report/compareTabs';
import { type RunResult, runAnalysis } from './runAnalysis';
import { loadOptions, saveOptions as storeOptions } from './savedOptions';
import { REPORT_DIALOG, type ReportPage, reportPage } from './showReport';
import { type SidebarState, sidebarState } from './sidebarState';
import {
  chooseTemplate,
  createSurvey,
  type NewSurveyResult,
  type TemplateChoice,
  templateChoices,
  templateForExport,
} from './templates/newSurvey';
import { showWelcomeDialog, welcomeOnce } from './welcome';

const TITLE = 'SENCO Time';

// The workload tracker's entry points (menu items, the web app, the edit trigger, the daily e-mail).
export {
  doGet,
  doPost,
  getClipSettings,
  onEdit,
  refreshWorkloadLater,
  refreshWorkloadNow,
  rotateTrackerToken,
  sendDueDigest,
  setUpTracker,
  showClipSettings,
  showLeadersSummary,
  showNetworkSummary,
  tidyOldTasksNow,
  toggleDueDigest,
} from './trackerEntries';

/** Builds the add-on menu (apps-script/menu.ts). Runs in AuthMode.NONE too, so it does nothing else. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: Start here… shows the welcome (what the add-on does, the permissions it asks for and why). */
export function showWelcome(): void {
  showWelcomeDialog();
}

/** Menu: Analyse. Runs with the saved options and reports in a toast, or in an alert when something is wrong. */
export function analyse(): RunResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.toast('Analysing the responses…', TITLE, -1);
  const result = guarded(
    'finish the analysis',
    () => runAnalysis(spreadsheet, loadOptions(), new Date()),
    (message): RunResult => ({ ok: false, message }),
  );
  if (result.ok) spreadsheet.toast(result.message, TITLE, 10);
  else {
    spreadsheet.toast('Nothing was changed.', TITLE, 5);
    SpreadsheetApp.getUi().alert(TITLE, result.message, SpreadsheetApp.getUi().ButtonSet.OK);
  }
  welcomeOnce();
  return result;
}

/** Menu: Open report. The HTML report in a modeless dialog (the sheet stays usable), with Print / Save as PDF. */
export function showReport(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.toast('Preparing the report…', TITLE, -1);
  const page = guarded(
    'open the report',
    () => reportPage(spreadsheet, loadOptions(), new Date()),
    (message): ReportPage => ({ ok: false, message }),
  );
  if (page.ok) {
    const html = HtmlService.createHtmlOutput(page.html).setTitle(page.title).setWidth(REPORT_DIALOG.width).setHeight(REPORT_DIALOG.height);
    SpreadsheetApp.getUi().showModelessDialog(html, page.title);
    spreadsheet.toast('The report is open.', TITLE, 3);
  } else {
    spreadsheet.toast('There is no report to show.', TITLE, 5);
    SpreadsheetApp.getUi().alert(TITLE, page.message, SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

/** Menu: Analysis options… opens the 300 px sidebar. */
export function showOptions(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
  welcomeOnce();
}

/** Sidebar: the tabs, the chosen tab's questions and the saved options (plain data: no Dates cross to the sidebar). */
export function getSidebarState(sheetName?: string): SidebarState {
  return sidebarState(SpreadsheetApp.getActiveSpreadsheet(), loadOptions(), sheetName);
}

/** Sidebar: saves the options without analysing. */
export function saveOptions(options: unknown): OptionsResult {
  return storeOptions(options);
}

/** Sidebar: saves the options, then analyses with them. */
export function analyseWithOptions(options: unknown): RunResult {
  const saved = storeOptions(options);
  if (!saved.ok) return saved;
  return guarded(
    'finish the analysis',
    () => runAnalysis(SpreadsheetApp.getActiveSpreadsheet(), saved.options, new Date()),
    (message): RunResult => ({ ok: false, message }),
  );
}

/** Menu: Compare with an earlier survey… (a one-sentence alert instead when there is nothing to compare with). */
export function showCompare(): void {
  const choices = compareChoices(SpreadsheetApp.getActiveSpreadsheet(), loadOptions());
  if (!choices.ok) return void SpreadsheetApp.getUi().alert(TITLE, choices.message, SpreadsheetApp.getUi().ButtonSet.OK);
  const html = HtmlService.createHtmlOutputFromFile('Compare').setWidth(480).setHeight(460);
  SpreadsheetApp.getUi().showModalDialog(html, 'Compare with an earlier survey');
}

/** Dialog: the tabs the earlier survey could be in, those chosen before ticked. */
export function getCompareChoices(): CompareChoices {
  return compareChoices(SpreadsheetApp.getActiveSpreadsheet(), loadOptions());
}

/** Dialog: compares with the earlier survey in these tabs (none = stop comparing) and rewrites the report. */
export function compareWithEarlier(tabs: unknown): RunResult {
  return guarded(
    'compare the surveys',
    () => compareWithTabs(SpreadsheetApp.getActiveSpreadsheet(), tabs, loadOptions(), new Date()),
    (message): RunResult => ({ ok: false, message }),
  );
}

/** Menu: New survey from template… */
export function showNewSurvey(): void {
  const html = HtmlService.createHtmlOutputFromFile('NewSurvey').setWidth(560).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(html, 'New survey from template');
}

/** Dialog: the built-in templates. */
export function getTemplateChoices(): TemplateChoice[] {
  return templateChoices();
}

/** Dialog: builds the form from a built-in template ({ builtIn: id }) or pasted JSON ({ json }). */
export function createSurveyFromTemplate(choice: unknown): NewSurveyResult {
  const chosen = chooseTemplate(choice);
  if (!chosen.ok) return chosen;
  return guarded(
    'make the form',
    () => createSurvey(SpreadsheetApp.getActiveSpreadsheet(), chosen.template),
    (message): NewSurveyResult => ({ ok: false, problems: [message] }),
  );
}

/** Menu: Export template… shows the template behind the active responses tab as JSON. */
export function showExportTemplate(): void {
  const html = HtmlService.createHtmlOutputFromFile('ExportTemplate').setWidth(560).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, 'Export template');
}

/** Dialog: the template JSON to copy. */
export function getTemplateForExport(sheetName?: string) {
  return templateForExport(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
}
