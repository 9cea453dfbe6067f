/// <reference types="google-apps-script" />
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../shared/templates/builtInTemplates';
import type { Template } from '../../shared/templates/templateSchema';
import { validateTemplate } from '../../shared/templates/validateTemplate';
import { buildForm } from './buildForm';
import { MAX_TEMPLATE_JSON, registeredForms, registerForm } from './templateRegistry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type NewSurveyResult =
  | { ok: true; title: string; sheetName: string; editUrl: string; publishedUrl: string }
  | { ok: false; problems: string[] };

export interface TemplateChoice {
  id: string;
  title: string;
  version: string;
  description: string;
  questions: number;
}

/** The built-in templates, as plain data for the dialog. */
export function templateChoices(): TemplateChoice[] {
  return BUILT_IN_TEMPLATES.map((t) => ({
    id: t.id,
    title: t.title,
    version: t.version,
    description: t.description ?? '',
    questions: t.sections.reduce((n, s) => n + s.items.length, 0),
  }));
}

/** A built-in template by id, or pasted JSON, validated; every problem in words. */
export function chooseTemplate(choice: unknown): { ok: true; template: Template } | { ok: false; problems: string[] } {
  const c = (choice ?? {}) as { builtIn?: unknown; json?: unknown };
  if (typeof c.builtIn === 'string') {
    const t = builtInTemplate(c.builtIn);
    return t ? { ok: true, template: t } : { ok: false, problems: [`There is no built-in template "${c.builtIn}".`] };
  }
  if (typeof c.json === 'string') {
    if (c.json.length > MAX_TEMPLATE_JSON)
      return { ok: false, problems: ['This template is too long to keep with the spreadsheet (over 50,000 characters).'] };
    const r = validateTemplate(c.json);
    return r.ok ? r : { ok: false, problems: r.problems };
  }
  return { ok: false, problems: ['Choose a built-in template or paste a template.'] };
}

/**
 * Builds the template's Google Form, sends its responses to this spreadsheet (Google adds a "Form responses N"
 * tab), and records which template and version that tab came from.
 */
export function createSurvey(spreadsheet: Spreadsheet, template: Template): NewSurveyResult {
  const before = new Set(spreadsheet.getSheets().map((s) => s.getSheetId()));
  const form = buildForm(template);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  SpreadsheetApp.flush();
  const responses = spreadsheet.getSheets().find((s) => !before.has(s.getSheetId()));
  if (!responses) {
    return {
      ok: false,
      problems: [
        `The form "${template.title}" was made (${form.getEditUrl()}), but Google did not add its responses tab here: open the form and choose Responses → Link to Sheets.`,
      ],
    };
  }
  registerForm(spreadsheet, {
    sheetId: responses.getSheetId(),
    sheetName: responses.getName(),
    template,
    formId: form.getId(),
    editUrl: form.getEditUrl(),
    publishedUrl: form.getPublishedUrl(),
  });
  return {
    ok: true,
    title: template.title,
    sheetName: responses.getName(),
    editUrl: form.getEditUrl(),
    publishedUrl: form.getPublishedUrl(),
  };
}

/** The template behind a response tab (the active one when not named), as JSON to send to schools. */
export function templateForExport(
  spreadsheet: Spreadsheet,
  sheetName?: string,
): { ok: true; json: string; title: string; sheetName: string } | { ok: false; message: string } {
  const sheet = sheetName ? spreadsheet.getSheetByName(sheetName) : spreadsheet.getActiveSheet();
  const forms = registeredForms(spreadsheet);
  const entry = forms.find((f) => f.sheetId === sheet?.getSheetId()) ?? (forms.length === 1 ? forms[0] : undefined);
  if (!entry) {
    return {
      ok: false,
      message:
        forms.length === 0
          ? 'No survey here was made from a template yet: use New survey from template… first.'
          : 'Open the responses tab of the survey whose template you want, then try again.',
    };
  }
  return { ok: true, json: JSON.stringify(entry.template, null, 2), title: entry.template.title, sheetName: entry.sheetName };
}
