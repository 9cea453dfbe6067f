// The report tabs as a user sees them in Google Sheets: the BUILT add-on (dist/apps-script/Code.js) in the emulator.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { boxesMeet, type ChartBox, chartBox, createEmulator, type Emulator, loadBundle, type Sheet } from '../emulator';
import { asSeed, sampleSurveyValues } from './sheetValues';

const CODE = 'dist/apps-script/Code.js';
const REPORT_TABS = ['Summary', 'Distributions', 'Correlations', 'Comparisons', 'Comments'];
/** A chart's right edge must be within a 1280-px-wide window's worth of columns (a small laptop, maximised). */
const VIEW_WIDTH = 1280;

beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

function analysed(values: unknown[][], options: { plainTextKeepsFormulas?: boolean } = {}): Emulator {
  const emulator = createEmulator({
    ...options,
    spreadsheet: { name: 'SENCO network survey', sheets: [{ name: 'Form responses 1', values }] },
  });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  const result = app.clickMenuItem('Analyse') as { ok: boolean; message: string };
  if (!result.ok) throw new Error(`Analyse failed: ${result.message}`);
  return emulator;
}

const tab = (emulator: Emulator, name: string): Sheet => emulator.spreadsheet.getSheetByName(name)!;

/** The last filled column (1-based) of a row: the right edge of the table whose header it is. */
function lastFilledColumn(sheet: Sheet, row: number): number {
  const cells = sheet.getRange(row, 1, 1, sheet.getMaxColumns()).getDisplayValues()[0];
  return cells.reduce((last, v, i) => (v !== '' ? i + 1 : last), 0);
}

/** Passes when there are no problems; otherwise fails with them, one per line. */
function expectNone(problems: string[]): void {
  expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
}

/** Every way a tab's charts are badly placed, one sentence each, so that a failure reads as a list of problems. */
function chartProblems(sheet: Sheet): string[] {
  const problems: string[] = [];
  const boxes: ChartBox[] = [];
  for (const chart of sheet.getCharts()) {
    const box = chartBox(sheet, chart);
    const data = chart.getRanges()[0];
    const tableEnd = lastFilledColumn(sheet, data.getRow());
    const where = `${sheet.getName()}: chart "${box.title}" at ${box.a1}`;
    if (box.firstColumn > tableEnd + 1)
      problems.push(`${where} starts in column ${box.firstColumn}, past its table's last column (${tableEnd}) + 1.`);
    if (box.right > VIEW_WIDTH) problems.push(`${where} ends ${box.right} px from column A, past ${VIEW_WIDTH} px.`);
    const covered = sheet
      .getRange(box.firstRow, box.firstColumn, box.lastRow - box.firstRow + 1, box.lastColumn - box.firstColumn + 1)
      .getDisplayValues();
    const hidden = covered.flat().filter((v) => v !== '');
    if (hidden.length > 0) problems.push(`${where} hides ${hidden.length} filled cell(s), the first "${hidden[0]}".`);
    if (box.firstRow <= sheet.getFrozenRows()) problems.push(`${where} starts in the frozen rows (1–${sheet.getFrozenRows()}).`);
    for (const other of boxes) if (boxesMeet(box, other)) problems.push(`${where} overlaps chart "${other.title}" at ${other.a1}.`);
    boxes.push(box);
  }
  return problems;
}

