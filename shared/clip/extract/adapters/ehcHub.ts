import type { SiteAdapter } from '../adapter';
import { type PortalLayout, readPortal } from '../readPortal';

const LAYOUT: PortalLayout = {
  child: ['.child-banner', '[aria-label="Child or young person"]', '.child-details'],
  childName: ['.child-banner__name', '.child-banner h1'],
  task: ['.request-card', '.task-card', '[id^="request-"]'],
  title: ['.request-card__title', 'h2'],
};

/** EHC Hub (Open Objects / Idox), hosted per LA as <la>.ehchub.co.uk: a child banner over request cards. */
export const ehcHubAdapter: SiteAdapter = {
  id: 'ehc-hub',
  name: 'EHC Hub',
  matches: (url) => /(?:^|\.)ehc-?hub\./i.test(url.hostname) || /^\/ehc-?hub(?:\/|$)/i.test(url.pathname),
  extract: (doc, _selection, today) => readPortal(doc, LAYOUT, today),
};
