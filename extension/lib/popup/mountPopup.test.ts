// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Message, Reply } from '../../messages';
import { draftItem, readDraft } from '../draft/draftForm';
import { noticeItem } from '../notice';
import { type OutboxEntry, outboxItem } from '../outbox/outboxStore';
import { QUEUED, SAVED } from '../savedText';
import { byLabel, loadPage, type } from '../testing/loadPage';
import { sampleClip } from '../testing/sampleClip';
import { sampleDraft } from '../testing/sampleDraft';
import { mountPopup } from './mountPopup';

function mount(answer: (m: Message) => Reply | Promise<Reply> = () => ({ ok: true, message: '' })) {
  const ask = vi.fn(async (m: Message) => answer(m));
  const openOptions = vi.fn();
  return { ask, openOptions, mounted: mountPopup(document, { ask, openOptions }) };
}
const text = (id: string) => document.getElementById(id)!.textContent;
const visible = (id: string) => !document.getElementById(id)!.hidden;

describe('popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    loadPage(document, 'popup');
  });

  it('shows the draft in labelled fields: title, type, initials, due date and basis, minutes, details, source', async () => {
    await draftItem.setValue(sampleDraft({ redactionNote: 'Removed: 1 date of birth' }));
    const { ask, mounted } = mount();
    await mounted;
    expect(byLabel(document, 'Title').value).toBe('Annual review for J.S.');
    expect(byLabel<HTMLSelectElement>(document, 'Task type').value).toBe('annual-review');
    expect(byLabel<HTMLSelectElement>(document, 'Task type').selectedOptions[0].textContent).toBe('Annual review');
    expect(byLabel(document, 'Pupil initials').value).toBe('J.S.');
    expect(byLabel(document, 'Due date').value).toBe('2026-03-12');
    expect(byLabel(document, 'Basis for the due date').value).toBe('Date given on the portal');
    expect(byLabel(document, 'Estimated minutes').value).toBe('300');
    expect(byLabel<HTMLTextAreaElement>(document, 'Details').value).toBe('Advice due 12/03/2026');
    expect((document.getElementById('source') as HTMLAnchorElement).href).toBe('https://portal.example/case/1');
    expect(text('redactions')).toBe('Removed: 1 date of birth');
    expect(ask).not.toHaveBeenCalled();
  });

  it('says which LA contact the clip keeps, and drops it when the SENCO removes it', async () => {
    await draftItem.setValue(sampleDraft({ laContact: 'jane.smith@camden.gov.uk, 020 7974 1234' }));
    await mount().mounted;
    expect(text('laContact')).toBe('Kept: LA contact jane.smith@camden.gov.uk, 020 7974 1234');
    expect(visible('laContactLine')).toBe(true);
    document.getElementById('removeLaContact')!.click();
    expect(visible('laContactLine')).toBe(false);
    await vi.waitFor(async () => expect((await readDraft())?.laContact).toBeUndefined());
  });

  it('shows no LA contact line when the page showed none', async () => {
    await draftItem.setValue(sampleDraft());
    await mount().mounted;
    expect(visible('laContactLine')).toBe(false);
  });

  it('shows the due basis in a multi-line box, so the whole sentence can be read', async () => {
    const basis = 'Advice must be given within 6 weeks of the request, counted from 2 March 2026 (SEND Regulations 2014, reg 8(2)).';
    await draftItem.setValue(sampleDraft({ dueBasis: basis }));
    await mount().mounted;
    const box = byLabel<HTMLTextAreaElement>(document, 'Basis for the due date');
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.value).toBe(basis);
  });

  it('makes a draft from the active tab when there is none (the toolbar button)', async () => {
    const { ask, mounted } = mount(async () => {
      await draftItem.setValue(sampleDraft({ title: 'From the page' }));
      return { ok: true, message: '' };
    });
    await mounted;
    expect(ask).toHaveBeenCalledWith({ type: 'clip-active-tab' });
    expect(byLabel(document, 'Title').value).toBe('From the page');
  });

  it('says why when the page cannot be clipped', async () => {
    const { mounted } = mount(() => ({ ok: false, message: 'SENCO Time cannot read this page.' }));
    await mounted;
    expect(visible('draft')).toBe(false);
    expect(text('emptyText')).toBe('SENCO Time cannot read this page.');
  });

  it('shows a notice left by the background once', async () => {
    await noticeItem.setValue('Nothing could be clipped from this page.');
    const { ask, mounted } = mount();
    await mounted;
    expect(text('notice')).toBe('Nothing could be clipped from this page.');
    expect(await noticeItem.getValue()).toBeNull();
    expect(ask).not.toHaveBeenCalled();
  });

  it('keeps every edit in storage, so the draft survives the popup closing', async () => {
    await draftItem.setValue(sampleDraft());
    await mount().mounted;
    type(byLabel(document, 'Title'), 'Annual review for J.S. (Year 6)');
    type(byLabel<HTMLTextAreaElement>(document, 'Details'), 'Edited details');
    await vi.waitFor(async () => expect((await readDraft())?.details).toBe('Edited details'));
    expect((await readDraft())?.title).toBe('Annual review for J.S. (Year 6)');
  });

  it('sets the new type’s usual minutes, unless the SENCO typed their own', async () => {
    await draftItem.setValue(sampleDraft());
    await mount().mounted;
    type(byLabel<HTMLSelectElement>(document, 'Task type'), 'amendment-response', 'change');
    expect(byLabel(document, 'Estimated minutes').value).toBe('60');
    type(byLabel(document, 'Estimated minutes'), '45');
    type(byLabel<HTMLSelectElement>(document, 'Task type'), 'advice', 'change');
    expect(byLabel(document, 'Estimated minutes').value).toBe('45');
    await vi.waitFor(async () =>
      expect(await readDraft()).toMatchObject({ taskType: 'advice', estimatedMinutes: '45', minutesEdited: true }),
    );
  });

  it('turns a name typed as the pupil into initials', async () => {
    await draftItem.setValue(sampleDraft({ pupil: '' }));
    await mount().mounted;
    type(byLabel(document, 'Pupil initials'), 'Jamie Smith', 'change');
    expect(byLabel(document, 'Pupil initials').value).toBe('J.S.');
  });

  it('asks which pupil the clip is about when the page named several, and saves the chosen initials', async () => {
    await draftItem.setValue(sampleDraft({ pupil: '', pupilCandidates: ['J.S.', 'A.K.'] }));
    const { ask, mounted } = mount(() => ({ ok: true, status: 'saved', message: SAVED }));
    await mounted;
    const choice = document.getElementById('pupilChoice')!;
    expect(choice.hidden).toBe(false);
    expect(choice.querySelector('legend')!.textContent).toBe('Which pupil is this clip about?');
    const radios = [...choice.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.parentElement!.textContent!.trim())).toEqual(['J.S.', 'A.K.', 'None of these']);
    expect(radios.some((r) => r.checked)).toBe(false);
    radios[1].click();
    expect(byLabel(document, 'Pupil initials').value).toBe('A.K.');
    await vi.waitFor(async () => expect((await readDraft())?.pupil).toBe('A.K.'));
    document.getElementById('draft')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith({ type: 'save-draft', draft: expect.objectContaining({ pupil: 'A.K.' }) }));
  });

  it('clears the pupil when the SENCO says it is none of them, and keeps the choice after the popup reopens', async () => {
    await draftItem.setValue(sampleDraft({ pupil: '', pupilCandidates: ['R.P.'] }));
    await mount().mounted;
    expect(document.querySelector('#pupilChoice p')!.textContent).toBe('The page names R.P. but does not say this is the pupil.');
    const [rp, none] = document.querySelectorAll<HTMLInputElement>('#pupilChoice input');
    rp.click();
    await vi.waitFor(async () => expect((await readDraft())?.pupil).toBe('R.P.'));
    none.click();
    expect(byLabel(document, 'Pupil initials').value).toBe('');
    await vi.waitFor(async () => expect((await readDraft())?.pupil).toBe(''));
    rp.click();
    await vi.waitFor(async () => expect((await readDraft())?.pupil).toBe('R.P.'));
    loadPage(document, 'popup');
    await mount().mounted;
    expect(document.querySelector<HTMLInputElement>('#pupilChoice input[value="R.P."]')!.checked).toBe(true);
  });

  it('asks nothing when the page named the pupil', async () => {
    await draftItem.setValue(sampleDraft());
    await mount().mounted;
    expect(visible('pupilChoice')).toBe(false);
    expect(document.querySelectorAll('#pupilChoice input')).toHaveLength(0);
  });

  it.each([
    [SAVED, 'saved', 'ok'],
    [QUEUED, 'queued', 'queued'],
  ] as const)('saves the edited draft and says "%s"', async (message, status, tone) => {
    await draftItem.setValue(sampleDraft());
    // As the background does: the saved draft is cleared before the answer comes.
    const { ask, mounted } = mount(async (m) => {
      if (m.type !== 'save-draft') return { ok: true, message: '' };
      await draftItem.setValue(null);
      return { ok: true, status, message };
    });
    await mounted;
    type(byLabel(document, 'Title'), 'New title');
    document.getElementById('draft')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(text('result')).toBe(message));
    expect(document.getElementById('result')!.className).toBe(`result ${tone}`);
    expect(ask).toHaveBeenCalledWith({ type: 'save-draft', draft: expect.objectContaining({ title: 'New title' }) });
    expect(visible('draft')).toBe(false);
  });

  it('lists what to fix when the clip cannot be saved, keeping the form', async () => {
    await draftItem.setValue(sampleDraft());
    const { mounted } = mount(() => ({
      ok: false,
      message: 'Check the clip before saving:',
      problems: [{ field: 'title', message: 'Give the task a title.' }],
    }));
    await mounted;
    document.getElementById('draft')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(text('problems')).toBe('Give the task a title.'));
    expect(visible('problems')).toBe(true);
    expect(visible('draft')).toBe(true);
    // The problem names its field, so the field is marked without matching the sentence.
    expect(document.getElementById('title')!.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('pupil')!.getAttribute('aria-invalid')).toBe('false');
  });

  it('lists clips not yet in the tracker, with the reason a refused one needs fixing', async () => {
    const entries: OutboxEntry[] = [
      {
        clip: sampleClip({ id: '11111111-1111-4111-8111-111111111111', title: 'Waiting one' }),
        status: 'waiting',
        attempts: 2,
        nextAttemptAt: Date.UTC(2026, 1, 16, 10, 5),
        lastError: { code: 'network', message: 'The tracker could not be reached.' },
      },
      {
        clip: sampleClip({ id: '22222222-2222-4222-8222-222222222222', title: 'Refused one' }),
        status: 'refused',
        attempts: 1,
        nextAttemptAt: 0,
        lastError: { code: 'bad-token', message: 'Wrong token.' },
      },
    ];
    await outboxItem.setValue(entries);
    await draftItem.setValue(sampleDraft());
    const { ask, mounted } = mount();
    await mounted;
    expect(text('outboxHeading')).toBe('Not yet in the tracker (2)');
    const items = [...document.querySelectorAll('#outboxList li')];
    expect(items[0].textContent).toMatch(/^Waiting oneWaiting — next try at \d\d:\d\d\. The tracker could not be reached\.$/);
    expect(items[1].textContent).toMatch(/^Refused oneRefused by the tracker: Wrong token\./);
    (items[1].querySelector('button[aria-label="Resend: Refused one"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith({ type: 'resend-clip', id: '22222222-2222-4222-8222-222222222222' }));
    (document.getElementById('sendNow') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith({ type: 'send-now' }));
  });

  it('opens the options page from its link', async () => {
    await draftItem.setValue(sampleDraft());
    const { openOptions, mounted } = mount();
    await mounted;
    (document.getElementById('openOptions') as HTMLAnchorElement).click();
    expect(openOptions).toHaveBeenCalled();
  });
});
