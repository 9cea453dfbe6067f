/// <reference types="google-apps-script" />
import type { Template, TemplateItem } from '../../shared/templates/templateSchema';

type Form = GoogleAppsScript.Forms.Form;

/** What every Forms question offers: help text, and (all but some) a required flag. */
interface Question {
  setHelpText(text: string): unknown;
  setRequired?(required: boolean): unknown;
}

function addItem(form: Form, item: TemplateItem): void {
  const built = newQuestion(form, item);
  if (item.help) built.setHelpText(item.help);
  if (item.required && built.setRequired) built.setRequired(true);
}

/** The Forms question for a template item, with its title, bounds, choices or validation. */
function newQuestion(form: Form, item: TemplateItem): Question {
  switch (item.kind) {
    case 'scale': {
      const s = form.addScaleItem().setTitle(item.title).setBounds(item.low, item.high);
      if (item.lowLabel || item.highLabel) s.setLabels(item.lowLabel ?? '', item.highLabel ?? '');
      return s;
    }
    case 'choice':
      return form.addMultipleChoiceItem().setTitle(item.title).setChoiceValues(item.options);
    case 'checkbox':
      return form.addCheckboxItem().setTitle(item.title).setChoiceValues(item.options);
    case 'grid':
      return form.addGridItem().setTitle(item.title).setRows(item.rows).setColumns(item.columns);
    case 'short-text':
      return form.addTextItem().setTitle(item.title);
    case 'paragraph':
      return form.addParagraphTextItem().setTitle(item.title);
    case 'number': {
      const v = FormApp.createTextValidation().setHelpText('Please give a number.');
      const rule = item.min !== undefined && item.max !== undefined ? v.requireNumberBetween(item.min, item.max) : v.requireNumber();
      return form.addTextItem().setTitle(item.title).setValidation(rule.build());
    }
  }
}

/** Builds the Google Form of a template: its sections as pages, each item as the matching Forms question. */
export function buildForm(template: Template): Form {
  // FormApp.create names the Drive file; the form's own title must be set as well (observed, 2025).
  const form = FormApp.create(template.title).setTitle(template.title);
  if (template.description) form.setDescription(template.description);
  form.setProgressBar(template.sections.length > 1);
  form.setConfirmationMessage('Thank you. Your answers help your SENCO network make the case for SENCO time.');
  template.sections.forEach((section, i) => {
    // The first section's title is the form's own; later sections start new pages.
    if (i > 0) {
      const page = form.addPageBreakItem().setTitle(section.title);
      if (section.description) page.setHelpText(section.description);
    } else if (section.description || template.sections.length > 1) {
      const header = form.addSectionHeaderItem().setTitle(section.title);
      if (section.description) header.setHelpText(section.description);
    }
    for (const item of section.items) addItem(form, item);
  });
  return form;
}
