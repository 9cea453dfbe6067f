import { describe, expect, it, vi } from 'vitest';
import { extractFromTab } from './extractFromTab';

const DRAFT = {
  title: 'Advice request',
  taskType: 'advice',
  details: 'Advice due 12/03/2026',
  sourceUrl: 'https://portal.example/1',
  redactions: [],
};

describe('extractFromTab', () => {
  it('injects the extractor file into the tab (or the right-clicked frame) and returns its draft', async () => {
    const executeScript = vi.fn(async () => [{ result: DRAFT }]);
    expect(await extractFromTab(5, 2, { executeScript })).toEqual({ ok: true, draft: DRAFT });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5, frameIds: [2] }, files: ['/extractor.js'] });
    await extractFromTab(5, 0, { executeScript });
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: 5 }, files: ['/extractor.js'] });
  });

  it('explains a page the browser will not let extensions read', async () => {
    const executeScript = vi.fn(async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    const result = await extractFromTab(5, undefined, { executeScript });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^SENCO Time cannot read this page/) });
  });

  it('refuses whatever a page hands back that is not a draft', async () => {
    for (const result of [
      undefined,
      null,
      'draft',
      { ...DRAFT, taskType: 'homework' },
      { ...DRAFT, redactions: [{ kind: 'shoe-size', count: 1 }] },
    ]) {
      expect(await extractFromTab(5, undefined, { executeScript: async () => [{ result }] })).toEqual({
        ok: false,
        message: 'Nothing could be clipped from this page: select the text of the request and try again.',
      });
    }
  });
});
