import { describe, expect, it } from 'vitest';
import { ColumnStoreBuilder, storeRows, tableColumns } from './columnStore';

describe('ColumnStoreBuilder', () => {
  it('gives back every cell as added, past 256 and 65,536 distinct cells in a column and past its first capacity', () => {
    const builder = new ColumnStoreBuilder(['Id', 'Answer']);
    const rows: string[][] = [];
    for (let i = 0; i < 70_000; i++) rows.push([`row ${i}`, ['Agree', 'Disagree', ''][i % 3]]);
    for (const r of rows) builder.add(r);
    const store = builder.build();
    expect(store.rows).toBe(70_000);
    expect(store.distinct(0)).toHaveLength(70_000);
    expect(store.distinct(1)).toEqual(['Agree', 'Disagree', '']);
    expect(store.codes(0)).toBeInstanceOf(Int32Array);
    expect(store.codes(1)).toBeInstanceOf(Uint8Array);
    expect(storeRows(store)).toEqual([['Id', 'Answer'], ...rows]);
  });

  it('ignores cells past the width, pads short rows with blanks, and can drop trailing columns when built', () => {
    const builder = new ColumnStoreBuilder(['a', 'b', '']);
    builder.add(['1', '2', '', '']);
    builder.add(['3']);
    builder.addBlank(1);
    expect(builder.hasAnswers(2)).toBe(false);
    expect(storeRows(builder.build(['a', 'b'], 2))).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', ''],
      ['', ''],
    ]);
  });
});

describe('tableColumns', () => {
  it('keeps numbers, Dates and booleans as they are, and short rows as undefined, as indexing a row gives', () => {
    const when = new Date(Date.UTC(2025, 10, 23));
    const table = [['Q1', 'Q2', 'Q3'], [1, when, true], [2]];
    const store = tableColumns(table);
    expect(store.width).toBe(3);
    expect(storeRows(store)).toEqual([
      ['Q1', 'Q2', 'Q3'],
      [1, when, true],
      [2, undefined, undefined],
    ]);
  });
});
