import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleDraft } from '../testing/sampleDraft';
import { draftItem, readDraft } from './draftForm';

describe('the stored draft', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a draft saved by version 1, whose problems were bare sentences, as problems with no field', async () => {
    const { problems: _, ...old } = sampleDraft();
    // How WXT stores an item and its version: the value under its key, the version in the key's "$" metadata.
    await fakeBrowser.storage.local.set({ draft: { ...old, problems: ['The tracker did not accept this token.'] }, draft$: { v: 1 } });
    await draftItem.migrate();
    expect((await readDraft())?.problems).toEqual([{ message: 'The tracker did not accept this token.' }]);
  });

  it('reads no draft, rather than a broken one, when storage holds something else', async () => {
    await fakeBrowser.storage.local.set({ draft: { title: 42 } });
    expect(await readDraft()).toBeNull();
  });
});
