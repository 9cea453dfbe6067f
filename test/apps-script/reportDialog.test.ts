// Open report in the BUILT add-on (dist/apps-script/Code.js) in the emulator: the sentence before Analyse, the
// modeless dialog after it, and the page's size for a 10,000-respondent, 60-question survey with comments.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLikertTable } from '../../bench/likert';
import { createEmulator, loadBundle } from '../emulator';
import { asSeed, sampleSurveyValues } from './sheetValues';

const CODE = 'dist/apps-script/Code.js';
/** The add-on's own budget for the dialog page (Google documents no limit: docs/sheets-report-dialog.md). */
const PAGE_BUDGET = 1_000_000;

beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

function world(values: unknown[][]) {
  const emulator = createEmulator({
    spreadsheet: { name: 'SENCO network survey', sheets: [{ name: 'Form responses 1', values: asSeed(values) }] },
  });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  return { emulator, app };
}

describe('Open report', () => {
  it('before Analyse says so in one sentence and opens nothing', () => {
    const { emulator, app } = world(sampleSurveyValues());
    app.call('showReport');
    expect(emulator.ui.dialogs).toEqual([]);
    expect(emulator.ui.alerts).toEqual([
      {
        title: 'SENCO Time',
        prompt: 'Run Analyse first (Extensions → SENCO Time → Analyse): the report shows its results.',
        buttons: 'OK',
      },
    ]);
  });

  it('after Analyse shows the report in a 1000 × 700 modeless dialog with Print / Save as PDF', () => {
    const { emulator, app } = world(sampleSurveyValues());
    expect(app.call('analyse')).toMatchObject({ ok: true });
    app.call('showReport');
    expect(emulator.ui.alerts).toEqual([]);
    // The first Analyse in a spreadsheet also shows the welcome, once; the report comes after it.
    expect(emulator.ui.dialogs.map((d) => d.title)).toEqual(['Welcome to SENCO Time', 'SENCO Time: survey analysis']);
    const dialog = emulator.ui.dialogs.at(-1)!;
    expect(dialog).toMatchObject({ modal: false, width: 1000, height: 700, title: 'SENCO Time: survey analysis' });
    // examples/sample-survey.csv holds 150 responses.
    expect(dialog.content).toContain('<b>150 respondents</b>');
    expect(dialog.content).toContain('Tab &quot;Form responses 1&quot; of SENCO network survey');
    expect(dialog.content).toContain('>Print / Save as PDF</button>');
    expect(dialog.content).toContain('<h2>Key findings</h2>');
    // The sample has under 200 different comments: all shown, no cap note.
    expect(dialog.content).not.toContain('Only the 200 answers given most often');
  });

  it('keeps a 10,000 × 60 survey with two comment questions under its budget, capping the comments with a note', {
    timeout: 300_000,
  }, () => {
    const values = generateLikertTable(10_000, 60) as unknown[][];
    values[0].push('Any other comments?', 'What would help most?');
    // 10,000 different answers to one question; to the other, "Idea i" for the 3,333 multiples of 3 and one answer repeated 6,667 times (3,334 different).
    for (let i = 1; i < values.length; i++)
      values[i].push(`Comment number ${i}: the paperwork takes most of my week`, i % 3 ? 'More admin time' : `Idea ${i}`);
    const { emulator, app } = world(values);
    expect(app.call('analyse')).toMatchObject({ ok: true });
    const started = performance.now();
    app.call('showReport');
    const seconds = (performance.now() - started) / 1000;
    const dialog = emulator.ui.dialogs.at(-1)!;
    expect(dialog.content).toContain('<b>10000 respondents</b>');
    console.log(
      `Open report, 10,000 × 60 + 2 comment questions: ${dialog.content.length} characters, ${seconds.toFixed(1)} s in the emulator`,
    );
    expect(dialog.content.length).toBeLessThan(PAGE_BUDGET);
    expect(
      dialog.content.match(/Only the 200 answers given most often are shown here; the Comments tab lists every answer\./g),
    ).toHaveLength(2);
    // The repeated answer leads its list with its count; the 201st different answer is not shown.
    expect(dialog.content).toContain('More admin time <span class="times">× 6667</span>');
    expect(dialog.content).toContain('Comment number 200: the paperwork');
    expect(dialog.content).not.toContain('Comment number 201: the paperwork');
    // Every answer is still on the Comments tab (header row, then one row per answer or per different answer).
    expect(emulator.spreadsheet.getSheetByName('Comments')!.getDataRange().getValues().flat()).toContain(
      'Comment number 10000: the paperwork takes most of my week',
    );
  });
});
