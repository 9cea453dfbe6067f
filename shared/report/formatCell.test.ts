import { describe, expect, it } from 'vitest';
import { formatCell, formatGrid, P_FORMAT } from './formatCell';

// Expected texts are what Google Sheets shows for these number formats (Format → Number → Custom).
describe('formatCell', () => {
  it.each([
    [0.6643, '0.0%', '66.4%'],
    [0.5, '0%', '50%'],
    [0.53149, '0.00', '0.53'],
    [-0.4, '0.00', '-0.40'],
    [0.00012, '0.0000', '0.0001'],
    [4, undefined, '4'],
    [0.1 + 0.2, undefined, '0.3'],
    ['=SUM(A1)', '@', '=SUM(A1)'],
    [null, '0.0%', ''],
    [NaN, '0.00', ''],
    // A condition picks the section: [<0.0001]"< 0.0001";0.0000 (docs/sheets-report-tabs.md).
    [0.00004, P_FORMAT, '< 0.0001'],
    [1.2e-12, P_FORMAT, '< 0.0001'],
    [0, P_FORMAT, '< 0.0001'],
    [0.0001, P_FORMAT, '0.0001'],
    [0.04321, P_FORMAT, '0.0432'],
    [1, P_FORMAT, '1.0000'],
    [5, '[>=10]0.0;0', '5'],
  ] as const)('shows %s under %s as %s', (value, format, text) => {
    expect(formatCell(value, format)).toBe(text);
  });
});

describe('formatGrid', () => {
  it('lets the later rule win where two overlap, as Sheets does when formats are applied in order', () => {
    const grid = formatGrid(2, 2, [
      { range: { row: 0, column: 0, rows: 2, columns: 2 }, numberFormat: '0.00' },
      { range: { row: 1, column: 1, rows: 1, columns: 1 }, numberFormat: '0.0%' },
    ]);
    expect(grid).toEqual([
      ['0.00', '0.00'],
      ['0.00', '0.0%'],
    ]);
  });
});
