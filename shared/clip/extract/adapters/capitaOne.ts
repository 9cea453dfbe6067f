import type { SiteAdapter } from '../adapter';
import { type PortalLayout, readPortal } from '../readPortal';

const LAYOUT: PortalLayout = {
  child: ['#child-details', '.panel'],
  task: ['#form-details', '.form-details'],
  title: ['.form-title', 'h2'],
};

/**
 * Capita One SEND professional (and citizen) portal: Bootstrap panels of label / static value
 * pairs, the form's details with its "Information Due Deadline". Served under /ProfessionalPortal…/
 * or /CitizenPortal…/ on an LA host.
 */
export const capitaOneAdapter: SiteAdapter = {
  id: 'capita-one',
  name: 'Capita One SEND portal',
  matches: (url) => /^\/(?:Professional|Citizen)Portal[^/]*(?:\/|$)/i.test(url.pathname) || /capita-?one|oneonline/i.test(url.hostname),
  extract: (doc, _selection, today) => readPortal(doc, LAYOUT, today),
};
