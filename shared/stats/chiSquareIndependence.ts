import { chiSquareSurvival } from './chiSquareSurvival';

/** Result of Pearson's chi-square test of independence on a contingency table. */
export interface ChiSquareIndependenceResult {
  /** Pearson's X² = Σ (observed − expected)² / expected, without continuity correction. */
  statistic: number;
  /** (rows − 1)(columns − 1). */
  df: number;
  /** Upper-tail chi-square p, from the survival function (keeps p far below 1e-16). */
  p: number;
  /** Cramér's V = √(X² / (n·(min(rows, columns) − 1))), in [0, 1]; phi for a 2 × 2 table. */
  cramersV: number;
  /** Total count. */
  n: number;
  /** The smallest expected count, row total × column total / n. */
  minExpected: number;
  /** Cells whose expected count is under 5, the usual limit of the chi-square approximation. */
  expectedBelow5: number;
}

/**
 * Pearson's chi-square test of independence, = R's `chisq.test(tab, correct = FALSE)` (statistic, parameter, p.value),
 * with Cramér's V (R: `sqrt(X2 / (sum(tab) * (min(dim(tab)) - 1)))`). Rows are the table's rows; counts are
 * non-negative. A row or column with no counts gives NaN statistic, p and V, as R does: drop empty rows and columns
 * first. O(rows · columns).
 * @example chiSquareIndependence([[20, 15], [10, 25]]).p; // => 0.0157252997545054
 * @throws {RangeError} if the table is smaller than 2 × 2, ragged, or holds a negative or non-finite count
 */
export function chiSquareIndependence(table: readonly (readonly number[])[]): ChiSquareIndependenceResult {
  const rows = table.length;
  const columns = rows === 0 ? 0 : table[0].length;
  if (rows < 2 || columns < 2) throw new RangeError('chiSquareIndependence requires a table of at least 2 rows and 2 columns');
  const rowTotals = new Float64Array(rows);
  const columnTotals = new Float64Array(columns);
  for (let i = 0; i < rows; i++) {
    if (table[i].length !== columns) throw new RangeError('chiSquareIndependence requires rows of equal length');
    for (let j = 0; j < columns; j++) {
      const count = table[i][j];
      if (!(count >= 0 && Number.isFinite(count))) throw new RangeError('chiSquareIndependence requires non-negative finite counts');
      rowTotals[i] += count;
      columnTotals[j] += count;
    }
  }
  let n = 0;
  for (let i = 0; i < rows; i++) n += rowTotals[i];

  let statistic = 0;
  let minExpected = Infinity;
  let expectedBelow5 = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const expected = (rowTotals[i] * columnTotals[j]) / n;
      const difference = table[i][j] - expected;
      statistic += (difference * difference) / expected; // 0/0 = NaN for an empty row or column, as in R
      minExpected = Math.min(minExpected, expected);
      if (expected < 5) expectedBelow5++;
    }
  }
  const df = (rows - 1) * (columns - 1);
  return {
    statistic,
    df,
    p: chiSquareSurvival(statistic, df),
    cramersV: Math.sqrt(statistic / (n * (Math.min(rows, columns) - 1))),
    n,
    minExpected,
    expectedBelow5,
  };
}
