import type { SiteAdapter } from '../adapter';
import { type PortalLayout, readPortal } from '../readPortal';

const LAYOUT: PortalLayout = {
  child: ['.banner.demographics', '.demographics', '#demographics', '.banner'],
  task: ['.task-details', '#task-details', '.task'],
  title: ['.task-title', 'h2'],
};

/**
 * Liquidlogic (EHM / LCS) professional portal: a demographics banner ("Name: SMITH, Jamie", DOB,
 * UPN, NHS No) over the delegated task. Served from a liquidlogic host or an LA host under /web/portal/.
 */
export const liquidlogicAdapter: SiteAdapter = {
  id: 'liquidlogic',
  name: 'Liquidlogic professional portal',
  matches: (url) => /liquidlogic/i.test(url.hostname) || /^\/web\/portal(?:\/|$)/i.test(url.pathname),
  extract: (doc, _selection, today) => readPortal(doc, LAYOUT, today),
};