describe('the report tabs of the sample survey', () => {
  let emulator: Emulator;
  beforeAll(() => {
    emulator = analysed(asSeed(sampleSurveyValues()));
  });

  it('leaves the Summary tab on screen, as the closing toast says', () => {
    expect(emulator.spreadsheet.getActiveSheet().getName()).toBe('Summary');
  });

  it('places every chart clear of the others and of every figure, beside or under its own table, within view', () => {
    expectNone(REPORT_TABS.flatMap((name) => chartProblems(tab(emulator, name))));
  });

  it('charts each single-choice and tick-box question beside its own table', () => {
    const sheet = tab(emulator, 'Distributions');
    const byTitle = new Map(sheet.getCharts().map((c) => [String(c.getOptions().get('title')), c]));
    // examples/sample-survey.csv: two single-choice questions and one tick-box question.
    for (const question of [
      'Which phase is your school?',
      'Are you on the senior leadership team?',
      'Which tasks take most of your SENCO time?',
    ]) {
      const title = [...byTitle.keys()].find((t) => t.startsWith(question));
      expect(title, `a chart titled "${question} …" among ${JSON.stringify([...byTitle.keys()])}`).toBeDefined();
      const chart = byTitle.get(title!)!;
      const data = chart.getRanges()[0];
      expect(data.getDisplayValues()[0], `header of the data of "${title}"`).toEqual(['Answer', '% of those who answered']);
      expect(chart.getContainerInfo().getAnchorColumn(), `"${title}" sits right after its table (columns A–E)`).toBe(6);
      expect(chart.getContainerInfo().getAnchorRow(), `"${title}" starts at its first answer`).toBe(data.getRow() + 1);
    }
    // R: table(d[[3]]) — Primary is the first answer of "Which phase is your school?"
    const phase = byTitle.get([...byTitle.keys()].find((t) => t.startsWith('Which phase'))!)!;
    expect(phase.getRanges()[0].getDisplayValues()[1][0]).toBe('Primary');
  });

  it('draws one grouped bar chart per grouping question on Comparisons, one series per group', () => {
    const charts = tab(emulator, 'Comparisons').getCharts();
    // The sample's grouping questions. R: table(d[[3]]) has Alternative provision = 3, under 5: left out, and its
    // 3 answers could be worked out from exact means, so that chart shows medians; table(d[[21]]) has No and Yes.
    const expected = [
      ['Median', 'Which phase is your school?', ['Primary', 'Secondary', 'Special', 'All-through']],
      ['Mean', 'Are you on the senior leadership team?', ['No', 'Yes']],
    ] as const;
    expect(charts.map((c) => c.getOptions().get('title'))).toEqual(
      expected.map(([a, q]) => `${a} answer by ${q} (1 = lowest answer, 5 = highest)`),
    );
    charts.forEach((chart, i) => {
      const [average, question, groups] = expected[i];
      const data = chart.getRanges()[0].getValues();
      expect(data[0]).toEqual(['Question', ...groups]);
      const blanks = data.slice(1).flatMap((row) =>
        row
          .slice(1)
          .filter((v) => typeof v !== 'number')
          .map(() => row[0]),
      );
      expect(blanks, `items of "${question}" with a group's ${average.toLowerCase()} missing`).toEqual([]);
      expect(chart.getOptions().get('isStacked')).toBe(false);
      if (average === 'Mean') {
        // R 4.2: tapply(d[[4]], d[[21]], mean, na.rm = TRUE): No 4.438356, Yes 4.459016
        const workload = data.find((row) => row[0] === 'How has your workload changed since last year?')!;
        expect(workload[1]).toBeCloseTo(4.438356, 6);
        expect(workload[2]).toBeCloseTo(4.459016, 6);
      }
      // Every item compared in the sample is a five-point scale: the bars run from its lowest code to its highest.
      expect(chart.getOptions().get('hAxis')).toEqual({ viewWindow: { min: 1, max: 5 }, title: `${average} answer` });
      expect((chart.getOptions().get('colors') as string[]).length).toBe(groups.length);
    });
  });

  it('bolds every table header and freezes the first table header of each tab', () => {
    const problems: string[] = [];
    const headers: Record<string, string> = {
      Distributions: 'Question',
      Correlations: 'Question A',
      Comparisons: 'Grouping question',
      Comments: 'Question',
    };
    for (const [name, first] of Object.entries(headers)) {
      const sheet = tab(emulator, name);
      const values = sheet.getDataRange().getDisplayValues();
      values.forEach((row, r) => {
        if (row[0] !== first) return;
        const width = lastFilledColumn(sheet, r + 1);
        const weights = sheet.getRange(r + 1, 1, 1, width).getFontWeights()[0];
        if (weights.some((w) => w !== 'bold'))
          problems.push(`${name} row ${r + 1} ("${row.slice(0, width).join(' | ')}") is not bold throughout.`);
      });
      // Tables that feed a chart are found by the chart's data: its first row is that table's header.
      for (const chart of sheet.getCharts()) {
        const row = chart.getRanges()[0].getRow();
        const data = chart.getRanges()[0];
        const weights = sheet.getRange(row, data.getColumn(), 1, lastFilledColumn(sheet, row) - data.getColumn() + 1).getFontWeights()[0];
        if (weights.some((w) => w !== 'bold'))
          problems.push(
            `${name} row ${row}, the header of the data of chart "${chart.getOptions().get('title')}", is not bold throughout.`,
          );
      }
      const frozen = sheet.getFrozenRows();
      if (frozen === 0 || sheet.getRange(frozen, 1).getFontWeight() !== 'bold')
        problems.push(`${name} freezes ${frozen} rows, not down to a bold header row.`);
    }
    expectNone(problems);
  });

  it('shows scale medians in the scale’s words and number medians without trailing zeros', () => {
    const values = tab(emulator, 'Distributions').getDataRange().getDisplayValues();
    const median = (question: string) => {
      const r = values.findIndex((row) => row[0].startsWith(question));
      const head = values
        .slice(0, r)
        .map((row, i) => [row, i] as const)
        .filter(([row]) => row[0] === 'Question')
        .pop()!;
      return values[r][head[0].indexOf('Median')];
    };
    // R 4.2: median(as.integer(factor(d[[14]], levels = <agreement>)), na.rm = TRUE) = 2, "Disagree"
    expect(median('I have enough time')).toBe('Disagree');
    // R 4.2: median(d[[4]], na.rm = TRUE) = 5, whose header names it "greatly increased"
    expect(median('How has your workload changed')).toBe('5 (greatly increased)');
    // R 4.2: median(d[[20]], na.rm = TRUE) = 7.75
    expect(median('How many hours a week')).toBe('7.75');
  });

  it('shows a p-value below 0.0001 as "< 0.0001" and keeps the number in the cell', () => {
    const sheet = tab(emulator, 'Correlations');
    const values = sheet.getDataRange().getValues();
    const shown = sheet.getDataRange().getDisplayValues();
    const r = values.findIndex(
      (row) =>
        [row[0], row[1]].sort().join('|') ===
        ['How has your workload changed since last year?', 'How stressed do you feel in your SENCO role?'].join('|'),
    );
    const p = values[values.findIndex((row) => row[0] === 'Question A')].indexOf('p');
    // R 4.2: cor.test(d[[4]], d[[6]], method = "spearman", exact = FALSE)$p.value = 1.901941e-08
    expect(values[r][p]).toBeCloseTo(1.901941e-8, 13);
    expect(shown[r][p]).toBe('< 0.0001');
    expect(shown[r][p + 1]).toBe('< 0.0001');
  });
});

