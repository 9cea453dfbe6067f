import * as z from 'zod/mini';
import { datePartsOf } from '../dates/isoDate';
import { TaskTypeSchema } from '../tasks/taskTypes';

/**
 * The clip protocol, version 1: what the extension POSTs to the tracker's web app and what it answers.
 * Both ends import these schemas; zod/mini keeps the extension and the Apps Script bundle small.
 */

export const PROTOCOL_VERSION = 1;

/** The web app refuses request bodies longer than this (characters of the JSON text): a clip is a few KB. */
export const MAX_CLIP_BODY_CHARS = 100 * 1024;

/**
 * Initials only: one to four capital letters each followed by a dot or a space ("J.S.", "J. S.", "J S", "M.A.L.S."),
 * or at most three capitals run together ("JS", "JLS"). Four or more capitals with nothing between them are a
 * name ("JACK", "AMIR"), not initials.
 */
export const INITIALS = /^(?:(?:[A-Z](?:\.\s?|\s)){0,3}[A-Z]\.?|[A-Z]{1,3})$/;

/** A real calendar day as YYYY-MM-DD (2026-02-31 is refused, not rolled over to March). */
const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  z.refine((t) => datePartsOf(t) !== null, 'a real date'),
);

export const ClipSchema = z.object({
  v: z.literal(1),
  id: z.uuid(),
  clippedAt: z.iso.datetime({ offset: true }),
  senco: z.string().check(z.minLength(1, 'your name (set it in the extension options)')),
  school: z.optional(z.string()),
  la: z.optional(z.string()),
  pupil: z.optional(z.string().check(z.regex(INITIALS, "the pupil's initials only, such as J.S."))),
  taskType: TaskTypeSchema,
  title: z.string().check(z.minLength(1, 'a title')),
  details: z.optional(z.string()),
  sourceUrl: z.optional(z.string()),
  dueDate: z.optional(isoDate),
  dueBasis: z.optional(z.string()),
  estimatedMinutes: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(10_000))),
  /** The LA officer's work e-mail and phone from the page, kept for the SENCO (docs/redaction.md, "LA contacts"). */
  laContact: z.optional(z.string().check(z.maxLength(200, 'the LA contact: at most 200 characters'))),
});
export type Clip = z.infer<typeof ClipSchema>;

export const ClipRequestSchema = z.object({
  token: z.string(),
  clip: ClipSchema,
});
export type ClipRequest = z.infer<typeof ClipRequestSchema>;

export const ERROR_CODES = ['bad-request', 'bad-token', 'invalid-clip', 'too-large', 'busy', 'no-tracker', 'internal'] as const;
export type ClipErrorCode = (typeof ERROR_CODES)[number];

export const ClipReplySchema = z.union([
  z.object({ ok: z.literal(true), row: z.number(), duplicate: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) }),
]);
export type ClipReply = z.infer<typeof ClipReplySchema>;

/** doGet's health check, for the extension's "Test connection". */
export const HealthSchema = z.object({
  ok: z.boolean(),
  app: z.literal('senco-time-tracker'),
  protocol: z.number(),
  tracker: z.boolean(),
  message: z.string(),
  /** Present when Test connection sent ?key= (a token fingerprint): whether that token is the tracker's current one. */
  key: z.optional(z.enum(['current', 'old'])),
});
export type Health = z.infer<typeof HealthSchema>;
