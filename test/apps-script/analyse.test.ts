// The BUILT add-on (dist/apps-script/Code.js, made by `npm run build`) in the Apps Script emulator.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLikertTable } from '../../bench/likert';
import { createEmulator, type Emulator, loadBundle } from '../emulator';
import { asSeed, sampleSurveyValues } from './sheetValues';

const CODE = 'dist/apps-script/Code.js';
const REPORT_TABS = ['Summary', 'Distributions', 'Correlations', 'Comparisons', 'Comments'];

beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

function world(values: unknown[][], extraSheets: { name: string; values: unknown[][] }[] = []) {
  const emulator = createEmulator({
    spreadsheet: { name: 'SENCO network survey', sheets: [{ name: 'Form responses 1', values: asSeed(values) }, ...extraSheets] },
  });
  const app = loadBundle(emulator, CODE);
  // The menu exists once the spreadsheet has opened, as for a user; the counts start after that.
  app.call('onOpen', { authMode: 'NONE' });
  emulator.calls.reset();
  return { emulator, app };
}

const tab = (emulator: Emulator, name: string) => emulator.spreadsheet.getSheetByName(name)!;
const names = (emulator: Emulator) => emulator.spreadsheet.getSheets().map((s) => s.getName());

describe('the add-on menu', () => {
  it('is built in AuthMode.NONE, touching nothing but the menu', () => {
    const { emulator } = world(sampleSurveyValues());
    // The sub-menus' shape is in menu.test.ts; here every item, flattened, and its function.
    expect(emulator.ui.menuItems().map((m) => [m.caption, m.functionName])).toEqual([
      ['Start here…', 'showWelcome'],
      ['Analyse', 'analyse'],
      ['Open report', 'showReport'],
      ['Analysis options…', 'showOptions'],
      ['Compare with an earlier survey…', 'showCompare'],
      ['New survey from template…', 'showNewSurvey'],
      ['Export template…', 'showExportTemplate'],
      ['Set up workload tracker', 'setUpTracker'],
      ['Refresh workload', 'refreshWorkloadNow'],
      ['Clip settings…', 'showClipSettings'],
      ['Export network summary…', 'showNetworkSummary'],
      ['Summary for senior leaders…', 'showLeadersSummary'],
      ['Email me what is due…', 'toggleDueDigest'],
      ['Tidy old tasks…', 'tidyOldTasksNow'],
    ]);
    expect(emulator.calls.count('Range.getValues')).toBe(0);
  });
  it('declares V8, Europe/London and only the narrow scopes (forms only to build template surveys)', () => {
    const { app } = world([['Q']]);
    expect(app.manifest).toMatchObject({
      runtimeVersion: 'V8',
      timeZone: 'Europe/London',
      oauthScopes: [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/forms',
        // Only for the tracker's opt-in daily e-mail: its trigger, sending it, and the address to send it to.
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/userinfo.email',
      ],
    });
  });
});

