import * as z from 'zod';
import { FindingSchema } from './findingSchema';
import { BoxSchema, CorrelationMatrixSchema, CorrelationMethodSchema, count, PAdjustSchema, percent } from './schemaParts';
import { TrendSchema, TrendsFromSchema } from './trendSchema';

/**
 * The analysis as data: what `report.json` holds and what every renderer reads.
 * Percentages are 0–100; p-values 0–1; `column` is the 0-based column in the source table.
 */

export const ColumnKindSchema = z.enum(['scale', 'choice', 'multi', 'grid', 'number', 'text', 'timestamp', 'id']);
export { BoxSchema, CorrelationMethodSchema, PAdjustSchema } from './schemaParts';

export const LevelSummarySchema = z.object({
  label: z.string(),
  code: z.number().nullable(),
  count,
  percent,
});

export const QuestionSchema = z.object({
  column: z.number().int().nonnegative(),
  header: z.string(),
  /** Short name used in findings and matrix labels. */
  label: z.string(),
  kind: ColumnKindSchema,
  grid: z.object({ question: z.string(), row: z.string() }).optional(),
  scaleName: z.string().optional(),
  /** Respondents who gave a substantive answer: the base of every percentage. */
  n: count,
  missing: count,
  nonSubstantive: count,
  nonSubstantiveAnswers: z.array(z.object({ label: z.string(), count })),
  unreadable: count,
  levels: z.array(LevelSummarySchema),
  topBox: BoxSchema.nullable(),
  bottomBox: BoxSchema.nullable(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  sd: z.number().nullable(),
  /** Number questions with an answer: min, quartiles and max, as R's quantile(x, type = 7) (not fivenum's hinges). */
  quartiles: z.object({ min: z.number(), lower: z.number(), median: z.number(), upper: z.number(), max: z.number() }).optional(),
  /** Timestamps: first and last as ISO text. */
  range: z.object({ first: z.string(), last: z.string() }).optional(),
  /** A template construct's score (mean of its items, reverse-coded where marked): not a source column. */
  construct: z.object({ id: z.string(), items: z.array(z.number().int()) }).optional(),
});

export const CorrelationSchema = z.object({
  a: z.number().int(),
  b: z.number().int(),
  method: CorrelationMethodSchema,
  r: z.number().min(-1).max(1).nullable(),
  n: count,
  p: z.number().min(0).max(1).nullable(),
  /** How p was computed: 't' = t = r·√((n−2)/(1−r²)) on n − 2 df (Spearman, Pearson; as psych::corr.test); 'normal' = Kendall's S over its tie-corrected SD (cor.test(method = "kendall", exact = FALSE)). */
  pMethod: z.enum(['t', 'normal']).optional(),
  pAdjusted: z.number().min(0).max(1).nullable(),
  /** Why r or p is missing or not to be trusted: "no variation", "fewer than 10 pairs". */
  note: z.string().optional(),
});

export const GroupSummarySchema = z.object({
  label: z.string(),
  n: count,
  median: z.number().nullable(),
  mean: z.number().nullable(),
});

export const ComparisonSchema = z.object({
  groupColumn: z.number().int(),
  groupHeader: z.string(),
  item: z.number().int(),
  itemHeader: z.string(),
  itemLabel: z.string(),
  test: z.enum(['mann-whitney', 'kruskal-wallis']),
  groups: z.array(GroupSummarySchema),
  /** Groups with fewer than 5 respondents: named, never described. */
  suppressedGroups: z.array(z.string()),
  statistic: z.number().nullable(),
  df: z.number().nullable(),
  p: z.number().min(0).max(1).nullable(),
  pAdjusted: z.number().min(0).max(1).nullable(),
  effectSize: z.object({ name: z.enum(['rank-biserial r', 'epsilon²']), value: z.number().nullable() }),
  note: z.string().optional(),
});

/** Two single-choice questions tested together: rows are the groups of a grouping question, columns the other's answers. */
export const CategoryComparisonSchema = z.object({
  groupColumn: z.number().int(),
  groupHeader: z.string(),
  item: z.number().int(),
  itemHeader: z.string(),
  itemLabel: z.string(),
  /** The item's answers that someone in the shown groups gave: the table's columns. */
  columns: z.array(z.string()),
  /** One row per group of 5 or more: % of the row choosing each column; null = withheld (a count under 5, or what would reveal one). */
  rows: z.array(z.object({ label: z.string(), n: count, percents: z.array(percent.nullable()) })),
  /** Groups with fewer than 5 respondents: named, never described, left out of the test. */
  suppressedGroups: z.array(z.string()),
  /** Fisher's exact test for a 2 × 2 table with an expected count under 5; Pearson's chi-square otherwise. */
  test: z.enum(['chi-square', 'fisher']),
  /** X² (chi-square); null for Fisher. */
  statistic: z.number().nullable(),
  df: z.number().nullable(),
  p: z.number().min(0).max(1).nullable(),
  /** Adjusted with the comparisons of the same grouping question. */
  pAdjusted: z.number().min(0).max(1).nullable(),
  effectSize: z.object({ name: z.literal("Cramér's V"), value: z.number().nullable() }),
  note: z.string().optional(),
});

/** A background question (phase, role, school size, years in post, LA): who answered, never a finding. */
export const ProfileEntrySchema = z.object({
  column: z.number().int(),
  label: z.string(),
  n: count,
  shares: z.array(z.object({ label: z.string(), count, percent })),
  text: z.string(),
});

/** One item's answers split by a grouping question's groups (groups under 5 never shown). */
export const GroupBreakdownSchema = z.object({
  groupColumn: z.number().int(),
  item: z.number().int(),
  groups: z.array(z.object({ label: z.string(), n: count, levels: z.array(z.object({ label: z.string(), count, percent })) })),
});

export const CommentsSchema = z.object({
  column: z.number().int(),
  header: z.string(),
  answers: z.array(z.string()),
});

/** A column never analysed or copied because it identifies people, and why ("names", "e-mail addresses"…). */
export const WithheldColumnSchema = z.object({
  header: z.string(),
  reason: z.string(),
});

const stat = z.number().nullable();

export const ReliabilitySchema = z.object({
  construct: z.string(),
  name: z.string(),
  /** The `column` of the construct's score in `questions`. */
  scoreColumn: z.number().int(),
  /** Respondents who answered every item (listwise). */
  n: count,
  alpha: stat,
  /** Feldt 95% interval for alpha (psych::alpha's feldt); null when alpha is undefined. */
  alphaInterval: z.object({ low: z.number(), high: z.number() }).nullable().optional(),
  standardisedAlpha: stat,
  verdict: z.enum(['unacceptable', 'questionable', 'acceptable', 'good', 'redundant']).nullable(),
  items: z.array(
    z.object({
      column: z.number().int(),
      label: z.string(),
      reverse: z.boolean(),
      alphaIfDropped: stat,
      /** Alpha would be higher without this item: it may not belong to the scale. */
      raisesAlphaIfDropped: z.boolean().optional(),
      correctedItemTotal: stat,
      mean: stat,
      sd: stat,
    }),
  ),
});

export const AnalysisSchema = z.object({
  version: z.literal(1),
  respondents: count,
  options: z.object({ method: CorrelationMethodSchema, adjust: PAdjustSchema }),
  questions: z.array(QuestionSchema),
  /** Every pair; past 1,000 pairs in report.json, the 1,000 strongest, with `correlationMatrix` holding every r. */
  correlations: z.array(CorrelationSchema),
  /** Written to report.json only past 1,000 pairs (46 or more scale and number questions): every pair's r compactly. */
  correlationMatrix: CorrelationMatrixSchema.optional(),
  comparisons: z.array(ComparisonSchema),
  /** Pairs of single-choice questions (absent from analyses made before they were added). */
  categoryComparisons: z.array(CategoryComparisonSchema).optional(),
  findings: z.array(FindingSchema),
  /** Who answered: the background questions, summarised. */
  profile: z.array(ProfileEntrySchema).optional(),
  /** Per grouping question and item, each group's distribution (for grouped bars); absent where withheld. */
  groupBreakdowns: z.array(GroupBreakdownSchema).optional(),
  caveats: z.array(z.string()),
  notes: z.array(z.string()),
  comments: z.array(CommentsSchema),
  withheld: z.array(WithheldColumnSchema),
  /** Present when a template defines constructs. */
  reliability: z.array(ReliabilitySchema).optional(),
  /** The template the answers were read with, if any. */
  template: z.object({ id: z.string(), title: z.string(), version: z.string() }).optional(),
  /** This survey against an earlier one, question by question; absent unless one was given to compare with. */
  trends: z.array(TrendSchema).optional(),
  trendsFrom: TrendsFromSchema.optional(),
});

export type CorrelationMethod = z.infer<typeof CorrelationMethodSchema>;
export type PAdjust = z.infer<typeof PAdjustSchema>;
export type Box = z.infer<typeof BoxSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Correlation = z.infer<typeof CorrelationSchema>;
export type CorrelationMatrix = z.infer<typeof CorrelationMatrixSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
export type CategoryComparison = z.infer<typeof CategoryComparisonSchema>;
export type { Finding, ScaleEnd } from './findingSchema';
export type ProfileEntry = z.infer<typeof ProfileEntrySchema>;
export type GroupBreakdown = z.infer<typeof GroupBreakdownSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;
export type Reliability = z.infer<typeof ReliabilitySchema>;
export type { Trend, TrendShare, TrendsFrom } from './trendSchema';
