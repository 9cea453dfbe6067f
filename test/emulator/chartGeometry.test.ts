import { describe, expect, it } from 'vitest';
import { boxesMeet, chartBox } from './chartGeometry';
import { createEmulator } from './index';

/* eslint-disable @typescript-eslint/no-explicit-any -- the script's untyped view of the services */
function chartOn(place: [number, number, number, number], size?: [number, number], widths: Record<number, number> = {}) {
  const emulator = createEmulator({ spreadsheet: { sheets: [{ name: 'Tab' }] } });
  const sheet = emulator.spreadsheet.getSheetByName('Tab')!;
  for (const [c, w] of Object.entries(widths)) sheet.setColumnWidth(Number(c), w);
  let builder = sheet
    .newChart()
    .setChartType('BAR')
    .addRange(sheet.getRange('A1:B3'))
    .setPosition(...place)
    .setOption('title', 'T');
  if (size) builder = builder.setOption('width', size[0]).setOption('height', size[1]);
  sheet.insertChart(builder.build());
  return { sheet, chart: sheet.getCharts()[0] as any };
}

// Sizes are Sheets' defaults (row 21 px, column 100 px); positions as EmbeddedChartBuilder.setPosition takes them.
describe('chartBox', () => {
  it('covers whole default rows and columns from its anchor', () => {
    const { sheet, chart } = chartOn([3, 2, 0, 0], [300, 42]);
    expect(chartBox(sheet, chart)).toMatchObject({
      firstRow: 3,
      lastRow: 4,
      firstColumn: 2,
      lastColumn: 4,
      left: 100,
      right: 400,
      a1: 'B3:D4',
    });
  });
  it('counts the pixel offsets and set column widths', () => {
    const { sheet, chart } = chartOn([1, 1, 50, 10], [100, 21], { 1: 360 });
    expect(chartBox(sheet, chart)).toMatchObject({ firstColumn: 1, lastColumn: 1, firstRow: 1, lastRow: 2, left: 50, right: 150 });
  });
  it('refuses a chart without a size, whose extent would be a guess', () => {
    const { sheet, chart } = chartOn([1, 1, 0, 0]);
    expect(() => chartBox(sheet, chart)).toThrow('has no width and height options');
  });
  it('tells whether two boxes share a cell', () => {
    const box = (firstRow: number, lastRow: number, firstColumn: number, lastColumn: number) => ({
      title: '',
      left: 0,
      right: 0,
      a1: '',
      firstRow,
      lastRow,
      firstColumn,
      lastColumn,
    });
    expect(boxesMeet(box(1, 5, 1, 3), box(5, 9, 3, 4))).toBe(true);
    expect(boxesMeet(box(1, 5, 1, 3), box(6, 9, 1, 3))).toBe(false);
    expect(boxesMeet(box(1, 5, 1, 3), box(1, 5, 4, 6))).toBe(false);
  });
});
