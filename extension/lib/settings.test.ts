import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_SETTINGS, readSettings, settingsItem } from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are empty until the SENCO saves them', async () => {
    expect(await readSettings()).toEqual(EMPTY_SETTINGS);
  });

  it('read back what was saved', async () => {
    const saved = {
      trackerUrl: 'https://script.google.com/macros/s/AKfycbx1234567890/exec',
      token: 't',
      senco: 'Ms Patel',
      school: 'Oakfield',
      la: 'Northshire',
    };
    await settingsItem.setValue(saved);
    expect(await readSettings()).toEqual(saved);
  });

  it('treat an unreadable stored field as not set, keeping the readable ones', async () => {
    await fakeBrowser.storage.local.set({ settings: { senco: 'Ms Patel', token: 42 } });
    expect(await readSettings()).toEqual({ ...EMPTY_SETTINGS, senco: 'Ms Patel' });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await readSettings()).toEqual(EMPTY_SETTINGS);
  });
});
