import { describe, expect, it } from 'vitest';
import { TabBuilder } from './tabBuilder';

const spec = { type: 'bar' as const, stacked: 'none' as const, title: 'c', range: { row: 0, column: 0, rows: 2, columns: 2 }, colours: [] };

// Rows are Sheets' default 21 px: a chart h px tall covers ceil(h / 21) rows from its anchor.
describe('TabBuilder charts', () => {
  it('keeps the rows under a chart blank, and one more, before the next table', () => {
    const t = new TabBuilder('T');
    t.row('Answer', '%');
    t.row('Yes', 0.5);
    t.chartBelow({ ...spec, width: 400, height: 100 });
    const next = t.row('Next table');
    // 100 px = 4.76 rows, so indexes 2–6 are the chart's and 7 the spacer: the next table starts at index 8.
    expect(t.build().charts[0].anchor).toEqual({ row: 2, column: 0 });
    expect(next).toBe(8);
  });

  it('lets a table beside a taller chart end before the chart does, and starts the next one below both', () => {
    const t = new TabBuilder('T');
    t.row('Answer', '%');
    t.chart({ ...spec, anchor: { row: 1, column: 2 }, width: 400, height: 210 });
    t.row('Yes', 0.5);
    t.clearOfCharts();
    // 210 px = 10 rows from row index 1: rows 1–10 are the chart's, row 11 is the spacer.
    expect(t.row('Next table')).toBe(12);
  });

  it('adds only the spacer when the table is already taller than its chart', () => {
    const t = new TabBuilder('T');
    t.chart({ ...spec, anchor: { row: 0, column: 2 }, width: 400, height: 21 });
    t.row('a');
    t.row('b');
    t.clearOfCharts();
    expect(t.row('Next table')).toBe(3);
  });
});

describe('TabBuilder rows and blocks', () => {
  it('keeps each row as long as its own cells, and gives the widest as the tab’s width', () => {
    const t = new TabBuilder('T', [300]);
    t.heading('Title');
    t.row('', 'A', 'B', 'C');
    t.blank();
    t.row('x', 1);
    const tab = t.build();
    // Nothing padded: the rows are as written; a renderer pads to `width` where it needs a rectangle.
    expect(tab.cells.map((r) => r.length)).toEqual([1, 4, 0, 2]);
    expect(tab.width).toBe(4);
    expect(tab.columnWidths).toEqual([300, 100, 100, 100]);
    expect(tab.blockStarts).toEqual([]);
  });

  it('records where a block of its own width starts, never at the first row', () => {
    const t = new TabBuilder('T');
    t.block();
    t.row('a', 'b', 'c');
    t.block();
    t.row('d');
    expect(t.build().blockStarts).toEqual([1]);
  });

  it('gives an empty tab one empty cell, one column wide', () => {
    const tab = new TabBuilder('T').build();
    expect([tab.cells, tab.width]).toEqual([[['']], 1]);
  });
});
