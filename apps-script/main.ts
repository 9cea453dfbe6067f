/// <reference types="google-apps-script" />
// Entry points of the Sheets add-on. Each exported function becomes a top-level function in Code.js.
import type { AnalysisOptions, OptionsResult } from '../shared/options/analysisOptions';
import { loadOptions, saveOptions as storeOptions } from './savedOptions';
import { runAnalysis, type RunResult } from './runAnalysis';
import { sidebarState, type SidebarState } from './sidebarState';

const TITLE = 'SENCO Time';

/** Builds the add-on menu. Runs in AuthMode.NONE too, so it does nothing else. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Analyse', 'analyse').addItem('Analysis options…', 'showOptions').addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: Analyse. Runs with the saved options and reports in a toast, or in an alert when something is wrong. */
export function analyse(): RunResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.toast('Analysing the responses…', TITLE, -1);
  const result = runAnalysis(spreadsheet, loadOptions(), new Date());
  if (result.ok) spreadsheet.toast(result.message, TITLE, 10);
  else {
    spreadsheet.toast('Nothing was changed.', TITLE, 5);
    SpreadsheetApp.getUi().alert(TITLE, result.message, SpreadsheetApp.getUi().ButtonSet.OK);
  }
  return result;
}

/** Menu: Analysis options… opens the 300 px sidebar. */
export function showOptions(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
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
  return runAnalysis(SpreadsheetApp.getActiveSpreadsheet(), saved.options as AnalysisOptions, new Date());
}
