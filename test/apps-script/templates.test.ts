// Template surveys in the BUILT bundle: forms built with FormApp, responses from several schools, the
// template-aware analysis, and import/export of templates.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTemplateResponses } from '../../examples/generateTemplateResponses';
import { SENCO_TIME_ROLE } from '../../shared/templates/builtIn/sencoTimeRole';
import { SENCO_WORKLOAD_WELLBEING } from '../../shared/templates/builtIn/sencoWorkloadWellbeing';
import type { Template } from '../../shared/templates/templateSchema';
import { type App, createEmulator, type Emulator, loadBundle } from '../emulator';
import { type Created, formOf, submitAll } from './templateForms';

const CODE = 'dist/apps-script/Code.js';
beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

function world() {
  const emulator = createEmulator({
    spreadsheet: { name: 'Anyshire SENCO network', sheets: [{ name: 'Notes', values: [['network notes']] }] },
  });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  return { emulator, app };
}

describe('New survey from template', () => {
  it.each([
    [SENCO_WORKLOAD_WELLBEING.title, SENCO_WORKLOAD_WELLBEING],
    [SENCO_TIME_ROLE.title, SENCO_TIME_ROLE],
  ])('builds the form of "%s" with its items, bounds, labels and destination', (_title: string, template: Template) => {
    const { emulator, app } = world();
    const created = app.call('createSurveyFromTemplate', { builtIn: template.id }) as Created;
    expect(created).toMatchObject({ ok: true, title: template.title, sheetName: 'Form responses 1' });
    const spec = formOf(emulator, created).spec;
    expect(spec.title).toBe(template.title);
    expect(spec.destination).toMatchObject({
      type: 'SPREADSHEET',
      spreadsheetId: emulator.spreadsheet.getId(),
      sheetName: 'Form responses 1',
    });
    const questions = spec.items.filter((i: { type: string }) => i.type !== 'PAGE_BREAK' && i.type !== 'SECTION_HEADER');
    const items = template.sections.flatMap((s) => s.items);
    expect(questions.map((q: { title: string }) => q.title)).toEqual(items.map((i) => i.title));
    items.forEach((item, k) => {
      const q = questions[k];
      if (item.kind === 'scale')
        expect(q).toMatchObject({
          type: 'SCALE',
          lowerBound: item.low,
          upperBound: item.high,
          leftLabel: item.lowLabel,
          rightLabel: item.highLabel,
        });
      if (item.kind === 'choice') expect(q).toMatchObject({ type: 'MULTIPLE_CHOICE', choices: item.options });
      if (item.kind === 'checkbox') expect(q).toMatchObject({ type: 'CHECKBOX', choices: item.options });
      if (item.kind === 'grid') expect(q).toMatchObject({ type: 'GRID', rows: item.rows, columns: item.columns });
      if (item.kind === 'number') {
        const between = item.min !== undefined && item.max !== undefined;
        expect(q).toMatchObject({
          type: 'TEXT',
          validation: { kind: 'TEXT', criteria: between ? 'NUMBER_BETWEEN' : 'NUMBER', values: between ? [item.min, item.max] : [] },
        });
      }
      if (item.kind === 'paragraph') expect(q.type).toBe('PARAGRAPH_TEXT');
      expect(q.required ?? false).toBe(item.required ?? false);
    });
    // The responses tab carries the questions as headers, grid rows as "Question [Row]".
    const responses = emulator.spreadsheet.getSheetByName('Form responses 1')!;
    const header = responses.getRange(1, 1, 1, responses.getLastColumn()).getValues()[0];
    expect(header[0]).toBe('Timestamp');
    expect(header.length).toBe(1 + items.reduce((n, i) => n + (i.kind === 'grid' ? i.rows.length : 1), 0));
  });

  it('explains every problem of a pasted template and builds nothing', () => {
    const { emulator, app } = world();
    const bad = JSON.parse(JSON.stringify(SENCO_WORKLOAD_WELLBEING));
    bad.sections[1].items[2].high = 11;
    const r = app.call('createSurveyFromTemplate', { json: JSON.stringify(bad) }) as { ok: false; problems: string[] };
    expect(r).toEqual({
      ok: false,
      problems: ['Item 10 ("How stressed do you feel in your SENCO role?"): a scale needs an upper bound from 3 to 10.'],
    });
    expect(emulator.forms.size).toBe(0);
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Notes']);
  });

  it('exports the template behind a response tab as JSON that imports again', () => {
    const { emulator, app } = world();
    app.call('createSurveyFromTemplate', { builtIn: SENCO_TIME_ROLE.id });
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Form responses 1')!);
    const exported = app.call('getTemplateForExport') as { ok: true; json: string };
    expect(JSON.parse(exported.json)).toEqual(SENCO_TIME_ROLE);
    expect(app.call('createSurveyFromTemplate', { json: exported.json })).toMatchObject({ ok: true, sheetName: 'Form responses 2' });
  });

  it('needs the forms scope, and only for this', () => {
    const { app } = world();
    expect(app.manifest!.oauthScopes).toContain('https://www.googleapis.com/auth/forms');
  });
});