describe('Analyse on the sample survey', () => {
  const responses = sampleSurveyValues();
  let emulator: Emulator;
  beforeAll(() => {
    const w = world(responses);
    emulator = w.emulator;
    const result = w.app.clickMenuItem('Analyse') as { ok: boolean; message: string };
    expect(result).toMatchObject({ ok: true, message: 'Analysed 150 responses from "Form responses 1": see the Summary tab.' });
  });

  it('adds the five report tabs after the responses, and toasts while it works', () => {
    expect(names(emulator)).toEqual(['Form responses 1', ...REPORT_TABS]);
    expect(emulator.spreadsheet.toasts.map((t) => t.message)).toEqual([
      'Analysing the responses…',
      'Analysed 150 responses from "Form responses 1": see the Summary tab.',
    ]);
  });

  it('leaves the responses exactly as they were', () => {
    expect(tab(emulator, 'Form responses 1').getDataRange().getValues()).toEqual(responses);
  });

  it('reads the responses once and writes each tab with one setValues', () => {
    expect(emulator.calls.count('Range.getValues')).toBe(1);
    for (const name of REPORT_TABS) expect(emulator.calls.countOn('Range.setValues', name), name).toBe(1);
  });

  it('writes the workload item as R computes it, percentages formatted as percentages', () => {
    const sheet = tab(emulator, 'Distributions');
    const values = sheet.getDataRange().getValues();
    const r = values.findIndex((row) => row[0] === 'How has your workload changed since last year?');
    const header = values[r - 1];
    const top = header.indexOf('Top answer');
    // R: sum(w==5, na.rm=TRUE)/sum(!is.na(w)) = 93/146; prop.test(93, 146, correct=FALSE)$conf.int
    expect(values[r][top]).toBeCloseTo(93 / 146, 12);
    expect(values[r][top + 1]).toBeCloseTo(0.556400043686873, 10);
    expect(values[r][top + 2]).toBeCloseTo(0.71054877218034, 10);
    expect(sheet.getRange(r + 1, top + 1).getNumberFormat()).toBe('0.0%');
    expect(sheet.getRange(r + 1, 2).getNumberFormat()).toBe('0.0%');
    // The first table's header row (row 3, under the title and a blank row) stays in view.
    expect(sheet.getFrozenRows()).toBe(values.findIndex((row) => row[0] === 'Question') + 1);
  });

  it('charts each scale group as a percent-stacked bar in a diverging palette', () => {
    const charts = tab(emulator, 'Distributions')
      .getCharts()
      .filter((c) => c.spec.options.isStacked === 'percent');
    // Three groups of scale items share their levels in the sample: 1–5, agreement, frequency.
    expect(charts.length).toBe(3);
    expect(charts[0].spec).toMatchObject({
      type: 'BAR',
      options: expect.objectContaining({ isStacked: 'percent', colors: ['#b2182b', '#f4a582', '#e0e0e0', '#92c5de', '#2166ac'] }),
    });
  });

  it('colours the correlation matrix red–white–blue from −1 to 1 and bolds significant cells', () => {
    const sheet = tab(emulator, 'Correlations');
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].spec).toMatchObject({
      gradient: {
        min: { color: '#b2182b', type: 'NUMBER', value: '-1' },
        mid: { color: '#f7f7f7', type: 'NUMBER', value: '0' },
        max: { color: '#2166ac', type: 'NUMBER', value: '1' },
      },
    });
    const values = sheet.getDataRange().getValues();
    const head = values.findIndex((row) => row[0] === '' && String(row[1]).startsWith('How has your workload'));
    // psych::corr.test(d[, 4:13], method="spearman")$r[1,3]: workload ↔ stress = 0.4459…, significant after Holm
    expect(values[head + 1][3]).toBeCloseTo(0.445905059058707, 12);
    expect(sheet.getRange(head + 2, 4).getFontWeight()).toBe('bold');
    expect(sheet.getRange(head + 2, 4).getNumberFormat()).toBe('0.00');
    expect(sheet.getFrozenRows()).toBe(head + 1);
  });

  it('keeps comments that look like formulas as text', () => {
    const sheet = tab(emulator, 'Comments');
    const values = sheet
      .getDataRange()
      .getValues()
      .map((r) => r[1]);
    expect(values).toContain('=more protected time, less paperwork');
    expect(values).toContain('- more admin time please');
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  });

  it('never copies an e-mail address into the report', () => {
    for (const name of REPORT_TABS) {
      expect(JSON.stringify(tab(emulator, name).getDataRange().getValues())).not.toMatch(/@school\.example/);
    }
  });
});

describe('running Analyse again', () => {
  it('rewrites only its own tabs, in place, and never duplicates them', () => {
    const { emulator, app } = world(sampleSurveyValues(), [{ name: 'Notes', values: [['my notes']] }]);
    app.clickMenuItem('Analyse');
    const ids = REPORT_TABS.map((n) => tab(emulator, n).getSheetId());
    const charts = REPORT_TABS.map((n) => tab(emulator, n).getCharts().length);
    tab(emulator, 'Summary').getRange(60, 1).setValue('stale text');
    app.clickMenuItem('Analyse');
    expect(names(emulator)).toEqual(['Form responses 1', 'Notes', ...REPORT_TABS]);
    expect(REPORT_TABS.map((n) => tab(emulator, n).getSheetId())).toEqual(ids);
    expect(tab(emulator, 'Summary').getRange(60, 1).getValue()).toBe('');
    expect(tab(emulator, 'Notes').getDataRange().getValues()).toEqual([['my notes']]);
    expect(REPORT_TABS.map((n) => tab(emulator, n).getCharts().length)).toEqual(charts);
  });

  it('does not fail when the user already has a tab called Summary', () => {
    const { emulator, app } = world(sampleSurveyValues(), [{ name: 'Summary', values: [['the head’s summary']] }]);
    const result = app.clickMenuItem('Analyse') as { ok: boolean };
    expect(result.ok).toBe(true);
    expect(names(emulator)).toContain('Summary (SENCO Time)');
    expect(tab(emulator, 'Summary').getDataRange().getValues()).toEqual([['the head’s summary']]);
  });
});

