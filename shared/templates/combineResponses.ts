import { cellText } from '../survey/cells';

export interface SourceTable {
  /** Where the rows came from: a school's response tab or file name. */
  source: string;
  /** Header row first, as getValues() or a CSV gives it. */
  values: readonly (readonly unknown[])[];
}

const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Stacks several response tables of one survey into one, with a first column naming each row's source, so that
 * schools can be analysed together and compared. Columns are matched by question text; a question one source
 * lacks is blank for its rows. Wholly blank rows are dropped.
 */
export function combineResponses(tables: readonly SourceTable[], sourceHeader = 'Source'): unknown[][] {
  const headers: string[] = [];
  const at = new Map<string, number>();
  for (const t of tables) {
    for (const h of t.values[0] ?? []) {
      const text = cellText(h);
      if (text !== '' && !at.has(key(text))) {
        at.set(key(text), headers.length);
        headers.push(text);
      }
    }
  }
  const out: unknown[][] = [[sourceHeader, ...headers]];
  for (const t of tables) {
    const map = (t.values[0] ?? []).map((h) => at.get(key(cellText(h))));
    for (const row of t.values.slice(1)) {
      if (row.every((c) => cellText(c) === '')) continue;
      const combined: unknown[] = new Array(headers.length + 1).fill('');
      combined[0] = t.source;
      row.forEach((cell, c) => {
        const target = map[c];
        if (target !== undefined) combined[target + 1] = cell;
      });
      out.push(combined);
    }
  }
  return out;
}
