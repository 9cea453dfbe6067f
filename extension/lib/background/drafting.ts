import type { DraftForm } from '../draft/draftForm';
import { draftFromExtract } from '../draft/draftFromExtract';
import type { ExtractResult } from '../extractFromTab';

export interface TabLike {
  id?: number;
}

/** A draft made from a tab, or the sentence saying why none could be made. */
export type Drafted = { ok: true; form: DraftForm } | { ok: false; message: string };

export interface DraftingDeps {
  extract: (tabId: number, frameId?: number) => Promise<ExtractResult>;
  now: () => number;
  randomUUID: () => string;
}

/** Reads the request on a tab (or one of its frames) into a popup form with a fresh clip id and time. */
export async function draftFromTab(deps: DraftingDeps, tab: TabLike | undefined, frameId?: number): Promise<Drafted> {
  if (tab?.id === undefined) return { ok: false, message: 'Open the portal page with the request, then clip again.' };
  const extracted = await deps.extract(tab.id, frameId);
  if (!extracted.ok) return { ok: false, message: extracted.message };
  return { ok: true, form: draftFromExtract(extracted.draft, { id: deps.randomUUID(), clippedAt: new Date(deps.now()).toISOString() }) };
}
