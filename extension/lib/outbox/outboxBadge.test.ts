import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleClip } from '../testing/sampleClip';
import { BADGE_REFUSED, BADGE_WAITING, showOutboxBadge } from './outboxBadge';
import type { OutboxEntry } from './outboxStore';

const entry = (status: OutboxEntry['status']): OutboxEntry => ({ clip: sampleClip(), status, attempts: 1, nextAttemptAt: 0 });
const hex = (rgba: number[]) =>
  `#${rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`;

describe('showOutboxBadge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows nothing when every clip is in the tracker', async () => {
    await showOutboxBadge([], browser.action);
    expect(await browser.action.getBadgeText({})).toBe('');
    expect(await browser.action.getTitle({})).toBe('SENCO Time clipper');
  });

  it('counts clips waiting to send', async () => {
    await showOutboxBadge([entry('waiting'), entry('waiting')], browser.action);
    expect(await browser.action.getBadgeText({})).toBe('2');
    expect(hex(await browser.action.getBadgeBackgroundColor({}))).toBe(BADGE_WAITING);
    expect(await browser.action.getTitle({})).toBe('SENCO Time clipper: 2 clips waiting to send');
  });

  it('turns red and says so when a clip needs the SENCO', async () => {
    await showOutboxBadge([entry('waiting'), entry('refused')], browser.action);
    expect(await browser.action.getBadgeText({})).toBe('2');
    expect(hex(await browser.action.getBadgeBackgroundColor({}))).toBe(BADGE_REFUSED);
    expect(await browser.action.getTitle({})).toBe('SENCO Time clipper: 1 clip waiting to send; 1 clip needs your attention');
  });
});
