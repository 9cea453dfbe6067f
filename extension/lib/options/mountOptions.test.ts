// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encodeConnectionCode, OLD_KEY_MESSAGE } from '../../../shared/clip/connectionCode';
import type { Message, Reply } from '../../messages';
import { settingsItem } from '../settings';
import { byLabel, loadPage, type } from '../testing/loadPage';
import { SETTINGS } from '../testing/sampleDraft';
import { mountOptions } from './mountOptions';

const LABELS = ['Tracker web-app URL', 'Token', 'Your name', 'School', 'Local authority (LA)'];

function mount(answer: (m: Message) => Reply = () => ({ ok: true, message: '' }), allowLoopback = false) {
  const ask = vi.fn(async (m: Message) => answer(m));
  return { ask, mounted: mountOptions(document, { ask, allowLoopback: () => allowLoopback }) };
}
const status = () => document.getElementById('status')!;
const click = (id: string) => (document.getElementById(id) as HTMLButtonElement).click();
const submit = () => document.getElementById('settings')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    loadPage(document, 'options');
  });

  it('shows the saved settings in labelled fields', async () => {
    await settingsItem.setValue(SETTINGS);
    await mount().mounted;
    expect(LABELS.map((l) => byLabel(document, l).value)).toEqual([
      SETTINGS.trackerUrl,
      SETTINGS.token,
      SETTINGS.senco,
      SETTINGS.school,
      SETTINGS.la,
    ]);
  });

  it('saves the settings and tells the background', async () => {
    const { ask, mounted } = mount();
    await mounted;
    LABELS.forEach((l, i) => type(byLabel(document, l), ` ${Object.values(SETTINGS)[i]} `));
    submit();
    await vi.waitFor(() => expect(status().textContent).toBe('Saved.'));
    expect(await settingsItem.getValue()).toEqual(SETTINGS);
    expect(ask).toHaveBeenCalledWith({ type: 'settings-changed' });
  });

  it('says what is still missing after saving part of the settings', async () => {
    await mount().mounted;
    type(byLabel(document, 'Your name'), 'Ms Patel');
    submit();
    await vi.waitFor(() => expect(status().textContent).toBe('Saved. Add the tracker URL and the token before clipping.'));
  });

  it('refuses a URL that is not a tracker, and marks the field', async () => {
    await mount().mounted;
    type(byLabel(document, 'Tracker web-app URL'), 'https://docs.google.com/spreadsheets/d/1abc/edit');
    submit();
    await vi.waitFor(() => expect(status().textContent).toMatch(/must start https:\/\/script.google.com/));
    expect(byLabel(document, 'Tracker web-app URL').getAttribute('aria-invalid')).toBe('true');
    expect(await settingsItem.getValue()).toEqual({ trackerUrl: '', token: '', senco: '', school: '', la: '' });
  });

  it('refuses a loopback URL in a store build but accepts it in a test build', async () => {
    await mount().mounted;
    type(byLabel(document, 'Tracker web-app URL'), 'http://127.0.0.1:4000/macros/s/test/exec');
    submit();
    await vi.waitFor(() => expect(status().className).toBe('status bad'));

    loadPage(document, 'options');
    await mount(undefined, true).mounted;
    type(byLabel(document, 'Tracker web-app URL'), 'http://127.0.0.1:4000/macros/s/test/exec');
    submit();
    await vi.waitFor(async () => expect((await settingsItem.getValue()).trackerUrl).toBe('http://127.0.0.1:4000/macros/s/test/exec'));
  });

  it('tests the connection with the URL in the field, and shows the answer', async () => {
    const { ask, mounted } = mount((m) =>
      m.type === 'test-connection' ? { ok: true, message: 'Connected. Ready.' } : { ok: true, message: '' },
    );
    await mounted;
    type(byLabel(document, 'Tracker web-app URL'), SETTINGS.trackerUrl);
    click('test');
    await vi.waitFor(() => expect(status().textContent).toBe('Connected. Ready.'));
    expect(status().className).toBe('status ok');
    expect(ask).toHaveBeenCalledWith({ type: 'test-connection', url: SETTINGS.trackerUrl, token: '' });
  });
});

describe('the connection code', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    loadPage(document, 'options');
  });
  const code = () => byLabel(document, 'Connection code');
  const connect = () => document.getElementById('connect')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  const paste = (text: string) => {
    code().value = text;
    code().dispatchEvent(new Event('paste', { bubbles: true }));
  };

  it('fills the URL and token from a pasted code, saves them with the rest, and tests the connection at once', async () => {
    const { ask, mounted } = mount((m) =>
      m.type === 'test-connection' ? { ok: true, message: 'Connected. Ready.' } : { ok: true, message: '' },
    );
    await mounted;
    type(byLabel(document, 'Your name'), 'Ms Patel');
    paste(encodeConnectionCode({ url: SETTINGS.trackerUrl, token: SETTINGS.token }));
    await vi.waitFor(() => expect(status().textContent).toBe('Code accepted and saved. Connected. Ready.'));
    expect(byLabel(document, 'Tracker web-app URL').value).toBe(SETTINGS.trackerUrl);
    expect(byLabel(document, 'Token').value).toBe(SETTINGS.token);
    expect(await settingsItem.getValue()).toEqual({
      trackerUrl: SETTINGS.trackerUrl,
      token: SETTINGS.token,
      senco: 'Ms Patel',
      school: '',
      la: '',
    });
    expect(ask).toHaveBeenCalledWith({ type: 'test-connection', url: SETTINGS.trackerUrl, token: SETTINGS.token });
    expect(code().value).toBe('');
  });

  it('shows the tracker’s word for a code whose token was replaced', async () => {
    await mount((m) => (m.type === 'test-connection' ? { ok: false, message: OLD_KEY_MESSAGE } : { ok: true, message: '' })).mounted;
    type(code(), encodeConnectionCode({ url: SETTINGS.trackerUrl, token: 'old-token' }));
    connect();
    await vi.waitFor(() => expect(status().textContent).toBe(`Code accepted and saved. ${OLD_KEY_MESSAGE}`));
    expect(status().className).toBe('status bad');
  });

  it.each([
    [
      'a damaged code',
      () => encodeConnectionCode({ url: SETTINGS.trackerUrl, token: SETTINGS.token }).slice(0, 30),
      /^This connection code is incomplete or damaged: /,
    ],
    ['a URL instead of a code', () => SETTINGS.trackerUrl, /^That is not a connection code: /],
    ['a newer code', () => 'senco2.eyJ2IjoyfQ', /^This code is from a newer version of the tracker/],
    [
      'a code for an address that is not a tracker',
      () => encodeConnectionCode({ url: 'https://example.com/exec', token: 't' }),
      /^This code holds an address the clipper cannot use\. The tracker URL must start/,
    ],
  ])('refuses %s with one sentence, saving nothing', async (_, text, message) => {
    const { ask, mounted } = mount();
    await mounted;
    paste(text());
    await vi.waitFor(() => expect(status().textContent).toMatch(message));
    expect(code().getAttribute('aria-invalid')).toBe('true');
    expect(ask).not.toHaveBeenCalled();
    expect(await settingsItem.getValue()).toEqual({ trackerUrl: '', token: '', senco: '', school: '', la: '' });
  });
});
