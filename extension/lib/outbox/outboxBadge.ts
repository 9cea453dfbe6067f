import type { OutboxEntry } from './outboxStore';

/** The toolbar action's badge methods (browser.action, or a fake in tests). */
export interface ActionLike {
  setBadgeText(details: { text: string }): unknown;
  setBadgeBackgroundColor(details: { color: string }): unknown;
  setTitle(details: { title: string }): unknown;
}

export const BADGE_WAITING = '#b06000';
export const BADGE_REFUSED = '#c5221f';
const TITLE = 'SENCO Time clipper';

/** The toolbar badge: how many clips have not reached the tracker; red when one needs the SENCO's attention. */
export async function showOutboxBadge(entries: readonly OutboxEntry[], action: ActionLike): Promise<void> {
  const refused = entries.filter((e) => e.status === 'refused').length;
  const waiting = entries.length - refused;
  const parts = [
    waiting ? `${waiting} ${waiting === 1 ? 'clip' : 'clips'} waiting to send` : '',
    refused ? `${refused} ${refused === 1 ? 'clip needs' : 'clips need'} your attention` : '',
  ].filter(Boolean);
  await action.setBadgeText({ text: entries.length ? String(entries.length) : '' });
  await action.setBadgeBackgroundColor({ color: refused ? BADGE_REFUSED : BADGE_WAITING });
  await action.setTitle({ title: parts.length ? `${TITLE}: ${parts.join('; ')}` : TITLE });
}
