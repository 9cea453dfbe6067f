import { describe, expect, it } from 'vitest';
import { createEmulator } from './index';

const fresh = () =>
  createEmulator({
    spreadsheet: {
      name: 'Survey',
      sheets: [
        {
          name: 'Form responses 1',
          values: [
            ['Timestamp', 'Q1'],
            ['x', 3],
          ],
        },
      ],
    },
  });

describe('sheets in a spreadsheet', () => {
  // Observed Apps Script text (docs/apps-script.md, SpreadsheetApp behaviour).
  it('refuses a sheet name already in use, ignoring case', () => {
    const ss = fresh().spreadsheet;
    ss.insertSheet('Summary');
    expect(() => ss.insertSheet('Summary')).toThrow('A sheet with the name "Summary" already exists. Please enter another name.');
    expect(() => ss.insertSheet('SUMMARY')).toThrow('A sheet with the name "SUMMARY" already exists. Please enter another name.');
    expect(() => ss.getSheetByName('Form responses 1')!.setName('summary')).toThrow('already exists');
  });

  // Google reference: getSheetByName returns null if there is no sheet with the given name.
  it('returns null for a sheet that does not exist', () => {
    expect(fresh().spreadsheet.getSheetByName('Nope')).toBeNull();
  });

  // Observed Apps Script text.
  it('will not delete the last sheet', () => {
    const ss = fresh().spreadsheet;
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  // Google reference: insertSheet(sheetName, sheetIndex) — 0-based index; the new sheet becomes active.
  it('inserts at an index, makes the new sheet active and renumbers getIndex', () => {
    const ss = fresh().spreadsheet;
    const summary = ss.insertSheet('Summary', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Summary', 'Form responses 1']);
    expect(summary.getIndex()).toBe(1);
    expect(ss.getActiveSheet()).toBe(summary);
    expect(ss.insertSheet().getName()).toBe('Sheet3');
  });

  // Google reference for Spreadsheet.toast(msg, title, timeoutSeconds).
  it('records toasts (Spreadsheet.toast(msg, title, timeoutSeconds))', () => {
    const ss = fresh().spreadsheet;
    ss.toast('Reading 142 responses', 'SENCO Time', 10);
    expect(ss.toasts).toEqual([{ message: 'Reading 142 responses', title: 'SENCO Time', timeoutSeconds: 10 }]);
  });

  // Google reference for Spreadsheet.getRange(a1Notation) and getUrl.
  it('reads "Tab!A1" ranges from the spreadsheet', () => {
    const ss = fresh().spreadsheet;
    expect(ss.getRange("'Form responses 1'!B2").getValue()).toBe(3);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });
});

describe('grid size', () => {
  // A new sheet is 1000 × 26 in Sheets; getLastRow is the last row with content.
  it('starts sheets at 1000 rows by 26 columns and tracks the data block', () => {
    const s = fresh().spreadsheet.getSheets()[0];
    expect([s.getMaxRows(), s.getMaxColumns(), s.getLastRow(), s.getLastColumn()]).toEqual([1000, 26, 2, 2]);
    expect(s.getDataRange().getA1Notation()).toBe('A1:B2');
  });

  // Google reference for appendRow: adds a row after the last row with content.
  it('appendRow writes after the data and grows a full sheet', () => {
    const s = createEmulator({
      spreadsheet: { sheets: [{ name: 'Tasks', values: Array.from({ length: 1000 }, (_, i) => [i]) }] },
    }).spreadsheet.getSheets()[0];
    s.appendRow(['new', 'wider', 'row']);
    expect([s.getMaxRows(), s.getLastRow()]).toEqual([1001, 1001]);
    expect(s.getRange(1001, 1, 1, 3).getValues()).toEqual([['new', 'wider', 'row']]);
  });

  // Google reference for insertRowsBefore / deleteRows; observed texts for out-of-bounds and deleting every row.
  it('inserts and deletes rows, shifting the cells', () => {
    const s = fresh().spreadsheet.getSheets()[0];
    s.insertRowsBefore(2, 1);
    expect(s.getRange('A1:A3').getValues()).toEqual([['Timestamp'], [''], ['x']]);
    expect(s.getMaxRows()).toBe(1001);
    s.deleteRows(2, 1);
    expect(s.getRange('A2').getValue()).toBe('x');
    expect(() => s.deleteRows(1000, 5)).toThrow('Those rows are out of bounds.');
    expect(() => s.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  // Sheets' limit (docs/apps-script.md, Limits): 10 million cells per spreadsheet, with Google's text.
  it('refuses to pass 10,000,000 cells in the workbook', () => {
    const s = createEmulator().spreadsheet.getSheets()[0];
    s.insertColumnsAfter(26, 974); // 1000 × 1000 = 1,000,000 cells
    s.insertRowsAfter(1000, 8_000); // 9,000 × 1000 = 9,000,000
    expect(() => s.insertRowsAfter(9000, 1_001)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(s.getMaxRows()).toBe(9000);
    expect(() => s.getParent().insertSheet('More')).not.toThrow(); // 26,000 more still fits
  });
});

describe('sheet settings', () => {
  // Google reference for the Sheet setters (default column width 100 px); observed text for hiding the last visible sheet.
  it('records frozen rows, column widths, tab colour and hiding', () => {
    const ss = fresh().spreadsheet;
    const s = ss.insertSheet('Summary');
    s.setFrozenRows(1);
    s.setColumnWidths(1, 2, 240);
    s.setTabColor('#1a73e8');
    expect([s.getFrozenRows(), s.getColumnWidth(2), s.getColumnWidth(3), s.getTabColor()]).toEqual([1, 240, 100, '#1a73e8']);
    s.hideSheet();
    expect(s.isSheetHidden()).toBe(true);
    expect(() => ss.getSheets()[0].hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  // Google reference for autoResizeColumns; the width rule is the emulator's approximation.
  it('sizes auto-resized columns to their longest text', () => {
    const s = fresh().spreadsheet.getSheets()[0];
    s.getRange('C1').setValue('a rather long heading');
    s.autoResizeColumns(1, 3);
    expect(s.getColumnWidth(3)).toBeGreaterThan(s.getColumnWidth(2));
    expect(s._autoResized.has(3)).toBe(true);
  });
});

describe('developer metadata', () => {
  // Google reference: addDeveloperMetadata(key, value); createDeveloperMetadataFinder().withKey(key).find().
  it('tags a sheet and finds it again by key after a rename', () => {
    const ss = fresh().spreadsheet;
    ss.insertSheet('Summary').addDeveloperMetadata('senco-time.tab', 'summary');
    ss.getSheetByName('Summary')!.setName('My summary');
    const found = ss.createDeveloperMetadataFinder().withKey('senco-time.tab').find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getLocationType(), m.getLocation().getSheet()!.getName()])).toEqual([
      ['summary', 'SHEET', 'My summary'],
    ]);
  });

  // Sheets deletes metadata with its location (Google's developer metadata guide).
  it("drops a sheet's metadata when the sheet is deleted", () => {
    const ss = fresh().spreadsheet;
    const s = ss.insertSheet('Old');
    s.addDeveloperMetadata('k');
    ss.addDeveloperMetadata('doc-level', 'v');
    ss.deleteSheet(s);
    expect(
      ss
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['doc-level']);
  });
});
