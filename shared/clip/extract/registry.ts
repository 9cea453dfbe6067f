import type { SiteAdapter } from './adapter';
import { capitaOneAdapter } from './adapters/capitaOne';
import { ehcHubAdapter } from './adapters/ehcHub';
import { genericAdapter } from './adapters/generic';
import { liquidlogicAdapter } from './adapters/liquidlogic';
import { synergyAdapter } from './adapters/synergy';

/** The portal adapters, most specific first; the generic one is the fallback. */
export const ADAPTERS: readonly SiteAdapter[] = [ehcHubAdapter, liquidlogicAdapter, synergyAdapter, capitaOneAdapter];

/** The adapter for a page address: the first portal adapter whose host/path pattern matches, else the generic one. */
export function adapterFor(url: URL): SiteAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? genericAdapter;
}
