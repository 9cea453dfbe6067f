// Small schemas that report.json's parts share (findingSchema.ts and analysisSchema.ts).
import * as z from 'zod';

/** A count of respondents or answers. */
export const count = z.number().int().nonnegative();
/** A percentage, 0–100. */
export const percent = z.number().min(0).max(100);

export const CorrelationMethodSchema = z.enum(['spearman', 'pearson', 'kendall']);
export const PAdjustSchema = z.enum(['holm', 'bh', 'none']);

/** A share of answers with its Wilson 95% interval. */
export const BoxSchema = z.object({
  label: z.string(),
  count,
  percent,
  ciLow: percent,
  ciHigh: percent,
});

/**
 * Every pair's r and adjusted p when there are too many pairs to list one object each (more than PAIR_LIST_LIMIT,
 * 1,000: 46 or more scale and number questions). Then `correlations` lists only the 1,000 strongest (as the
 * Correlations tab does) and the command line writes every pair, with n, p and notes, to correlations-all.csv.
 * Upper triangle, row by row: `r[i][k]` is the pair of `columns[i]` and `columns[i + 1 + k]`; null where the pair has
 * no r (no variation, too few answers) or no p. Absent for ordinary surveys, whose `correlations` lists every pair.
 */
export const CorrelationMatrixSchema = z.object({
  /** All pairs: W(W − 1)/2 for W questions. */
  pairs: count,
  /** How many pairs `correlations` lists. */
  listed: count,
  /** Pairs with adjusted p < .05. */
  significant: count,
  columns: z.array(z.number().int()),
  r: z.array(z.array(z.number().min(-1).max(1).nullable())),
  pAdjusted: z.array(z.array(z.number().min(0).max(1).nullable())),
});
