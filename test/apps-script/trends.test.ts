// Compare with an earlier survey… in the BUILT add-on (dist/apps-script/Code.js) in the emulator: this year's
// responses (examples/template-survey/oak-primary.csv) against last year's (test/fixtures/surveys/earlier-year/oak-primary.csv),
// each in its own tab, matched by question wording (neither tab was made from a template here).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../cli/readCsv';
import { generateTemplateResponses } from '../../examples/generateTemplateResponses';
import { SENCO_WORKLOAD_WELLBEING } from '../../shared/templates/builtIn/sencoWorkloadWellbeing';
import { type App, chartBox, createEmulator, type Emulator, loadBundle } from '../emulator';
import { asSheetValues } from './sheetValues';
import { type Created, submitAll } from './templateForms';

const CODE = 'dist/apps-script/Code.js';
const MENU = 'Compare with an earlier survey…';
const WORKLOAD = 'How has your SENCO workload changed over the last year?';

beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

function csvValues(path: string): unknown[][] {
  const csv = readCsv(readFileSync(path));
  if (!csv.ok) throw new Error(csv.message);
  return asSheetValues(csv.rows);
}

function opened(sheets: { name: string; values: unknown[][] }[]): { emulator: Emulator; app: App } {
  const emulator = createEmulator({ spreadsheet: { name: 'SENCO network survey', sheets } });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  return { emulator, app };
}

const THIS_YEAR = { name: 'Form responses 1', values: csvValues('examples/template-survey/oak-primary.csv') };
const LAST_YEAR = { name: 'Responses 2025', values: csvValues('test/fixtures/surveys/earlier-year/oak-primary.csv') };
type Run = { ok: boolean; message: string; tabs?: string[] };

