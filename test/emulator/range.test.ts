import { describe, expect, it } from 'vitest';
import { createEmulator } from './index';

function sheet(values?: unknown[][]) {
  const emulator = createEmulator({ spreadsheet: { sheets: [{ name: 'Data', values }] } });
  return emulator.spreadsheet.getSheetByName('Data')!;
}

describe('Range.setValues shape checks', () => {
  // Observed Apps Script text (docs/apps-script.md, SpreadsheetApp behaviour: setValues needs the range's exact shape).
  it("rejects too few rows with Google's message", () => {
    expect(() =>
      sheet()
        .getRange(1, 1, 3, 2)
        .setValues([
          [1, 2],
          [3, 4],
        ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
  });

  it('rejects a row of the wrong width with the columns message', () => {
    expect(() =>
      sheet()
        .getRange(1, 1, 2, 3)
        .setValues([
          [1, 2, 3],
          [4, 5],
        ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
  });

  // Observed signature error when a 1-D array is passed.
  it('rejects a one-dimensional array with the signature error', () => {
    expect(() =>
      sheet()
        .getRange(1, 1, 1, 2)
        .setValues(['a', 'b'] as unknown as unknown[][]),
    ).toThrow("The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
  });
});

describe('values read back', () => {
  // Google's reference for getValues: number | boolean | Date | string, empty cells as ''.
  it('returns empty cells as empty strings and keeps numbers and booleans', () => {
    const s = sheet([[1, true, null, 'x']]);
    expect(s.getRange(1, 1, 2, 4).getValues()).toEqual([
      [1, true, '', 'x'],
      ['', '', '', ''],
    ]);
  });

  it('setValue writes every cell of the range (Google reference: "Sets the value of the range")', () => {
    const s = sheet();
    s.getRange('A1:B2').setValue(7);
    expect(s.getRange('A1:B2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });
});

describe('strings are stored as if typed', () => {
  // Google reference for setValue: "If it begins with '=' it is interpreted as a formula";
  // the rest observed in Sheets (en_GB locale).
  const cases: [string, unknown][] = [
    ['01234', 1234],
    ['12.5', 12.5],
    ['-3', -3],
    ['1,234.5', 1234.5],
    ['TRUE', true],
    ['false', false],
    ['50%', 0.5],
    ["'01234", '01234'],
    ["'=1+1", '=1+1'],
    ['+44 7700 900123', '+44 7700 900123'],
    ['plain words', 'plain words'],
  ];
  it.each(cases)('%j is stored as %j', (typed, stored) => {
    const s = sheet();
    s.getRange('A1').setValue(typed);
    expect(s.getRange('A1').getValue()).toEqual(stored);
  });

  it('turns a string beginning with "=" into a formula and keeps its text for getFormulas', () => {
    const s = sheet();
    s.getRange(1, 1, 1, 3).setValues([['=1+2', '=HYPERLINK("http://evil.example","click")', '=A1*2']]);
    expect(s.getRange(1, 1, 1, 3).getFormulas()).toEqual([['=1+2', '=HYPERLINK("http://evil.example","click")', '=A1*2']]);
    // Constant expressions are evaluated; functions and references show #ERROR! (documented in formula.ts).
    expect(s.getRange(1, 1, 1, 3).getValues()).toEqual([[3, '#ERROR!', '#ERROR!']]);
  });

  it('appendRow parses strings the same way (Google reference for appendRow)', () => {
    const s = sheet();
    s.appendRow(['=2*3', "'=2*3", '007']);
    expect(s.getRange(1, 1, 1, 3).getValues()).toEqual([[6, '=2*3', 7]]);
    expect(s.getRange(1, 1, 1, 3).getFormulas()).toEqual([['=2*3', '', '']]);
  });

  // docs/apps-script.md, writing text from outside: text stays text when the cell's number format is '@' before writing.
  it("keeps strings verbatim in cells formatted '@', formulas and leading zeros included", () => {
    const s = sheet();
    const r = s.getRange(1, 1, 1, 3).setNumberFormat('@');
    r.setValues([['=IMPORTXML("x")', '01234', 'TRUE']]);
    expect(r.getValues()).toEqual([['=IMPORTXML("x")', '01234', 'TRUE']]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
  });

  it('can be told that \'@\' does not keep "=…" as text, for tests that must hold without that guard', () => {
    const emulator = createEmulator({ plainTextKeepsFormulas: false, spreadsheet: { sheets: [{ name: 'Data' }] } });
    const r = emulator.spreadsheet.getSheetByName('Data')!.getRange(1, 1, 1, 2).setNumberFormat('@');
    r.setValues([['=1+2', "'=1+2"]]);
    expect(r.getFormulas()).toEqual([['=1+2', '']]);
    expect(r.getValues()).toEqual([[3, '=1+2']]);
  });

  // Google's Sheets help: a leading apostrophe keeps an entry as text and is not shown; the add-on writes both
  // the apostrophe and the '@' format, so the emulator hides the apostrophe in either kind of cell.
  it("hides a leading apostrophe from getValues and getDisplayValues, with or without the '@' format", () => {
    const s = sheet();
    s.getRange(1, 1, 1, 2).setNumberFormat('@');
    s.getRange(1, 1, 2, 2).setValues([
      ['\'=HYPERLINK("http://x.example","x")', "'-3"],
      ["'@SUM(A1)", "'+44 7700 900123"],
    ]);
    const shown = [
      ['=HYPERLINK("http://x.example","x")', '-3'],
      ['@SUM(A1)', '+44 7700 900123'],
    ];
    expect(s.getRange(1, 1, 2, 2).getValues()).toEqual(shown);
    expect(s.getRange(1, 1, 2, 2).getDisplayValues()).toEqual(shown);
    expect(s.getRange(1, 1, 2, 2).getFormulas()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('parses a UK date as day/month and gives the cell a date format (observed, en_GB)', () => {
    const s = sheet();
    s.getRange('A1').setValue('12/03/2026');
    const v = s.getRange('A1').getValue() as Date;
    expect(v).toBeInstanceOf(Date);
    expect(v.toISOString()).toBe('2026-03-12T00:00:00.000Z');
    expect(s.getRange('A1').getNumberFormat()).toBe('dd/MM/yyyy');
    expect(s.getRange('A1').getDisplayValue()).toBe('12/03/2026');
  });

  it('reads month/day order when the spreadsheet locale is en_US', () => {
    const emulator = createEmulator({ locale: 'en_US' });
    const s = emulator.spreadsheet.getSheets()[0];
    s.getRange('A1').setValue('3/12/2026');
    expect((s.getRange('A1').getValue() as Date).toISOString()).toBe('2026-03-12T00:00:00.000Z');
  });

  it('leaves impossible dates as text', () => {
    const s = sheet();
    s.getRange('A1').setValue('31/02/2026');
    expect(s.getRange('A1').getValue()).toBe('31/02/2026');
  });
});

describe('dates', () => {
  // Google reference: getValues returns Date objects for date cells; Sheets stores them in the
  // spreadsheet's time zone, so an instant written is the instant read.
  it('round-trips a Date to the millisecond, in summer time too', () => {
    const s = sheet();
    const when = new Date('2026-07-01T09:30:15.250Z');
    s.getRange('A1').setValues([[when]]);
    const back = s.getRange('A1').getValue() as Date;
    expect(back).toBeInstanceOf(Date);
    expect(back.getTime()).toBe(when.getTime());
    expect(s.getRange('A1').getDisplayValue()).toBe('01/07/2026 10:30:15');
  });

  it('returns a Date for a number in a date-formatted cell, and a number otherwise (observed)', () => {
    const s = sheet();
    s.getRange('A1:B1').setValues([[46000, 46000]]);
    s.getRange('A1').setNumberFormat('yyyy-mm-dd');
    expect((s.getRange('A1').getValue() as Date).toISOString()).toBe('2025-12-09T00:00:00.000Z');
    expect(s.getRange('B1').getValue()).toBe(46000);
    expect(s.getRange('A1').getDisplayValue()).toBe('2025-12-09');
  });
});

describe('number formats and display values', () => {
  // getNumberFormat on an untouched cell returns "0.###############" (observed).
  it('reports the automatic format for unformatted cells', () => {
    expect(sheet().getRange('C3').getNumberFormat()).toBe('0.###############');
  });

  const formats: [number, string, string][] = [
    [0.6643, '0.0%', '66.4%'],
    [0.6643, '0.00%', '66.43%'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234.5, '#,##0.00', '1,234.50'],
    [0.5, '0.00', '0.50'],
    [-0.25, '0.0', '-0.3'],
    [1 / 3, '0.###############', '0.3333333333'],
    [42, '@', '42'],
    // Google's number-format reference: a bracketed condition picks the section, e.g. [<100]"Low";[>1000]"High";000.
    [0.00004, '[<0.0001]"< 0.0001";0.0000', '< 0.0001'],
    [0.01234, '[<0.0001]"< 0.0001";0.0000', '0.0123'],
    [50, '[<100]"Low";[>1000]"High";000', 'Low'],
    [5000, '[<100]"Low";[>1000]"High";000', 'High'],
    [500, '[<100]"Low";[>1000]"High";000', '500'],
  ];
  it.each(formats)('%d under %j shows %j', (value, format, shown) => {
    const s = sheet();
    s.getRange('A1').setValue(value).setNumberFormat(format);
    expect(s.getRange('A1').getDisplayValues()).toEqual([[shown]]);
  });

  it('shows booleans as TRUE and FALSE', () => {
    expect(
      sheet([[true, false]])
        .getRange('A1:B1')
        .getDisplayValues(),
    ).toEqual([['TRUE', 'FALSE']]);
  });

  it('checks setNumberFormats dimensions like setValues', () => {
    expect(() =>
      sheet()
        .getRange('A1:B2')
        .setNumberFormats([['0']]),
    ).toThrow('The data has 1 but the range has 2.');
  });
});

describe('getRange', () => {
  // Observed Apps Script texts.
  const bad: [string, () => unknown, string][] = [
    ['row 0', () => sheet().getRange(0, 1), 'The starting row of the range is too small.'],
    ['column 0', () => sheet().getRange(1, 0), 'The starting column of the range is too small.'],
    ['no rows', () => sheet().getRange(1, 1, 0, 1), 'The number of rows in the range must be at least 1.'],
    ['no columns', () => sheet().getRange(1, 1, 1, 0), 'The number of columns in the range must be at least 1.'],
    ['past the last row', () => sheet().getRange(1000, 1, 2, 1), 'The coordinates of the range are outside the dimensions of the sheet.'],
    ['past column Z', () => sheet().getRange('AA1'), 'The coordinates of the range are outside the dimensions of the sheet.'],
    ['nonsense A1', () => sheet().getRange('not a range'), 'Range not found'],
    [
      'undefined row',
      () => sheet().getRange(undefined as unknown as number, 1),
      "The parameters (null,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    ],
  ];
  it.each(bad)('rejects %s', (_name, call, message) => {
    expect(call).toThrow(message);
  });

  // Google reference for getRange(a1Notation) and getA1Notation.
  it('reads A1 notation, open-ended ranges included', () => {
    const s = sheet();
    expect(s.getRange('B2:D4').getA1Notation()).toBe('B2:D4');
    expect(s.getRange(2, 2).getA1Notation()).toBe('B2');
    const column = s.getRange('C:C');
    expect([column.getRow(), column.getNumRows(), column.getColumn()]).toEqual([1, 1000, 3]);
    expect(s.getRange('A2:B').getNumRows()).toBe(999);
  });

  it('lets writes grow the grid when created with gridBounds "grow"', () => {
    const emulator = createEmulator({ gridBounds: 'grow' });
    const s = emulator.spreadsheet.getSheets()[0];
    s.getRange(1500, 30).setValue('far');
    expect([s.getMaxRows(), s.getMaxColumns(), s.getLastRow(), s.getLastColumn()]).toEqual([1500, 30, 1500, 30]);
  });
});

describe('formatting', () => {
  // Google reference: default background white, font weight normal; plural setters take a grid the size of the range.
  it('has Google defaults and plural setters with shape checks', () => {
    const r = sheet().getRange('A1:B1');
    expect(r.getBackground()).toBe('#ffffff');
    expect(r.getFontWeight()).toBe('normal');
    r.setFontWeights([['bold', null]]).setBackground('#ff0000');
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    expect(() => r.setBackgrounds([['#fff']])).toThrow('The data has 1 but the range has 2.');
  });

  // Google reference for setNote / setWrap / setHorizontalAlignment.
  it('keeps notes, wraps and alignments', () => {
    const r = sheet().getRange('A1');
    r.setNote('Base: 137').setWrap(true).setHorizontalAlignment('center');
    expect([r.getNote(), r.getWrap(), r.getHorizontalAlignment()]).toEqual(['Base: 137', true, 'center']);
  });

  it('keeps only the top-left value when merging (Sheets behaviour)', () => {
    const s = sheet([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    s.getRange('A1:B2').merge();
    expect(s.getRange('A1:B2').getValues()).toEqual([
      ['a', ''],
      ['', ''],
    ]);
    expect(s.getRange('B2').isPartOfMerge()).toBe(true);
    expect(() => s.getRange('A1:A2').breakApart()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
  });
});
