import { describe, expect, it } from 'vitest';
import { createEmulator } from './index';

/* eslint-disable @typescript-eslint/no-explicit-any -- the globals are the script's untyped view */
// The later benchmark writes 10,000 × 60 values and reads them in one call each; the emulator
// must cost O(cells) there so the benchmark measures the add-on, not the emulator.
describe('emulator speed on a large block', () => {
  it('writes and reads 10,000 × 60 mixed values through the script boundary in well under a second each', () => {
    const rows = 10_000;
    const cols = 60;
    const data = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (c % 3 === 0 ? `Strongly agree ${r}` : c % 3 === 1 ? r * c : c % 2 === 0)),
    );
    const emulator = createEmulator({ spreadsheet: { sheets: [{ name: 'Big' }] } });
    const sheet = (emulator.globals.SpreadsheetApp as any).getActiveSpreadsheet().getSheetByName('Big');
    sheet.insertRowsAfter(1000, rows - 1000);
    sheet.insertColumnsAfter(26, cols - 26);

    let t = performance.now();
    sheet.getRange(1, 1, rows, cols).setValues(data);
    const writeMs = performance.now() - t;
    t = performance.now();
    const back = sheet.getRange(1, 1, rows, cols).getValues();
    const readMs = performance.now() - t;

    expect(back).toEqual(data);
    expect(emulator.calls.count('Range.setValues') + emulator.calls.count('Range.getValues')).toBe(2);
    // Generous bounds for a slow CI machine; locally each takes tens of milliseconds.
    expect(writeMs).toBeLessThan(1_500);
    expect(readMs).toBeLessThan(1_000);
  });
});