describe('awkward sheets: one clear message, nothing written', () => {
  it.each([
    ['an empty sheet', [[]], 'Tab "Form responses 1": The sheet is empty'],
    ['a header row only', [['Timestamp', 'Stress (1–5)']], 'Tab "Form responses 1": There is a header row but no responses yet'],
    [
      'identifiers only',
      [
        ['Timestamp', 'Email address'],
        [new Date(), 'a@b.example'],
      ],
      'Tab "Form responses 1": Nothing here can be analysed',
    ],
  ])('%s', (_name, values, start) => {
    const { emulator, app } = world(values as unknown[][]);
    const result = app.clickMenuItem('Analyse') as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message.startsWith(start)).toBe(true);
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([result.message]);
    expect(names(emulator)).toEqual(['Form responses 1']);
  });

  it('analyses one respondent, a column of blanks, and numbers mixed with text', () => {
    const values = [
      ['Stress (1–5)', 'Left blank', 'Hours a week'],
      [4, '', '3 or 4'],
    ];
    const { emulator, app } = world(values);
    expect((app.clickMenuItem('Analyse') as { ok: boolean }).ok).toBe(true);
    const summary = tab(emulator, 'Summary').getDataRange().getValues().flat().join('\n');
    expect(summary).toContain('With only 1 respondents');
  });
});

describe('speed: calls do not grow with the number of responses', () => {
  it('makes the same service calls for 150 and for 15,000 responses', () => {
    const counts = [150, 15_000].map((n) => {
      const { emulator, app } = world(generateLikertTable(n, 20, { seed: 3 }));
      app.clickMenuItem('Analyse');
      return {
        total: emulator.calls.total,
        reads: emulator.calls.count('Range.getValues'),
        writes: emulator.calls.count('Range.setValues'),
      };
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0].reads).toBe(1);
    expect(counts[0].writes).toBe(5);
  });
});

describe('Analysis options', () => {
  it('opens a sidebar titled SENCO Time', () => {
    const { emulator, app } = world(sampleSurveyValues());
    app.clickMenuItem('Analysis options…');
    expect(emulator.ui.sidebars).toHaveLength(1);
    expect(emulator.ui.sidebars[0].title).toBe('SENCO Time');
  });
  it('gives the sidebar plain data only (no Dates can cross google.script.run)', () => {
    const { app } = world(sampleSurveyValues());
    const state = app.call('getSidebarState') as Record<string, unknown>;
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state).toMatchObject({ sheetName: 'Form responses 1', sheets: ['Form responses 1'] });
  });
  it('saves valid options and uses them on the next Analyse', () => {
    const { emulator, app } = world(sampleSurveyValues());
    expect(app.call('saveOptions', { method: 'kendall', adjust: 'bh' })).toMatchObject({ ok: true });
    app.clickMenuItem('Analyse');
    const summary = tab(emulator, 'Summary').getDataRange().getValues();
    expect(summary.find((r) => r[0] === 'Correlations')![1]).toBe('Kendall tau-b, p adjusted with Benjamini–Hochberg correction');
  });
  it('refuses invalid options with a sentence, and keeps the old ones', () => {
    const { app } = world(sampleSurveyValues());
    app.call('saveOptions', { method: 'pearson' });
    const bad = app.call('saveOptions', { method: 'magic' }) as { ok: boolean; message: string };
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/^The analysis options could not be used: "method" is not valid/);
    expect((app.call('getSidebarState') as { options: unknown }).options).toEqual({ method: 'pearson' });
  });
  it('analyses with a scale order the organiser gave for labels it did not recognise', () => {
    const values = [['Workload feels'], ...['Light', 'Heavy', 'Crushing', 'Heavy', 'Light', 'Crushing', 'Heavy'].map((x) => [x])];
    const { emulator, app } = world(values);
    const result = app.call('analyseWithOptions', { scaleOrders: { 'Workload feels': ['Light', 'Heavy', 'Crushing'] } }) as { ok: boolean };
    expect(result.ok).toBe(true);
    const dist = tab(emulator, 'Distributions').getDataRange().getValues();
    expect(dist.find((r) => r[0] === 'Question')!.slice(1, 4)).toEqual(['Light', 'Heavy', 'Crushing']);
  });
});

describe('near Google’s 10-million-cell limit', () => {
  it('refuses before writing anything, in one sentence, rather than failing part-way', () => {
    const { emulator, app } = world(sampleSurveyValues());
    // Another tab already fills the spreadsheet close to Google's 10-million-cell limit.
    emulator.spreadsheet.insertSheet('Archive').insertRowsAfter(1000, 380_000 - 1000);
    const result = app.clickMenuItem('Analyse') as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^The report would take this spreadsheet past Google’s limit of 10 million cells/);
    expect(emulator.ui.alerts).toHaveLength(1);
    expect(names(emulator)).toEqual(['Form responses 1', 'Archive']);
  });
});