describe('a number median that is whole', () => {
  it('shows as "4", not "4.00"', () => {
    // R 4.2: median(c(2, 4, 6, 8, 3)) = 4
    const emulator = analysed([['Hours of SENCO time a week'], [2], [4], [6], [8], [3]]);
    const values = tab(emulator, 'Distributions').getDataRange().getDisplayValues();
    const head = values.findIndex((row) => row[0] === 'Question');
    expect(values[head + 1][values[head].indexOf('Median')]).toBe('4');
  });
});

describe('hostile answers, end to end', () => {
  // OWASP "CSV Injection": answers and headers that begin with = + - @, a tab or a carriage return.
  const phase = '=HYPERLINK("http://evil.example","Phase")';
  const groups = ['=HYPERLINK("http://evil.example","click")', '+Primary', '-Secondary', '@Special'];
  // A leading tab or carriage return reaches no tab: answers are trimmed when read (asSheetText.test.ts covers them).
  const comments = ['=1+2', '+1 to more admin time', '-3', '@SUM(A1)', '\tTabbed', '\rReturned'];
  // Each comment different, as free text is: a column of a few repeated answers would read as a choice.
  const comment = (i: number) => `${comments[i % comments.length]} (respondent ${i + 1})`;
  const rows = Array.from({ length: 24 }, (_, i) => [groups[i % 4], 1 + (i % 5), 1 + ((i * 3) % 5), comment(i)]);
  // Forms stores every answer as text: seeded with the apostrophe that typing them would need.
  const seed = [
    [`'${phase}`, 'Stress (1–5)', 'Workload (1–5)', 'Any other comments?'],
    ...rows.map(([g, a, b, c]) => [`'${g}`, a, b, `'${c}`]),
  ];
  let emulator: Emulator;
  beforeAll(() => {
    // Without the plain-text format's (unconfirmed) protection: the apostrophe alone must keep them text.
    emulator = analysed(seed, { plainTextKeepsFormulas: false });
  });

  it('writes no formula into any report tab', () => {
    const formulas = REPORT_TABS.flatMap((name) =>
      tab(emulator, name)
        .getDataRange()
        .getFormulas()
        .flat()
        .filter(Boolean)
        .map((f) => `${name}: ${f}`),
    );
    expectNone(formulas);
  });

  it('shows each hostile text exactly as answered, with no apostrophe in sight', () => {
    const shown = (name: string) => tab(emulator, name).getDataRange().getDisplayValues().flat();
    expect(shown('Summary')).toContain(phase);
    for (const g of groups) expect(shown('Distributions'), g).toContain(g);
    expect(shown('Comparisons')).toContain(phase);
    for (const g of groups)
      expect(
        shown('Comparisons').some((v) => v.includes(g)),
        g,
      ).toBe(true);
    for (let i = 0; i < 4; i++) expect(shown('Comments'), JSON.stringify(comment(i))).toContain(comment(i));
    const apostrophes = REPORT_TABS.flatMap((name) =>
      shown(name)
        .filter((v) => v.startsWith("'"))
        .map((v) => `${name}: ${v}`),
    );
    expectNone(apostrophes);
  });

  it('keeps the charts over those answers clear of each other', () => {
    expectNone(REPORT_TABS.flatMap((name) => chartProblems(tab(emulator, name))));
  });
});
