import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type EmulatorOptions, type Form, loadBundle, submitResponse } from './index';

/* eslint-disable @typescript-eslint/no-explicit-any -- the globals are the script's untyped view */
function globals(options: EmulatorOptions = {}) {
  const emulator = createEmulator({ spreadsheet: { name: 'SENCO', sheets: [{ name: 'Pupils' }] }, ...options });
  const g = emulator.globals as Record<string, any>;
  return { emulator, g, FormApp: g.FormApp, ss: g.SpreadsheetApp.getActiveSpreadsheet() };
}

/** The raw form behind a script-facing one (for .spec and submitResponse). */
function raw(emulator: ReturnType<typeof createEmulator>, form: any): Form {
  return emulator.forms.get(form.getId())!;
}

const FORMS = 'https://www.googleapis.com/auth/forms';
const SHEETS = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

/** A survey builder shaped like the add-on's: plain top-level functions, as in Code.js. */
const CODE = String.raw`
function buildSurvey() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var form = FormApp.create('Pupil voice');
  form.setTitle('Pupil voice').setDescription('About your week').setCollectEmail(false)
    .setAllowResponseEdits(false).setLimitOneResponsePerUser(false).setProgressBar(true)
    .setConfirmationMessage('Thank you');
  form.addScaleItem().setTitle('How settled do you feel?').setBounds(1, 5).setLabels('Not at all', 'Very').setRequired(true);
  form.addSectionHeaderItem().setTitle('Lessons');
  form.addMultipleChoiceItem().setTitle('Favourite lesson').setChoiceValues(['Maths', 'Art', 'PE']);
  form.addCheckboxItem().setTitle('Who helps you?').setChoiceValues(['TA', 'Teacher', 'Friend']);
  form.addGridItem().setTitle('Mornings').setRows(['Mon', 'Tue']).setColumns(['Calm', 'Busy']);
  form.addPageBreakItem().setTitle('More');
  form.addTextItem().setTitle('Hours of sleep').setValidation(
    FormApp.createTextValidation().requireNumber().requireNumberBetween(0, 14).setHelpText('0 to 14').build());
  form.addParagraphTextItem().setTitle('Anything else?');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  return form.getId();
}
function readResponses() {
  var values = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getDataRange().getValues();
  return values.map(function (r) { return r.map(function (v) { return v instanceof Date ? 'Date' : v; }); });
}
function responseSheetFormUrl() {
  return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getFormUrl();
}
function createOnly() { return FormApp.create('x').getId(); }
`;

