import type { SiteAdapter } from '../adapter';
import { type PortalLayout, readPortal } from '../readPortal';

const LAYOUT: PortalLayout = {
  child: ['fieldset.case-person', '.case-person', 'fieldset'],
  task: ['fieldset.case-stage', '.case-stage', 'form'],
  title: ['legend', 'h2', 'h1'],
};

/**
 * Synergy-style SEND portals: read-only form fields in fieldsets (forename and surname apart), the
 * case stage and its dates in a second fieldset. Recognised by "synergy" in the host or path.
 */
export const synergyAdapter: SiteAdapter = {
  id: 'synergy',
  name: 'Synergy SEND portal',
  matches: (url) => /synergy/i.test(url.hostname) || /\/synergy/i.test(url.pathname),
  extract: (doc, _selection, today) => readPortal(doc, LAYOUT, today),
};
