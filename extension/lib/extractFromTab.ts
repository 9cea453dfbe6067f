import { browser } from 'wxt/browser';
import { type ExtractedDraft, ExtractedDraftSchema } from '../messages';

export type ExtractResult = { ok: true; draft: ExtractedDraft } | { ok: false; message: string };

interface ScriptingLike {
  executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<{ result?: unknown }[]>;
}

/**
 * Runs the extractor in the tab (or the frame the SENCO right-clicked in) and parses the draft it returns. The
 * extractor redacts inside the page, so only the redacted draft ever reaches the extension.
 */
export async function extractFromTab(
  tabId: number,
  frameId?: number,
  scripting: ScriptingLike = browser.scripting as unknown as ScriptingLike,
): Promise<ExtractResult> {
  let results: { result?: unknown }[];
  try {
    results = await scripting.executeScript({
      target: frameId ? { tabId, frameIds: [frameId] } : { tabId },
      files: ['/extractor.js'],
    });
  } catch {
    return {
      ok: false,
      message:
        'SENCO Time cannot read this page (browser pages, the extension store and PDF viewers are closed to extensions): open the request on the portal and clip it there.',
    };
  }
  const parsed = ExtractedDraftSchema.safeParse(results[0]?.result);
  if (!parsed.success)
    return { ok: false, message: 'Nothing could be clipped from this page: select the text of the request and try again.' };
  return { ok: true, draft: parsed.data };
}
