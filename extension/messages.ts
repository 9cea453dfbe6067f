import * as z from 'zod/mini';
import { DraftFormSchema } from './lib/draft/draftForm';
import { ProblemSchema } from './lib/draft/problem';

/** What the extractor's main returns from inside the page: shared/clip/extract's ClipDraft, parsed on arrival. */
export { type ClipDraft as ExtractedDraft, ClipDraftSchema as ExtractedDraftSchema } from '../shared/clip/extract/types';

/** Every message the popup and options page send to the background: one discriminated union, parsed on arrival. */
export const MessageSchema = z.discriminatedUnion('type', [
  /** Toolbar button: make a draft from the active tab (selection, or the whole request on the page). */
  z.object({ type: z.literal('clip-active-tab') }),
  /** Popup Save: build the clip from the form, store it in the outbox, try to send it. */
  z.object({ type: z.literal('save-draft'), draft: DraftFormSchema }),
  z.object({ type: z.literal('discard-draft') }),
  /** Copy a clip the tracker refused back into the form, keeping its id, so it can be fixed and saved again. */
  z.object({ type: z.literal('edit-clip'), id: z.string() }),
  /** Send a refused clip again unchanged (after fixing the token or the tracker). */
  z.object({ type: z.literal('resend-clip'), id: z.string() }),
  z.object({ type: z.literal('delete-clip'), id: z.string() }),
  /** Try every waiting clip now, whatever its backoff says. */
  z.object({ type: z.literal('send-now') }),
  /** The token, when given, is checked too (by its fingerprint: it is not sent). */
  z.object({ type: z.literal('test-connection'), url: z.string(), token: z.optional(z.string()) }),
  /** The options were saved: clips waiting for a URL or token may go now. */
  z.object({ type: z.literal('settings-changed') }),
]);
export type Message = z.infer<typeof MessageSchema>;

/** The background's answer to any message: whether it worked, and what to tell the SENCO. */
export const ReplySchema = z.object({
  ok: z.boolean(),
  message: z.string(),
  /** What became of a saved clip; the popup and badge go by this, never by the wording of `message`. */
  status: z.optional(z.enum(['saved', 'queued', 'refused'])),
  problems: z.optional(z.array(ProblemSchema)),
});
export type Reply = z.infer<typeof ReplySchema>;

/** A reply that only says whether it worked and what to tell the SENCO. */
export type Outcome = Pick<Reply, 'ok' | 'message'>;

/** Each message's own reply: every one fits `Reply`, the shape that crosses the message channel. */
export interface ReplyTo {
  'clip-active-tab': Outcome;
  'save-draft': Reply;
  'discard-draft': Outcome;
  'edit-clip': Outcome;
  'resend-clip': Pick<Reply, 'ok' | 'message' | 'status'>;
  'delete-clip': Outcome;
  'send-now': Outcome;
  'test-connection': Outcome;
  'settings-changed': Outcome;
}

/** The background's answer to each message type, as a map: the compiler checks every type has one. */
export type Handlers = { [K in Message['type']]: (message: Extract<Message, { type: K }>) => Promise<ReplyTo[K]> };