let dir: string;
let dirWithoutForms: string;
function writeBundle(scopes: string[]): string {
  const d = mkdtempSync(join(tmpdir(), 'emulator-forms-'));
  writeFileSync(join(d, 'Code.js'), CODE);
  writeFileSync(join(d, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/London', runtimeVersion: 'V8', oauthScopes: scopes }));
  return d;
}
beforeAll(() => {
  dir = writeBundle([SHEETS, 'https://www.googleapis.com/auth/script.container.ui', FORMS]);
  dirWithoutForms = writeBundle([SHEETS, 'https://www.googleapis.com/auth/script.container.ui']);
});

describe('a bundle that builds a survey form', () => {
  // Form, ScaleItem, GridItem … reference pages: the builders chain; spec is the emulator's plain view.
  it('builds the form the script describes, inspectable through emulator.forms', () => {
    const emulator = createEmulator({ spreadsheet: { name: 'SENCO', sheets: [{ name: 'Pupils' }] } });
    const app = loadBundle(emulator, join(dir, 'Code.js'));
    const id = app.call('buildSurvey') as string;
    const spec = emulator.forms.get(id)!.spec;
    expect(spec).toMatchObject({
      title: 'Pupil voice',
      description: 'About your week',
      collectEmail: false,
      progressBar: true,
      confirmationMessage: 'Thank you',
      destination: { type: 'SPREADSHEET', spreadsheetId: emulator.spreadsheet.getId(), sheetName: 'Form responses 1' },
    });
    expect(spec.items.map((i) => [i.type, i.title])).toEqual([
      ['SCALE', 'How settled do you feel?'],
      ['SECTION_HEADER', 'Lessons'],
      ['MULTIPLE_CHOICE', 'Favourite lesson'],
      ['CHECKBOX', 'Who helps you?'],
      ['GRID', 'Mornings'],
      ['PAGE_BREAK', 'More'],
      ['TEXT', 'Hours of sleep'],
      ['PARAGRAPH_TEXT', 'Anything else?'],
    ]);
    expect(spec.items[0]).toMatchObject({ required: true, lowerBound: 1, upperBound: 5, leftLabel: 'Not at all', rightLabel: 'Very' });
    expect(spec.items[6].validation).toEqual({ kind: 'TEXT', criteria: 'NUMBER_BETWEEN', values: [0, 14], helpText: '0 to 14' });
  });

  // Form.setDestination: Google adds a new response sheet first, "Timestamp" then one column per question.
  it('writes the response sheet header, and a submitted response reaches the script as Google writes it', () => {
    const emulator = createEmulator({ spreadsheet: { name: 'SENCO', sheets: [{ name: 'Pupils' }] } });
    const app = loadBundle(emulator, join(dir, 'Code.js'));
    const form = emulator.forms.get(app.call('buildSurvey') as string)!;
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Form responses 1', 'Pupils']);
    submitResponse(form, {
      'How settled do you feel?': 4,
      'Favourite lesson': 'Art',
      'Who helps you?': ['Friend', 'TA'],
      Mornings: { Mon: 'Calm', Tue: 'Busy' },
      'Hours of sleep': '9',
    });
    expect(app.call('readResponses')).toEqual([
      [
        'Timestamp',
        'How settled do you feel?',
        'Favourite lesson',
        'Who helps you?',
        'Mornings [Mon]',
        'Mornings [Tue]',
        'Hours of sleep',
        'Anything else?',
      ],
      ['Date', 4, 'Art', 'TA, Friend', 'Calm', 'Busy', 9, ''],
    ]);
    expect(app.call('responseSheetFormUrl')).toBe(`https://docs.google.com/forms/d/${form.getId()}/viewform`);
  });

  // Counting at the boundary, as for every other service.
  it('counts FormApp calls like any other service', () => {
    const emulator = createEmulator();
    loadBundle(emulator, join(dir, 'Code.js')).call('buildSurvey');
    expect(emulator.calls.count('FormApp.create')).toBe(1);
    expect(emulator.calls.count('Form.addScaleItem')).toBe(1);
    expect(emulator.calls.count('ScaleItem.setBounds')).toBe(1);
    expect(emulator.calls.count('Form.setDestination')).toBe(1);
    expect(emulator.calls.sequence('Form.add')).toHaveLength(8);
  });

  // FormApp.create reference: requires https://www.googleapis.com/auth/forms; missing-scope text as for other services.
  it('refuses FormApp.create when appsscript.json lacks the forms scope', () => {
    const app = loadBundle(createEmulator(), join(dirWithoutForms, 'Code.js'));
    expect(() => app.call('createOnly')).toThrow(
      'You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms',
    );
  });

  // Authorization lifecycle: no other files in LIMITED, nothing but menus in NONE.
  it('refuses FormApp.create under LIMITED and NONE authorization', () => {
    const app = loadBundle(createEmulator(), join(dir, 'Code.js'));
    expect(() => app.run('createOnly', [], { authMode: 'LIMITED' })).toThrow('You do not have permission to call FormApp.create.');
    expect(() => app.run('createOnly', [], { authMode: 'NONE' })).toThrow('You do not have permission to call FormApp.create.');
  });

  // Form and item reference pages: their methods take forms.currentonly or forms; create needs forms.
  it('asks for forms.currentonly or forms for calls on forms and items', () => {
    const { emulator, FormApp } = globals({ oauthScopes: [SHEETS, 'https://www.googleapis.com/auth/forms.currentonly'] });
    expect(FormApp.getActiveForm()).toBeNull();
    expect(() => FormApp.create('y')).toThrow('Required permissions: https://www.googleapis.com/auth/forms');
    emulator.scopes = [FORMS];
    const form = FormApp.create('x');
    emulator.scopes = [SHEETS];
    expect(() => form.addTextItem()).toThrow(
      'You do not have permission to call Form.addTextItem. Required permissions: https://www.googleapis.com/auth/forms.currentonly || https://www.googleapis.com/auth/forms',
    );
  });
});

describe('FormApp', () => {
  // Observed on live Apps Script (gas-fakes live test; issuetracker 442747794): create(title) names the file, not the form.
  it('create(title) names the Drive file and leaves the form title empty until setTitle', () => {
    const { emulator, FormApp } = globals();
    const form = FormApp.create('Pupil voice');
    expect(form.getTitle()).toBe('');
    expect(raw(emulator, form).spec).toMatchObject({ fileName: 'Pupil voice', title: '' });
    form.setTitle('Pupil voice');
    expect(form.getTitle()).toBe('Pupil voice');
    expect(form.toString()).toBe('Form');
  });

  // Form reference: getEditUrl, getPublishedUrl (…/forms/d/e/<published id>/viewform), shortenFormUrl.
  it('gives the edit, published and short URLs', () => {
    const { FormApp } = globals();
    const form = FormApp.create('x');
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(form.shortenFormUrl(form.getPublishedUrl())).toMatch(/^https:\/\/forms\.gle\/\w+$/);
  });

  // FormApp reference: openById / openByUrl; observed "Invalid argument: url"; unknown id text guessed.
  it('opens forms by id and URL, with Google-style failures', () => {
    const { FormApp } = globals();
    const form = FormApp.create('x');
    expect(FormApp.openById(form.getId()).getId()).toBe(form.getId());
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(() => FormApp.openByUrl('http://invalid.url/')).toThrow('Invalid argument: url');
    expect(() => FormApp.openById('nope')).toThrow('Unexpected error while getting the method or property openById on object FormApp.');
  });

  // FormApp.getActiveForm reference: the form the script is bound to — none for a spreadsheet's script.
  it('has no active form in a spreadsheet-bound script', () => {
    expect(globals().FormApp.getActiveForm()).toBeNull();
  });

  // Errors reach the script as Exceptions of its own realm (boundary.ts), like every service error.
  it('throws Exceptions', () => {
    const { FormApp } = globals();
    try {
      FormApp.create('x').addScaleItem().setBounds(2, 5);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
    }
  });
});

describe('items', () => {
  // ScaleItem reference + observed defaults: a new scale is 1..5; lower 0 or 1, upper 3..10.
  it("scale items default to 1..5 and accept only Google's bounds", () => {
    const { FormApp } = globals();
    const scale = FormApp.create('x').addScaleItem();
    expect([scale.getLowerBound(), scale.getUpperBound(), scale.getLeftLabel(), scale.getRightLabel()]).toEqual([1, 5, '', '']);
    scale.setBounds(0, 10).setLabels('Never', 'Always');
    expect([scale.getLowerBound(), scale.getUpperBound(), scale.getLeftLabel(), scale.getRightLabel()]).toEqual([0, 10, 'Never', 'Always']);
    for (const [lo, hi] of [
      [2, 5],
      [1, 2],
      [1, 11],
      [-1, 5],
    ])
      expect(() => scale.setBounds(lo, hi)).toThrow('Invalid data updating form.');
    expect(() => scale.setBounds('1', 5)).toThrow(
      "The parameters (String,number) don't match the method signature for FormApp.ScaleItem.setBounds.",
    );
    expect(scale.getUpperBound()).toBe(10);
  });

  // Observed: a new choice item holds one choice '' ; setChoiceValues([]) throws "Array is empty: values".
  it('choice items hold one empty choice until set, and refuse an empty list', () => {
    const { FormApp } = globals();
    const form = FormApp.create('x');
    const mc = form.addMultipleChoiceItem();
    expect(mc.getChoices().map((c: any) => c.getValue())).toEqual(['']);
    mc.setChoiceValues(['Yes', 'No']).showOtherOption(true);
    expect(mc.getChoices().map((c: any) => c.getValue())).toEqual(['Yes', 'No']);
    expect(mc.hasOtherOption()).toBe(true);
    expect(() => mc.setChoiceValues([])).toThrow('Array is empty: values');
    expect(() => mc.setChoiceValues([1, 2])).toThrow("don't match the method signature for FormApp.MultipleChoiceItem.setChoiceValues.");
    const list = form.addListItem();
    list.setChoices([list.createChoice('A'), list.createChoice('B')]);
    expect(list.getChoices().map((c: any) => c.getValue())).toEqual(['A', 'B']);
    expect(list.showOtherOption).toBeUndefined(); // ListItem reference: no "Other" option
  });

  // GridItem / CheckboxGridItem reference: setRows, setColumns, getRows, getColumns.
  it('grid items keep rows and columns', () => {
    const { FormApp } = globals();
    const grid = FormApp.create('x').addCheckboxGridItem().setRows(['Mon', 'Tue']).setColumns(['AM', 'PM']);
    expect([grid.getRows(), grid.getColumns(), grid.getType()]).toEqual([['Mon', 'Tue'], ['AM', 'PM'], 'CHECKBOX_GRID']);
  });

  // Item reference: getItems returns generic Items; as…Item casts; observed "Invalid conversion for item type: X".
  it('returns generic Items that cast only to their own type', () => {
    const { FormApp } = globals();
    const form = FormApp.create('x');
    const scale = form.addScaleItem().setTitle('Settled');
    form.addPageBreakItem().setTitle('Page 2');
    const [item, pageBreak] = form.getItems();
    expect(item.toString()).toBe('Item');
    expect(item.setRequired).toBeUndefined(); // Item reference: only typed question items have setRequired
    expect(item.asScaleItem().getUpperBound()).toBe(5);
    expect(item.getId()).toBe(scale.getId());
    expect(() => pageBreak.asListItem()).toThrow('Invalid conversion for item type: PAGE_BREAK');
    expect(form.getItems(FormApp.ItemType.PAGE_BREAK).map((i: any) => i.getTitle())).toEqual(['Page 2']);
    expect(form.getItemById(scale.getId()).getTitle()).toBe('Settled');
    expect(form.getItemById(42)).toBeNull();
    expect(typeof scale.getId()).toBe('number');
  });

  // Form reference: moveItem(from, to), deleteItem(index | item), Item.getIndex, Item.duplicate.
  it('moves, deletes and duplicates items', () => {
    const { FormApp } = globals();
    const form = FormApp.create('x');
    const a = form.addTextItem().setTitle('A');
    const b = form.addTextItem().setTitle('B');
    form.addTextItem().setTitle('C');
    form.moveItem(2, 0);
    expect(form.getItems().map((i: any) => i.getTitle())).toEqual(['C', 'A', 'B']);
    expect(a.getIndex()).toBe(1);
    form.moveItem(b, 0);
    form.deleteItem(a);
    form.deleteItem(0);
    expect(form.getItems().map((i: any) => i.getTitle())).toEqual(['C']);
    const copy = form.getItems()[0].asTextItem().duplicate();
    expect(copy.toString()).toBe('TextItem');
    expect(form.getItems().map((i: any) => i.getTitle())).toEqual(['C', 'C']);
    expect(() => form.deleteItem(5)).toThrow('Invalid data updating form.');
  });

  // TextValidationBuilder reference; TextItem.setValidation takes a TextValidation only.
  it('builds text validations and refuses the paragraph kind on a text item', () => {
    const { emulator, FormApp } = globals();
    const form = FormApp.create('x');
    const text = form.addTextItem().setValidation(FormApp.createTextValidation().requireWholeNumber().setHelpText('Whole hours').build());
    const paragraph = FormApp.createParagraphTextValidation().requireTextLengthLessThanOrEqualTo(500).build();
    expect(() => text.setValidation(paragraph)).toThrow("don't match the method signature for FormApp.TextItem.setValidation.");
    form.addParagraphTextItem().setValidation(paragraph);
    expect(raw(emulator, form).spec.items.map((i) => i.validation)).toEqual([
      { kind: 'TEXT', criteria: 'WHOLE_NUMBER', values: [], helpText: 'Whole hours' },
      { kind: 'PARAGRAPH_TEXT', criteria: 'TEXT_LENGTH_LESS_THAN_OR_EQUAL_TO', values: [500], helpText: '' },
    ]);
    text.clearValidation();
    expect(raw(emulator, form).spec.items[0].validation).toBeNull();
  });
});

describe('response destination', () => {
  // Form.setDestination: a new "Form responses N" sheet, first, not made active; grids give "Title [Row]".
  it('adds "Form responses 1" as the first sheet, leaving the active sheet alone', () => {
    const { emulator, FormApp, ss } = globals();
    const form = FormApp.create('x');
    form.addGridItem().setTitle('Mood').setRows(['AM', 'PM']).setColumns(['Good', 'Bad']);
    form.addSectionHeaderItem().setTitle('Ignored');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const sheets = emulator.spreadsheet.getSheets();
    expect(sheets.map((s) => s.getName())).toEqual(['Form responses 1', 'Pupils']);
    expect(emulator.spreadsheet.getActiveSheet().getName()).toBe('Pupils');
    expect(sheets[0].getDataRange().getValues()).toEqual([['Timestamp', 'Mood [AM]', 'Mood [PM]']]);
    expect(form.getDestinationId()).toBe(ss.getId());
    expect(form.getDestinationType()).toBe(FormApp.DestinationType.SPREADSHEET);
  });

  // Observed: questions added after linking get columns at the right; renaming a question renames its column.
  it('keeps the header in step with later questions and renames', () => {
    const { emulator, FormApp, ss } = globals();
    const form = FormApp.create('x');
    const first = form.addTextItem().setTitle('Name');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    form.addScaleItem().setTitle('Settled');
    form.moveItem(1, 0);
    first.setTitle('Pupil');
    form.setCollectEmail(true);
    expect(emulator.spreadsheet.getSheets()[0].getDataRange().getValues()).toEqual([['Timestamp', 'Pupil', 'Settled', 'Email address']]);
  });

  // Sheet.getFormUrl / Spreadsheet.getFormUrl reference: the form's URL, or null; FormApp.openByUrl accepts it.
  it('links the sheet to the form for getFormUrl, and unlinks on removeDestination', () => {
    const { FormApp, ss } = globals();
    const form = FormApp.create('x');
    expect(ss.getFormUrl()).toBeNull();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const responses = ss.getSheets()[0];
    expect(FormApp.openByUrl(responses.getFormUrl()).getId()).toBe(form.getId());
    expect(ss.getFormUrl()).toBe(responses.getFormUrl());
    expect(ss.getSheetByName('Pupils').getFormUrl()).toBeNull();
    form.removeDestination();
    expect(responses.getFormUrl()).toBeNull();
    expect(() => form.getDestinationId()).toThrow('The form currently has no response destination.');
  });

  // Linking again (or a second form) adds another sheet with the next free number.
  it('numbers further response sheets "Form responses 2", …', () => {
    const { FormApp, ss } = globals();
    const a = FormApp.create('a');
    const b = FormApp.create('b');
    a.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    b.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    a.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(ss.getSheets().map((s: any) => s.getName())).toEqual(['Form responses 3', 'Form responses 2', 'Form responses 1', 'Pupils']);
    expect(ss.getSheetByName('Form responses 1').getFormUrl()).toBeNull();
  });

  // DestinationType reference: SPREADSHEET is the only type; anything else fails the signature.
  it('refuses other destination types and unknown spreadsheets', () => {
    const { FormApp, ss } = globals();
    const form = FormApp.create('x');
    expect(() => form.setDestination('DOCUMENT', ss.getId())).toThrow("don't match the method signature for FormApp.Form.setDestination.");
    expect(() => form.setDestination(FormApp.DestinationType.SPREADSHEET, 'nope')).toThrow('Invalid data updating form.');
  });
});

describe("submitResponse (the emulator's respondent)", () => {
  function linked(build: (form: any) => void, options: EmulatorOptions = {}) {
    const { emulator, FormApp, ss } = globals(options);
    const form = FormApp.create('Survey');
    build(form);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    return { emulator, form: raw(emulator, form), sheet: emulator.spreadsheet.getSheets()[0] };
  }

  // How Forms writes a row: Timestamp date-time, numbers as numbers, choices as text, checkboxes ", ", blanks ''.
  it('appends one row per response, each cell as Google writes it', () => {
    const { emulator, form, sheet } = linked((f) => {
      f.addScaleItem().setTitle('Settled');
      f.addCheckboxItem().setTitle('Help').setChoiceValues(['TA', 'Teacher', 'Friend']).showOtherOption(true);
      f.addCheckboxGridItem().setTitle('Week').setRows(['Mon', 'Tue']).setColumns(['AM', 'PM']);
      f.addTextItem().setTitle('Note');
      f.addDateItem().setTitle('Review');
    });
    emulator.calls.reset();
    expect(
      submitResponse(
        form,
        { Settled: 3, Help: ['Friend', 'Nan', 'TA'], Week: { Tue: ['PM', 'AM'] }, Note: '=HYPERLINK("x")', Review: '2026-03-12' },
        { timestamp: new Date('2026-03-10T09:30:00Z') },
      ),
    ).toBe(2);
    expect(submitResponse(form, {})).toBe(3);
    const [header, first, second] = sheet.getDataRange().getValues();
    expect(header).toEqual(['Timestamp', 'Settled', 'Help', 'Week [Mon]', 'Week [Tue]', 'Note', 'Review']);
    expect(first.slice(1, 6)).toEqual([3, 'TA, Friend, Nan', '', 'AM, PM', '=HYPERLINK("x")']);
    expect((first[0] as Date).toISOString()).toBe('2026-03-10T09:30:00.000Z');
    expect(sheet.getRange(2, 7).getDisplayValue()).toBe('12/03/2026');
    expect(second.slice(1)).toEqual(['', '', '', '', '', '']);
    expect(second[0]).toBeInstanceOf(Date);
    expect(sheet.getRange(2, 6).getFormula()).toBe(''); // the respondent's '=' is text, not a formula
    expect(form.spec.responses).toBe(2);
    expect(emulator.calls.total).toBe(0); // the respondent is not the script
  });

  // Forms refuses what a respondent could not send; the helper says so instead of writing a row.
  it('refuses answers a live form would not accept', () => {
    const { form, sheet } = linked((f) => {
      f.addScaleItem().setTitle('Settled').setRequired(true);
      f.addMultipleChoiceItem().setTitle('Lesson').setChoiceValues(['Maths', 'Art']);
    });
    expect(() => submitResponse(form, { Lesson: 'Art' })).toThrow('submitResponse: "Settled" is required');
    expect(() => submitResponse(form, { Settled: 6 })).toThrow('"Settled" is a scale of 1 to 5, not 6');
    expect(() => submitResponse(form, { Settled: 2, Lesson: 'PE' })).toThrow('"Lesson" offers no "PE" (offered: Maths, Art)');
    expect(() => submitResponse(form, { Settled: 2, Mood: 'x' })).toThrow('the form has no question titled "Mood"');
    expect(sheet.getLastRow()).toBe(1);
  });

  // TextValidation: a respondent cannot submit text that fails it (Forms shows the help text).
  it('applies text validation', () => {
    const { emulator, FormApp, ss } = globals();
    const f = FormApp.create('x');
    f.addTextItem()
      .setTitle('Sleep')
      .setValidation(FormApp.createTextValidation().requireNumberBetween(0, 14).setHelpText('0 to 14').build());
    f.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const form = raw(emulator, f);
    expect(() => submitResponse(form, { Sleep: '20' })).toThrow('"Sleep" refuses "20" (NUMBER_BETWEEN 0, 14: 0 to 14)');
    expect(() => submitResponse(form, { Sleep: 'lots' })).toThrow('refuses "lots"');
    expect(submitResponse(form, { Sleep: '8.5' })).toBe(2);
    expect(emulator.spreadsheet.getSheets()[0].getRange(2, 2).getValue()).toBe(8.5);
  });

  // Form.setCollectEmail: the address goes in the "Email address" column after Timestamp.
  it("writes the respondent's email when the form collects it", () => {
    const { form, sheet } = linked((f) => f.setCollectEmail(true).addTextItem().setTitle('Name'));
    submitResponse(form, { Name: 'Sam' }, { email: 'parent@example.org' });
    expect(
      sheet
        .getDataRange()
        .getValues()
        .map((r) => r.slice(1)),
    ).toEqual([
      ['Email address', 'Name'],
      ['parent@example.org', 'Sam'],
    ]);
  });

  // removeDestination: responses still go to the form's own store; the sheet keeps its rows.
  it('records but does not write when the form has no destination, and refuses when closed', () => {
    const { form, sheet } = linked((f) => f.addTextItem().setTitle('Name'));
    submitResponse(form, { Name: 'A' });
    form.removeDestination();
    expect(submitResponse(form, { Name: 'B' })).toBeNull();
    expect(sheet.getLastRow()).toBe(2);
    form.setAcceptingResponses(false);
    expect(() => submitResponse(form, { Name: 'C' })).toThrow('is not accepting responses');
  });

  // The helper takes the form the script returned as well as emulator.forms' raw one.
  it('accepts the script-facing form', () => {
    const { FormApp, ss, emulator } = globals();
    const form = FormApp.create('x');
    form.addTextItem().setTitle('Q');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(submitResponse(form, { Q: 'hello' })).toBe(2);
    expect(emulator.spreadsheet.getSheets()[0].getRange(2, 2).getValue()).toBe('hello');
  });
});
