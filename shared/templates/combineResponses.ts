import { cellText } from '../survey/cells';
import { headerKey } from './headerKey';

export interface SourceTable {
  /** Where the rows came from: a school's response tab or file name. */
  source: string;
  /** Header row first, as getValues() or a CSV gives it. */
  values: readonly (readonly unknown[])[];
}

/** Each header's key with its occurrence ("any comments?#2"), so that two questions with one wording stay apart. */
function occurrenceKeys(header: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h) => {
    const k = headerKey(cellText(h));
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return `${k}#${n}`;
  });
}

/**
 * Stacks several response tables of one survey into one, with a first column naming each row's source, so that
 * schools can be analysed together and compared. Columns are matched by question text (the n-th column of a
 * wording with the n-th of the same wording); a question one source lacks is blank for its rows. Wholly blank
 * rows are dropped.
 */
/** The header of the column naming each row's source in a combined table. */
export const SOURCE_HEADER = 'Source';

export function combineResponses(tables: readonly SourceTable[], sourceHeader = SOURCE_HEADER): unknown[][] {
  const { headers, targets } = combinedHeaders(tables.map((t) => t.values[0] ?? []));
  const out: unknown[][] = [[sourceHeader, ...headers]];
  tables.forEach((t, i) => {
    const map = targets[i];
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
  });
  return out;
}

/** The combined header (without the source column) and, per table, each column's place in it. */
export function combinedHeaders(headerRows: readonly (readonly unknown[])[]): { headers: string[]; targets: (number | undefined)[][] } {
  const headers: string[] = [];
  const at = new Map<string, number>();
  for (const header of headerRows) {
    occurrenceKeys(header).forEach((k, c) => {
      const text = cellText(header[c]);
      if (text !== '' && !at.has(k)) {
        at.set(k, headers.length);
        headers.push(text);
      }
    });
  }
  return { headers, targets: headerRows.map((header) => occurrenceKeys(header).map((k) => at.get(k))) };
}
