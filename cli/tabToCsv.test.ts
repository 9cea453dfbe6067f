import { describe, expect, it } from 'vitest';
import { P_FORMAT } from '../shared/report/formatCell';
import { TabBuilder } from '../shared/report/tabBuilder';
import { tabToCsv } from './tabToCsv';

describe('tabToCsv', () => {
  it('shows cells under their Sheets formats and keeps one blank row where a chart had several', () => {
    const t = new TabBuilder('T');
    const head = t.row('Pair', 'p');
    t.row('A–B', 0.00002);
    t.row('A–C', 0.01234);
    t.format({ row: head + 1, column: 1, rows: 2, columns: 1 }, P_FORMAT);
    t.blank();
    t.chartBelow({
      type: 'bar',
      stacked: 'none',
      title: 'x',
      range: { row: 0, column: 0, rows: 3, columns: 2 },
      width: 400,
      height: 100,
      colours: [],
    });
    t.row('=after');
    // 100 px of chart = 5 rows of 21 px, kept blank in the sheet; the CSV keeps one. '=' gets its apostrophe.
    expect(tabToCsv(t.build())).toBe("Pair,p\r\nA–B,< 0.0001\r\nA–C,0.0123\r\n,\r\n'=after,\r\n");
  });

  it('pads a one-block tab to the tab’s widest row, as a sheet shows it, and each block of its own to its own', () => {
    const t = new TabBuilder('T');
    t.row('Title');
    t.row('', 'A', 'B', 'C');
    t.blank();
    t.row('x', 'y');
    expect(tabToCsv(t.build())).toBe('Title,,,\r\n,A,B,C\r\n,,,\r\nx,y,,\r\n');
    const b = new TabBuilder('T');
    b.row('Title');
    b.block();
    b.row('', 'A', 'B', 'C');
    b.blank();
    b.block();
    b.row('x', 'y');
    expect(tabToCsv(b.build())).toBe('Title\r\n,A,B,C\r\n,,,\r\nx,y\r\n');
  });
});
