import { type ColumnContextOptions, columnContext } from './columnContext';
import { COLUMN_READERS } from './columnReaders';
import type { SurveyColumn } from './survey';

export type { ColumnHint } from './columnContext';

/**
 * Decides a column's kind from its header and answers, and codes its answers: the first of COLUMN_READERS
 * (given order, plain numbers, identifying, timestamp, numbers, vocabulary, tick boxes, choice, text) that reads it.
 */
export function classifyColumn(options: ColumnContextOptions): SurveyColumn {
  const context = columnContext(options);
  for (const read of COLUMN_READERS) {
    const column = read(context);
    if (column) return column;
  }
  throw new Error('unreachable: readText reads every column');
}
