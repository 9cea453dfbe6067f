import { describe, expect, it } from 'vitest';
import { createEmulator } from './index';

/* eslint-disable @typescript-eslint/no-explicit-any -- the globals are the script's untyped view */
function setup(rows: number) {
  const values = Array.from({ length: rows }, (_, i) => [i, `answer ${i}`, i % 5]);
  const emulator = createEmulator({ gridBounds: 'grow', spreadsheet: { sheets: [{ name: 'Form responses 1', values }] } });
  return { emulator, SpreadsheetApp: emulator.globals.SpreadsheetApp as any };
}

/** What an add-on entry point should do: read once, compute in arrays, write once per tab. */
function analyseLike(SpreadsheetApp: any) {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const values = ss.getSheetByName('Form responses 1').getDataRange().getValues();
  const out = values.map((r: unknown[]) => [r[0], Number(r[2]) * 2]);
  const summary = ss.insertSheet('Summary');
  summary.getRange(1, 1, out.length, 2).setValues(out);
  summary.getRange(1, 1, 1, 2).setFontWeight('bold');
}

describe('service call counting', () => {
  // docs/apps-script.md, Limits: read once, work on arrays, write once — the counts make it checkable.
  it('counts each method call by Class.method, with the tab it touched', () => {
    const { emulator, SpreadsheetApp } = setup(10);
    analyseLike(SpreadsheetApp);
    expect(emulator.calls.byMethod).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Spreadsheet.insertSheet': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.setFontWeight': 1,
    });
    expect(emulator.calls.total).toBe(9);
    expect(emulator.calls.countOn('Range.setValues', 'Summary')).toBe(1);
    expect(emulator.calls.sequence('Range.')).toEqual(['Range.getValues', 'Range.setValues', 'Range.setFontWeight']);
  });

  it('makes the same number of calls for 10 rows and 5,000 rows when the script batches', () => {
    const small = setup(10);
    const large = setup(5_000);
    analyseLike(small.SpreadsheetApp);
    analyseLike(large.SpreadsheetApp);
    expect(large.emulator.calls.total).toBe(small.emulator.calls.total);
  });

  it('shows a per-cell loop for what it is', () => {
    const { emulator, SpreadsheetApp } = setup(100);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    for (let r = 1; r <= 100; r++) sheet.getRange(r, 4).setValue(r);
    expect(emulator.calls.count('Range.setValue')).toBe(100);
  });

  it('does not count what tests do on the raw spreadsheet, and can be reset', () => {
    const { emulator, SpreadsheetApp } = setup(3);
    emulator.spreadsheet.getSheets()[0].getDataRange().getValues();
    expect(emulator.calls.total).toBe(0);
    SpreadsheetApp.flush();
    expect(emulator.calls.count('SpreadsheetApp.flush')).toBe(1);
    emulator.calls.reset();
    expect(emulator.calls.total).toBe(0);
  });
});

describe('what the script can see', () => {
  // Apps Script service objects expose only their documented methods and enums.
  it("exposes methods and enums, not the emulator's fields", () => {
    const { SpreadsheetApp } = setup(1);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    expect(typeof ss.getSheets).toBe('function');
    expect(ss.toasts).toBeUndefined();
    expect(ss._sheets).toBeUndefined();
    expect(ss.getSheets()[0]._cells).toBeUndefined();
    expect(SpreadsheetApp.InterpolationType.NUMBER).toBe('NUMBER');
  });

  it('hands back the same object for the same sheet', () => {
    const { SpreadsheetApp } = setup(1);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getActiveSheet()).toBe(ss.getSheets()[0]);
  });

  it('unwraps objects the script passes back in', () => {
    const { emulator, SpreadsheetApp } = setup(1);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet('Chart');
    sheet.insertChart(sheet.newChart().setChartType('BAR').addRange(sheet.getRange('A1:B2')).setPosition(1, 1, 0, 0).build());
    expect(emulator.spreadsheet.getSheetByName('Chart')!.getCharts()[0].spec.ranges).toEqual(['Chart!A1:B2']);
  });
});
