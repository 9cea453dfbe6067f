import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { ClipSchema } from '../../../shared/clip/clipSchema';

/** A clip stored before it is sent: waiting (will be retried) or refused by the tracker (waits for the SENCO). */
export const OutboxEntrySchema = z.object({
  clip: ClipSchema,
  status: z.enum(['waiting', 'refused']),
  attempts: z.number(),
  /** Epoch ms; a waiting clip is sent once the clock passes it. */
  nextAttemptAt: z.number(),
  lastError: z.optional(z.object({ code: z.string(), message: z.string() })),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export const outboxItem = storage.defineItem<unknown[]>('local:outbox', { fallback: [], version: 1 });

interface ItemLike {
  getValue(): Promise<unknown>;
  setValue(value: OutboxEntry[]): Promise<void>;
}

export interface OutboxStore {
  read(): Promise<OutboxEntry[]>;
  /** Read, change and write back with no other update in between (within this extension context). */
  update(change: (entries: OutboxEntry[]) => OutboxEntry[]): Promise<OutboxEntry[]>;
}

/** Parses stored entries one by one, so one unreadable entry cannot hide the others. */
export function parseOutbox(value: unknown): OutboxEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = OutboxEntrySchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The outbox in storage.local, with updates serialised: the background is its only writer. */
export function createOutboxStore(item: ItemLike = outboxItem as unknown as ItemLike): OutboxStore {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read: async () => parseOutbox(await item.getValue()),
    update(change) {
      const next = queue.then(async () => {
        const stored = await item.getValue();
        const entries = change(parseOutbox(stored));
        // An entry this version cannot read is kept as it was, never silently deleted.
        const unreadable = Array.isArray(stored) ? stored.filter((v) => !OutboxEntrySchema.safeParse(v).success) : [];
        await item.setValue([...entries, ...(unreadable as OutboxEntry[])]);
        return entries;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
