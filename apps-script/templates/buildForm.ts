/// <reference types="google-apps-script" />
import type { Template, TemplateItem } from '../../shared/templates/templateSchema';

type Form = GoogleAppsScript.Forms.Form;

function addItem(form: Form, item: TemplateItem): void {
  const finish = <T extends { setHelpText(t: string): T; setRequired?(r: boolean): T }>(built: T) => {
    if (item.help) built.setHelpText(item.help);
    if (item.required && built.setRequired) built.setRequired(true);
  };
  switch (item.kind) {
    case 'scale': {
      const s = form.addScaleItem().setTitle(item.title).setBounds(item.low, item.high);
      if (item.lowLabel || item.highLabel) s.setLabels(item.lowLabel ?? '', item.highLabel ?? '');
      return finish(s);
    }
    case 'choice':
      return finish(form.addMultipleChoiceItem().setTitle(item.title).setChoiceValues(item.options));
    case 'checkbox':
      return finish(form.addCheckboxItem().setTitle(item.title).setChoiceValues(item.options));
    case 'grid':
      return finish(form.addGridItem().setTitle(item.title).setRows(item.rows).setColumns(item.columns));
    case 'short-text':
      return finish(form.addTextItem().setTitle(item.title));
    case 'paragraph':
      return finish(form.addParagraphTextItem().setTitle(item.title));
    case 'number': {
      const v = FormApp.createTextValidation().setHelpText('Please give a number.');
      const rule = item.min !== undefined && item.max !== undefined ? v.requireNumberBetween(item.min, item.max) : v.requireNumber();
      return finish(form.addTextItem().setTitle(item.title).setValidation(rule.build()));
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
