import * as z from 'zod/mini';
import { headerKey } from '../templates/headerKey';

/**
 * What the organiser chose in "Analysis options…", stored with the spreadsheet. zod/mini keeps the Apps Script
 * bundle small; every field is optional so that an old or hand-edited value still reads.
 */
export const AnalysisOptionsSchema = z.object({
  /** The response tab to analyse; absent = the active tab if it holds responses, else the first "Form responses" tab. */
  sheetName: z.optional(z.string().check(z.maxLength(100))),
  /** The questions to analyse, by header (matched as headerKey compares them); absent = all. */
  columns: z.optional(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(18278))),
  method: z.optional(z.enum(['spearman', 'pearson', 'kendall'])),
  adjust: z.optional(z.enum(['holm', 'bh', 'none'])),
  /** The single-choice questions to compare groups by, by header; absent = every suitable one. */
  groupColumns: z.optional(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(18278))),
  /** When several response tabs come from one template (one per school), analyse them together; default true. */
  combineSources: z.optional(z.boolean()),
  /** Scale orders by column header, labels low to high, for scales whose labels are not recognised. */
  scaleOrders: z.optional(z.record(z.string(), z.array(z.string()).check(z.minLength(2), z.maxLength(20)))),
  /** Response tabs of an earlier run of the survey to compare with (Compare with an earlier survey…); absent = none. */
  earlierTabs: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50))),
});

export type AnalysisOptions = z.infer<typeof AnalysisOptionsSchema>;

export type OptionsResult = { ok: true; options: AnalysisOptions } | { ok: false; message: string };

/** Reads options from untrusted JSON text (a property value, a sidebar call); explains the first problem plainly. */
export function parseAnalysisOptions(input: unknown): OptionsResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, message: 'The saved analysis options are not readable; they have been reset to the defaults.' };
    }
  }
  const r = AnalysisOptionsSchema.safeParse(value ?? {});
  if (r.success) return { ok: true, options: r.data };
  const issue = r.error.issues[0];
  const where = issue.path.length ? `"${issue.path.join('.')}"` : 'the options';
  // zod's own wording ("Invalid option: expected one of…") means nothing to an organiser: say where to fix it.
  return {
    ok: false,
    message: `The analysis options could not be used: ${where} is not valid. Choose again in Extensions → SENCO Time → Analysis options….`,
  };
}

/** The engine's options from the saved ones: every question named by header becomes the columns that carry it. */
export function toAnalyseOptions(options: AnalysisOptions, headers: readonly string[]) {
  const keys = headers.map(headerKey);
  const columnsOf = (named: readonly string[]) => {
    const wanted = new Set(named.map(headerKey));
    return keys.flatMap((key, column) => (wanted.has(key) ? [column] : []));
  };
  const hints: Record<number, { scaleOrder: string[] }> = {};
  for (const [header, order] of Object.entries(options.scaleOrders ?? {})) {
    for (const column of columnsOf([header])) hints[column] = { scaleOrder: order };
  }
  return {
    method: options.method,
    adjust: options.adjust,
    ...(options.columns ? { columns: columnsOf(options.columns) } : {}),
    ...(options.groupColumns ? { groupColumns: columnsOf(options.groupColumns) } : {}),
    hints,
  };
}
