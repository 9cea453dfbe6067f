/// <reference types="google-apps-script" />
import { ownedRole } from './ownedSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type ResponseSheetResult = { ok: true; sheet: Sheet } | { ok: false; message: string };

const FORM_RESPONSES = /^form responses/i;

/** A tab that could hold responses: not one SENCO Time made, and something in it. */
export function holdsResponses(sheet: Sheet): boolean {
  return ownedRole(sheet) === null && sheet.getLastRow() >= 1 && sheet.getLastColumn() >= 1;
}

/**
 * The tab to analyse: the one named in the options; else the active tab if it holds responses; else the first
 * "Form responses" tab; else the first tab with anything in it that SENCO Time did not make. Tabs in `earlier` (an
 * earlier survey being compared with) are never the guess.
 */
export function findResponseSheet(spreadsheet: Spreadsheet, chosen?: string, earlier: readonly string[] = []): ResponseSheetResult {
  if (chosen) {
    const sheet = spreadsheet.getSheetByName(chosen);
    if (sheet) return { ok: true, sheet };
    return {
      ok: false,
      message: `The tab "${chosen}" chosen in Analysis options no longer exists: choose another in Extensions → SENCO Time → Analysis options….`,
    };
  }
  // No name is read when nothing is excluded: an ordinary Analyse makes no more service calls than before.
  const current = (sheet: Sheet) => earlier.length === 0 || !earlier.includes(sheet.getName());
  const active = spreadsheet.getActiveSheet();
  if (active && holdsResponses(active) && current(active)) return { ok: true, sheet: active };
  const sheets = spreadsheet.getSheets().filter(current);
  const form = sheets.find((s) => FORM_RESPONSES.test(s.getName()) && ownedRole(s) === null);
  if (form) return { ok: true, sheet: form };
  const any = sheets.find(holdsResponses);
  if (any) return { ok: true, sheet: any };
  return { ok: false, message: 'There are no responses to analyse: open the tab that holds your form responses and try again.' };
}