describe('Compare with an earlier survey…', () => {
  it('says in one sentence that there is nothing to compare with when there is no other responses tab', () => {
    const { emulator, app } = opened([THIS_YEAR]);
    app.clickMenuItem(MENU);
    expect(emulator.ui.dialogs).toHaveLength(0);
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([
      'There is no other responses tab to compare "Form responses 1" with: put the earlier survey\'s responses in a tab of this spreadsheet first (File → Import), then try again.',
    ]);
  });

  describe('with last year in another tab', () => {
    let emulator: Emulator;
    let app: App;
    beforeAll(() => {
      ({ emulator, app } = opened([THIS_YEAR, LAST_YEAR, { name: 'Notes', values: [['Room booked?'], ['Yes'], ['No']] }]));
    });
    const trendsTab = () => emulator.spreadsheet.getSheetByName('Trends');
    const workloadRow = () =>
      trendsTab()!
        .getDataRange()
        .getDisplayValues()
        .find((r) => r[0] === WORKLOAD);

    it('opens the dialog from the Survey menu, offering the other tabs', () => {
      app.clickMenuItem(MENU);
      expect(emulator.ui.dialogs.at(-1)).toMatchObject({ title: 'Compare with an earlier survey', modal: true });
      expect(app.call('getCompareChoices')).toEqual({
        ok: true,
        current: 'Form responses 1',
        tabs: [
          { name: 'Responses 2025', chosen: false },
          { name: 'Notes', chosen: false },
        ],
      });
    });

    it('refuses, in one sentence and writing nothing, a tab with none of the same questions', () => {
      const r = app.call('compareWithEarlier', ['Notes']) as Run;
      expect(r).toEqual({
        ok: false,
        message:
          'Nothing in "Notes" matches the questions of "Form responses 1": no scale or single-choice question is in both, by the template\'s question ids or by the same wording.',
      });
      expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Form responses 1', 'Responses 2025', 'Notes']);
    });

    it('writes a Trends tab with each question then and now, as R computes them', () => {
      emulator.calls.reset();
      const r = app.call('compareWithEarlier', ['Responses 2025']) as Run;
      // One read per survey, whatever the number of rows.
      expect(emulator.calls.count('Range.getValues')).toBe(2);
      expect(r.ok, r.message).toBe(true);
      expect(r.tabs).toContain('Trends');
      expect(r.message).toBe('Compared with the earlier survey in "Responses 2025": see the Trends tab.');
      expect(emulator.spreadsheet.getActiveSheet().getName()).toBe('Trends');
      // Without the template the scale has no words, so its top end is the top two points (4 or 5).
      // R 4.2.2 on the two CSVs (read.csv(check.names = FALSE, na.strings = "")): sum(x >= 4, na.rm = TRUE) is 9 of 36,
      // then 13 of 40; Newcombe method 10 from prop.test(13, 40, correct = FALSE)$conf.int and prop.test(9, 36, correct =
      // FALSE)$conf.int → 7.5000000000000009, −12.807734218793634, 26.637709785965136;
      // wilcox.test(later[[h]], earlier[[h]], exact = FALSE, correct = TRUE)$p.value → 0.13300118430349445
      expect(workloadRow()!.slice(0, 10)).toEqual([
        WORKLOAD,
        '25.0%',
        '32.5%',
        '4 or 5 on the 1–5 scale',
        '36',
        '40',
        '7.5',
        '-12.8',
        '26.6',
        '0.1330',
      ]);
    });

    it('charts each topic under its own table, hiding no figure and within a 1280 px window', () => {
      const sheet = trendsTab()!;
      const charts = sheet.getCharts();
      expect(charts.length).toBeGreaterThanOrEqual(3);
      for (const chart of charts) {
        const box = chartBox(sheet, chart);
        const covered = sheet.getRange(box.firstRow, box.firstColumn, box.lastRow - box.firstRow + 1, box.lastColumn - box.firstColumn + 1);
        expect(
          covered
            .getDisplayValues()
            .flat()
            .filter((v) => v !== ''),
          `${box.title} at ${box.a1}`,
        ).toEqual([]);
        expect(box.right, box.title).toBeLessThanOrEqual(1280);
      }
    });

    it('keeps the Trends tab when Analyse runs again, and ticks the tab chosen', () => {
      const r = app.clickMenuItem('Analyse') as Run;
      expect(r.ok, r.message).toBe(true);
      expect(workloadRow()?.[1]).toBe('25.0%');
      expect(app.call('getCompareChoices')).toMatchObject({
        tabs: [
          { name: 'Responses 2025', chosen: true },
          { name: 'Notes', chosen: false },
        ],
      });
    });

    it('keeps it when the sidebar saves other options, and removes it on Stop comparing', () => {
      expect((app.call('analyseWithOptions', { method: 'kendall' }) as Run).ok).toBe(true);
      expect(trendsTab()).not.toBeNull();
      expect((app.call('compareWithEarlier', []) as Run).ok).toBe(true);
      expect(trendsTab()).toBeNull();
      expect(app.call('getCompareChoices')).toMatchObject({ tabs: [{ chosen: false }, { chosen: false }] });
    });
  });

  it('compares a tab made from the same template by item id, and no longer combines it as another school', () => {
    const { emulator, app } = opened([{ name: 'Notes', values: [['network notes']] }]);
    const years = [
      { name: 'Oak 2026', values: generateTemplateResponses(SENCO_WORKLOAD_WELLBEING, [{ name: 'Oak', respondents: 40 }])[0].values },
      { name: 'Oak 2025', values: generateTemplateResponses(SENCO_WORKLOAD_WELLBEING, [{ name: 'Oak', respondents: 36 }], 2025)[0].values },
    ];
    for (const year of years) {
      const created = app.call('createSurveyFromTemplate', { builtIn: SENCO_WORKLOAD_WELLBEING.id }) as Created;
      submitAll(emulator, created, year.values, SENCO_WORKLOAD_WELLBEING);
      emulator.spreadsheet.getSheetByName(created.sheetName)!.setName(year.name);
    }
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Oak 2026')!);
    const respondents = () =>
      emulator.spreadsheet
        .getSheetByName('Summary')!
        .getDataRange()
        .getValues()
        .find((r) => r[0] === 'Respondents')![1];
    // Two tabs of one template are two schools, until one is chosen as the earlier survey.
    expect((app.clickMenuItem('Analyse') as Run).ok).toBe(true);
    expect(respondents()).toBe(76);
    // The organiser opens the dialog from this year's tab.
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Oak 2026')!);
    const r = app.call('compareWithEarlier', ['Oak 2025']) as Run;
    expect(r.ok, r.message).toBe(true);
    expect(respondents()).toBe(40);
    const trends = emulator.spreadsheet.getSheetByName('Trends')!.getDataRange().getDisplayValues();
    expect(trends[0][0]).toBe('This survey (40 respondents) against the earlier one (Tab "Oak 2025": 36 respondents)');
    expect(trends.some((row) => row[0] === WORKLOAD)).toBe(true);
    // Analyse again from the Trends tab: the same two surveys, never the earlier one as this year's.
    expect((app.clickMenuItem('Analyse') as Run).message).toMatch(/^Analysed 40 responses from "Oak 2026"/);
  });
});
