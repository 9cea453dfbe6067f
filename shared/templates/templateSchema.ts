import * as z from 'zod/mini';

/**
 * A survey template: the form a network sends every school, each scale's order and labels, which items make up
 * a construct (reverse-coded where needed), so that results compare across schools and years.
 * zod/mini keeps the Apps Script bundle small. Messages are written for the person who edits the JSON.
 */

const text = (what: string, max: number) =>
  z.string().check(z.trim(), z.minLength(1, `${what} is empty`), z.maxLength(max, `${what} is longer than ${max} characters`));
const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id is lower-case letters, digits and hyphens, such as "stress" or "hours-needed"'));
const options = (what: string) =>
  z.array(text(`an ${what}`, 200)).check(z.minLength(2, `needs at least 2 ${what}s`), z.maxLength(50, `has more than 50 ${what}s`));

const base = {
  id,
  title: text('the question', 500),
  help: z.optional(z.string().check(z.maxLength(2000, 'the help text is longer than 2,000 characters'))),
  required: z.optional(z.boolean()),
};
const scored = {
  /** The construct (see `constructs`) this item scores towards. */
  construct: z.optional(id),
  /** Scored high-to-low within its construct (e.g. stress in a wellbeing score). */
  reverse: z.optional(z.boolean()),
};

export const ScaleItemSchema = z.object({
  ...base,
  ...scored,
  kind: z.literal('scale'),
  low: z.int().check(z.minimum(0, 'a scale starts at 0 or 1'), z.maximum(1, 'a scale starts at 0 or 1')),
  high: z
    .int()
    .check(z.minimum(3, 'a scale needs an upper bound from 3 to 10'), z.maximum(10, 'a scale needs an upper bound from 3 to 10')),
  lowLabel: z.optional(z.string().check(z.maxLength(100, 'the low end label is longer than 100 characters'))),
  highLabel: z.optional(z.string().check(z.maxLength(100, 'the high end label is longer than 100 characters'))),
});

export const ChoiceItemSchema = z.object({
  ...base,
  ...scored,
  kind: z.literal('choice'),
  options: options('option'),
  /** The options run from low to high (an ordinal scale in words), so they are analysed as a scale. */
  ordered: z.optional(z.boolean()),
});

export const CheckboxItemSchema = z.object({ ...base, kind: z.literal('checkbox'), options: options('option') });

export const GridItemSchema = z.object({
  ...base,
  kind: z.literal('grid'),
  rows: options('row'),
  columns: options('column'),
  /** The columns run from low to high, so each row is analysed as a scale. */
  ordered: z.optional(z.boolean()),
});

export const ShortTextItemSchema = z.object({ ...base, kind: z.literal('short-text') });
export const ParagraphItemSchema = z.object({ ...base, kind: z.literal('paragraph') });
export const NumberItemSchema = z.object({
  ...base,
  kind: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});

export const TemplateItemSchema = z.discriminatedUnion('kind', [
  ScaleItemSchema,
  ChoiceItemSchema,
  CheckboxItemSchema,
  GridItemSchema,
  ShortTextItemSchema,
  ParagraphItemSchema,
  NumberItemSchema,
]);

export const ConstructSchema = z.object({
  id,
  name: text('the construct name', 100),
  description: z.optional(z.string().check(z.maxLength(1000, 'the description is longer than 1,000 characters'))),
});

export const SectionSchema = z.object({
  title: text('the section title', 200),
  description: z.optional(z.string().check(z.maxLength(2000, 'the description is longer than 2,000 characters'))),
  items: z.array(TemplateItemSchema).check(z.minLength(1, 'a section needs at least one item')),
});

export const TemplateSchema = z.object({
  format: z.literal('senco-time-template', 'the file is not a SENCO Time template ("format" must be "senco-time-template")'),
  formatVersion: z.literal(1, 'this SENCO Time understands template format version 1'),
  id,
  title: text('the title', 200),
  description: z.optional(z.string().check(z.maxLength(4000, 'the description is longer than 4,000 characters'))),
  version: z.string().check(z.regex(/^\d+(\.\d+){0,2}$/, 'the version is a number such as "1", "1.2" or "2.0.1"')),
  sections: z.array(SectionSchema).check(z.minLength(1, 'a template needs at least one section')),
  constructs: z.optional(z.array(ConstructSchema)),
});

export type ScaleItem = z.infer<typeof ScaleItemSchema>;
export type ChoiceItem = z.infer<typeof ChoiceItemSchema>;
export type GridItem = z.infer<typeof GridItemSchema>;
export type TemplateItem = z.infer<typeof TemplateItemSchema>;
export type Construct = z.infer<typeof ConstructSchema>;
export type Template = z.infer<typeof TemplateSchema>;
