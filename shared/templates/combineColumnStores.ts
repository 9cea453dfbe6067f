import { cellText } from '../survey/cells';
import { type ColumnStore, ColumnStoreBuilder } from '../survey/columnStore';
import { combinedHeaders, SOURCE_HEADER } from './combineResponses';

export interface SourceStore {
  /** Where the rows came from: a school's file name. */
  source: string;
  store: ColumnStore;
}

/**
 * combineResponses for column stores (the command line's large files): the same columns, matched by question
 * text, with a first column naming each row's source; wholly blank rows are dropped.
 */
export function combineColumnStores(stores: readonly SourceStore[], sourceHeader = SOURCE_HEADER): ColumnStore {
  const { headers, targets } = combinedHeaders(stores.map((s) => s.store.header));
  const builder = new ColumnStoreBuilder([sourceHeader, ...headers]);
  stores.forEach(({ source, store }, t) => {
    const distinct = Array.from({ length: store.width }, (_, c) => store.distinct(c));
    const codes = Array.from({ length: store.width }, (_, c) => store.codes(c));
    const blank = distinct.map((values) => values.map((v) => cellText(v) === ''));
    const row: unknown[] = new Array(headers.length + 1);
    for (let r = 0; r < store.rows; r++) {
      if (blank.every((b, c) => b[codes[c][r]])) continue;
      row.fill('');
      row[0] = source;
      for (let c = 0; c < store.width; c++) {
        const target = targets[t][c];
        if (target !== undefined) row[target + 1] = distinct[c][codes[c][r]];
      }
      builder.add(row);
    }
  });
  return builder.build();
}
