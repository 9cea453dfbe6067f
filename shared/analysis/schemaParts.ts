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
