// The findings of report.json: each a structured record (kind, columns, figures) with its sentence.
import * as z from 'zod';
import { BoxSchema, CorrelationMethodSchema, count, PAdjustSchema, percent } from './schemaParts';

/** One end of a scale in the scale's own words: the bottom or top two points (one on a 3-point scale, or the top box). */
export const ScaleEndSchema = z.object({
  words: z.string(),
  /** The level codes counted at this end. */
  codes: z.array(z.number()),
  count,
  percent,
  ciLow: percent,
  ciHigh: percent,
});

const findingBase = {
  /** The source columns the finding is about (a construct score's column for a score). */
  columns: z.array(z.number().int()),
  /** The finding as one plain-English sentence, its figures in it. */
  text: z.string(),
  /** Ranking weight: how far it leans from neutral (or how strong), times the topic's weight. Higher first. */
  weight: z.number(),
  /** Shown among the key findings on page 1 (at most eight). */
  key: z.boolean(),
};

export const ScaleFindingSchema = z.object({
  ...findingBase,
  kind: z.literal('scale'),
  n: count,
  low: ScaleEndSchema,
  high: ScaleEndSchema,
  /** The end the sentence leads with: the larger share. */
  leading: z.enum(['low', 'high']),
  /** The top box alone, always kept. */
  topBox: BoxSchema,
  topic: z.string().nullable(),
});

export const ShareFindingSchema = z.object({
  ...findingBase,
  kind: z.literal('share'),
  n: count,
  answer: BoxSchema,
  topic: z.string().nullable(),
});

export const CorrelationFindingSchema = z.object({
  ...findingBase,
  kind: z.literal('correlation'),
  method: CorrelationMethodSchema,
  r: z.number().min(-1).max(1),
  n: count,
  pAdjusted: z.number().min(0).max(1),
  adjust: PAdjustSchema,
  strength: z.enum(['negligible', 'weak', 'moderate', 'strong']),
});

export const ComparisonFindingSchema = z.object({
  ...findingBase,
  kind: z.literal('comparison'),
  groupColumn: z.number().int(),
  item: z.number().int(),
  test: z.enum(['mann-whitney', 'kruskal-wallis']),
  pAdjusted: z.number().min(0).max(1),
  adjust: PAdjustSchema,
  effectSize: z.object({ name: z.enum(['rank-biserial r', 'epsilon²']), value: z.number().nullable(), magnitude: z.string().nullable() }),
  /** The end of the item's scale compared, and each group's share at it. */
  end: z.string(),
  groups: z.array(z.object({ label: z.string(), n: count, count, percent })),
});

/** Two single-choice questions whose answers differ between groups after correction, in shares of one answer. */
export const CategoryFindingSchema = z.object({
  ...findingBase,
  kind: z.literal('category-difference'),
  groupColumn: z.number().int(),
  item: z.number().int(),
  test: z.enum(['chi-square', 'fisher']),
  pAdjusted: z.number().min(0).max(1),
  adjust: PAdjustSchema,
  effectSize: z.object({ name: z.literal("Cramér's V"), value: z.number().nullable() }),
  /** The item's answer whose shares differ most; '' when shares per group are withheld. */
  answer: z.string(),
  groups: z.array(z.object({ label: z.string(), n: count, percent })),
});

/** No group difference survived correction: one sentence, so the page never implies otherwise. */
export const NoDifferenceFindingSchema = z.object({
  ...findingBase,
  kind: z.literal('no-difference'),
  tested: count,
  adjust: PAdjustSchema,
});

export const FindingSchema = z.discriminatedUnion('kind', [
  ScaleFindingSchema,
  ShareFindingSchema,
  CorrelationFindingSchema,
  ComparisonFindingSchema,
  CategoryFindingSchema,
  NoDifferenceFindingSchema,
]);

export type Finding = z.infer<typeof FindingSchema>;
export type ScaleEnd = z.infer<typeof ScaleEndSchema>;
