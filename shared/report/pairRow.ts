import type { Correlation } from '../analysis/analysisSchema';
import { correlationStrength } from '../analysis/format';
import { P_FORMAT } from './formatCell';
import type { CellValue } from './report';

/** The columns of a pair's row, in the Correlations tab and in correlations-all.csv. */
export const PAIR_HEADER = ['Question A', 'Question B', 'r', 'n', 'p', 'Adjusted p', 'Strength', 'Note'];

/** Each column's number format (r to two decimals, p as P_FORMAT), as the tab sets them. */
export const PAIR_FORMATS: (string | undefined)[] = [undefined, undefined, '0.00', undefined, P_FORMAT, P_FORMAT, undefined, undefined];

/** One pair as a row: its two questions, r, n, p, adjusted p, strength in words and any note. */
export function pairRow(c: Correlation, label: (column: number) => string): CellValue[] {
  const strength = c.r === null ? '' : `${correlationStrength(c.r)} ${c.r > 0 ? 'positive' : c.r < 0 ? 'negative' : ''}`.trim();
  return [label(c.a), label(c.b), c.r, c.n, c.p, c.pAdjusted, strength, c.note ?? ''];
}
