// Year on year: report.json's `trends`, present only when the survey was compared with an earlier one.
import * as z from 'zod';
import { count, percent } from './schemaParts';

/** One survey's share: `count` of the `n` who answered (the base), as a percentage 0–100. */
export const TrendShareSchema = z.object({ n: count, count, percent });

/** A difference of two shares, later minus earlier, in percentage points, with Newcombe's hybrid score 95% interval. */
const change = {
  earlier: TrendShareSchema,
  later: TrendShareSchema,
  difference: z.number().min(-100).max(100),
  ciLow: z.number().min(-100).max(100),
  ciHigh: z.number().min(-100).max(100),
};

/**
 * One question asked in both surveys. A scale item: the share at its top end (the top two points, or the top box
 * where it is the point) then and now, and a Mann–Whitney test of the two distributions (p adjusted across the
 * scale items). A single-choice item: the change in each answer's share (`shares`), the most chosen now on top;
 * no test, so p is null.
 */
export const TrendSchema = z.object({
  /** The question's column in the later (this) survey. */
  column: z.number().int(),
  /** Its column in the earlier survey. */
  earlierColumn: z.number().int(),
  header: z.string(),
  label: z.string(),
  kind: z.enum(['scale', 'choice']),
  /** What the share is of, in the scale's words: "greatly increased", "agree or strongly agree". */
  words: z.string(),
  /** How it was matched: the template's item id in both surveys, or the same question text. */
  matchedBy: z.enum(['template item', 'header']),
  topic: z.string().nullable(),
  ...change,
  p: z.number().min(0).max(1).nullable(),
  pAdjusted: z.number().min(0).max(1).nullable(),
  shares: z.array(z.object({ label: z.string(), ...change })).optional(),
  /** The finding in words, with its figures. */
  text: z.string(),
});

/** The earlier survey compared with: what it was called and how many answered it. */
export const TrendsFromSchema = z.object({ source: z.string(), respondents: count });

export type Trend = z.infer<typeof TrendSchema>;
export type TrendShare = z.infer<typeof TrendShareSchema>;
export type TrendsFrom = z.infer<typeof TrendsFromSchema>;
