import { describe, expect, it } from 'vitest';
import { storeRows, tableColumns } from '../survey/columnStore';
import { combineColumnStores } from './combineColumnStores';
import { combineResponses } from './combineResponses';

describe('combineColumnStores', () => {
  it("gives the table combineResponses gives (the add-on combining schools' tabs): columns by wording, blank rows dropped", () => {
    const oak = [
      ['Timestamp', 'How stressed? (1–5)', 'Any comments?', 'Any comments?'],
      ['23/11/2025 14:03', '4', 'Paperwork', 'More time'],
      ['', '', '', ''],
      ['24/11/2025 09:15', '5', '', 'Reviews'],
    ];
    const ash = [
      ['Timestamp', 'Any comments?', 'Phase', 'How stressed? (1-5)'],
      ['25/11/2025 10:00', 'Fine', 'Primary', '2'],
    ];
    const tables = [
      { source: 'Oak', values: oak },
      { source: 'Ash', values: ash },
    ];
    const stores = tables.map((t) => ({ source: t.source, store: tableColumns(t.values) }));
    expect(storeRows(combineColumnStores(stores))).toEqual(combineResponses(tables));
  });
});
