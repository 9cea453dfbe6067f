/// <reference types="google-apps-script" />
import type { Block, ChartSpec, Tab } from '../shared/report/report';
import { asSheetText } from '../shared/sheets/asSheetText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const range = (sheet: Sheet, b: Block) => sheet.getRange(b.row + 1, b.column + 1, b.rows, b.columns);

function grid<T>(rows: number, columns: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(fill));
}

function paint<T>(target: T[][], blocks: readonly Block[], value: T): void {
  for (const b of blocks)
    for (let r = b.row; r < b.row + b.rows && r < target.length; r++)
      for (let c = b.column; c < b.column + b.columns && c < target[r].length; c++) target[r][c] = value;
}

/**
 * A native chart from the report's spec, at its anchor cell with its size in pixels. Options are Google Charts'
 * configuration options, nested ones as objects ({ viewWindow: { min, max } }), as 'legend' has always been passed.
 */
function buildChart(sheet: Sheet, chart: ChartSpec): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const builder = sheet
    .newChart()
    .setChartType(chart.type === 'bar' ? Charts.ChartType.BAR : Charts.ChartType.COLUMN)
    .addRange(range(sheet, chart.range))
    .setNumHeaders(1)
    .setPosition(chart.anchor.row + 1, chart.anchor.column + 1, 0, 0)
    .setOption('title', chart.title)
    .setOption('isStacked', chart.stacked === 'none' ? false : chart.stacked)
    .setOption('colors', chart.colours)
    .setOption('legend', { position: chart.range.columns > 2 ? 'top' : 'none' })
    .setOption('width', chart.width)
    .setOption('height', chart.height);
  if (chart.valueAxis) {
    // Bars lie along the horizontal axis of a bar chart and the vertical one of a column chart.
    const axis = chart.type === 'bar' ? 'hAxis' : 'vAxis';
    builder.setOption(axis, { viewWindow: { min: chart.valueAxis.min, max: chart.valueAxis.max }, title: chart.valueAxis.title });
  }
  return builder.build();
}

/**
 * Writes one report tab into an empty sheet: number formats first (so that '@' cells stay text), then every
 * value in one setValues (any text a spreadsheet would run as a formula behind a leading apostrophe, in '@'
 * cells too: the apostrophe is the documented way, the format a second guard), then weights and wraps in one
 * call each, widths, frozen panes, colour scales, charts.
 * The number of calls depends on the tab's layout, never on the number of responses.
 */
export function renderTab(sheet: Sheet, tab: Tab): void {
  const rows = tab.cells.length;
  const columns = tab.width;
  // A range past the sheet's grid throws ("coordinates … outside the dimensions"): grow the grid first.
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  for (const f of tab.formats) range(sheet, f.range).setNumberFormat(f.numberFormat);
  // A sheet's grid is a rectangle: each row is padded to the tab's width here, as it is written.
  const values = tab.cells.map((row) => {
    const out = new Array<string | number | boolean>(columns).fill('');
    row.forEach((cell, c) => (out[c] = cell === null ? '' : typeof cell === 'string' ? asSheetText(cell) : cell));
    return out;
  });
  const all = sheet.getRange(1, 1, rows, columns);
  all.setValues(values);
  const weights = grid<'bold' | 'normal'>(rows, columns, 'normal');
  paint(weights, tab.bold, 'bold');
  all.setFontWeights(weights);
  if (tab.wrap.length > 0) {
    const wraps = grid(rows, columns, false);
    paint(wraps, tab.wrap, true);
    all.setWraps(wraps);
  }
  all.setVerticalAlignment('top');
  tab.columnWidths.forEach((w, c) => sheet.setColumnWidth(c + 1, w));
  if (tab.frozenRows > 0) sheet.setFrozenRows(tab.frozenRows);
  if (tab.frozenColumns > 0) sheet.setFrozenColumns(tab.frozenColumns);
  if (tab.colourScales.length > 0) {
    sheet.setConditionalFormatRules(
      tab.colourScales.map((s) =>
        SpreadsheetApp.newConditionalFormatRule()
          .setGradientMinpointWithValue(s.min.colour, SpreadsheetApp.InterpolationType.NUMBER, String(s.min.value))
          .setGradientMidpointWithValue(s.mid.colour, SpreadsheetApp.InterpolationType.NUMBER, String(s.mid.value))
          .setGradientMaxpointWithValue(s.max.colour, SpreadsheetApp.InterpolationType.NUMBER, String(s.max.value))
          .setRanges([range(sheet, s.range)])
          .build(),
      ),
    );
  }
  for (const chart of tab.charts) sheet.insertChart(buildChart(sheet, chart));
}