/** Submits a generated table's rows to a form as respondents would (blank cells are skipped questions). */
describe('three schools answering one template', () => {
  let emulator: Emulator;
  let app: App;
  beforeAll(() => {
    ({ emulator, app } = world());
    const schools = [
      { name: 'Oak Primary', respondents: 40 },
      { name: 'Ash Academy', respondents: 35 },
      { name: 'Elm Special', respondents: 3 },
    ];
    const tables = generateTemplateResponses(SENCO_WORKLOAD_WELLBEING, schools);
    tables.forEach((t, i) => {
      const created = app.call('createSurveyFromTemplate', { builtIn: SENCO_WORKLOAD_WELLBEING.id }) as Created;
      submitAll(emulator, created, t.values, SENCO_WORKLOAD_WELLBEING);
      // Each school's copy lands in its own tab; the organiser names the tabs after the schools.
      emulator.spreadsheet.getSheetByName(created.sheetName)!.setName(schools[i].name);
    });
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Oak Primary')!);
    expect((app.clickMenuItem('Analyse') as { ok: boolean; message: string }).ok).toBe(true);
  });

  it('combines the tabs with a Source column and names them in the Summary', () => {
    const summary = emulator.spreadsheet.getSheetByName('Summary')!.getDataRange().getValues();
    expect(summary[0][0]).toBe('SENCO Time: SENCO workload and wellbeing (version 1.0)');
    expect(summary.find((r) => r[0] === 'Source')![1]).toMatch(
      /^Tabs "Elm Special", "Ash Academy", "Oak Primary" of Anyshire SENCO network, combined|^Tabs .*"Oak Primary".*combined/,
    );
    expect(summary.find((r) => r[0] === 'Respondents')![1]).toBe(78);
  });

  it('writes a Reliability tab whose alpha matches psych::alpha on the same answers', () => {
    const values = emulator.spreadsheet.getSheetByName('Reliability')!.getDataRange().getValues();
    const at = values.findIndex((r) => r[0] === 'Wellbeing');
    // R: psych::alpha(na.omit(w), check.keys=FALSE)$total$raw_alpha (see shared/analysis/templateAnalysis.test.ts)
    expect(values[at + 1][2]).toBeCloseTo(0.817362677718902, 12);
    expect(values[at + 1][1]).toBe(78);
  });

  it('suppresses the school of 3 in every comparison and names it only as left out', () => {
    const values = emulator.spreadsheet.getSheetByName('Comparisons')!.getDataRange().getValues();
    const head = values.findIndex((r) => r[0] === 'Grouping question');
    const bySource = values.slice(head + 1).filter((r) => r[0] === 'Source');
    expect(bySource.length).toBeGreaterThan(0);
    for (const r of bySource) {
      expect(String(r[10])).not.toContain('Elm Special');
      expect(r[11]).toBe('Elm Special');
    }
  });

  // Runs last in this block: it re-analyses with the organiser's choices.
  it("keeps questions chosen by header when the schools' tabs are combined, and Source as a grouping", () => {
    const chosen = ['How many hours a week are allocated to your SENCO role?', 'Are you a member of the senior leadership team?'];
    const run = app.call('analyseWithOptions', { columns: chosen, groupColumns: ['ARE YOU A MEMBER OF THE SENIOR LEADERSHIP TEAM?'] }) as {
      ok: boolean;
    };
    expect(run.ok).toBe(true);
    const comparisons = emulator.spreadsheet.getSheetByName('Comparisons')!.getDataRange().getValues();
    const head = comparisons.findIndex((r) => r[0] === 'Grouping question');
    const groupings = new Set(
      comparisons
        .slice(head + 1)
        .map((r) => r[0])
        .filter((g) => g !== ''),
    );
    expect([...groupings].filter((g) => g === 'Source' || g === chosen[1] || g === 'Which phase is your school?')).toEqual([
      'Source',
      chosen[1],
    ]);
    const distributions = JSON.stringify(emulator.spreadsheet.getSheetByName('Distributions')!.getDataRange().getValues());
    expect(distributions).toContain(chosen[0]);
    expect(distributions).not.toContain('How stressed');
  });
});
