/// <reference types="google-apps-script" />
import type { Template } from '../../shared/templates/templateSchema';
import { validateTemplate } from '../../shared/templates/validateTemplate';
import { addOwnedTab, ownedTabs, REGISTRY_KEY } from '../ownedSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ROLE = 'Templates';
const HEADER = ['Response tab id', 'Response tab', 'Template id', 'Version', 'Form id', 'Form (edit)', 'Form (respond)', 'Template JSON'];
/** A cell holds 50,000 characters; a template's JSON must fit in one. */
export const MAX_TEMPLATE_JSON = 50_000;

export interface RegisteredForm {
  sheetId: number;
  sheetName: string;
  template: Template;
  formId: string;
  editUrl: string;
  publishedUrl: string;
}

/** Every response tab made from a template, read with one getValues; rows whose template no longer validates are skipped. */
export function registeredForms(spreadsheet: Spreadsheet): RegisteredForm[] {
  const sheet = ownedTabs(spreadsheet, REGISTRY_KEY).get(ROLE);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const names = new Map(spreadsheet.getSheets().map((s) => [s.getSheetId(), s.getName()]));
  return sheet
    .getRange(2, 1, sheet.getLastRow() - 1, HEADER.length)
    .getValues()
    .flatMap((row) => {
      const parsed = validateTemplate(String(row[7]));
      const sheetId = Number(row[0]);
      // A response tab the user deleted is no longer a source; its row stays, harmless, for the record.
      if (!parsed.ok || !names.has(sheetId)) return [];
      return [
        {
          sheetId,
          sheetName: names.get(sheetId)!,
          template: parsed.template,
          formId: String(row[4]),
          editUrl: String(row[5]),
          publishedUrl: String(row[6]),
        },
      ];
    });
}

/** Records that a response tab receives the answers of a form built from `template`. */
export function registerForm(spreadsheet: Spreadsheet, entry: Omit<RegisteredForm, 'sheetName'> & { sheetName: string }): void {
  let sheet = ownedTabs(spreadsheet, REGISTRY_KEY).get(ROLE);
  if (!sheet) {
    sheet = addOwnedTab(spreadsheet, REGISTRY_KEY, ROLE);
    sheet.getRange(1, 1, 1, HEADER.length).setValues([HEADER]).setFontWeight('bold');
    sheet.hideSheet();
  }
  const json = JSON.stringify(entry.template);
  const row = sheet.getLastRow() + 1;
  const range = sheet.getRange(row, 1, 1, HEADER.length);
  // Plain text, so that no JSON or URL is ever parsed as a number or a formula.
  range.setNumberFormat('@');
  range.setValues([
    [
      String(entry.sheetId),
      entry.sheetName,
      entry.template.id,
      entry.template.version,
      entry.formId,
      entry.editUrl,
      entry.publishedUrl,
      json,
    ],
  ]);
}
