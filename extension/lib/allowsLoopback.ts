import { browser } from 'wxt/browser';

const LOOPBACK = 'http://127.0.0.1/*';

interface ManifestLike {
  host_permissions?: string[];
  permissions?: unknown[];
}

/**
 * Whether this build may talk to a tracker on 127.0.0.1. The manifest is the single source of truth: only
 * development and test builds list the loopback host (see wxt.config.ts), so a store build refuses such URLs.
 */
export function allowsLoopback(manifest: ManifestLike = browser.runtime.getManifest() as ManifestLike): boolean {
  // MV3 lists hosts in host_permissions; Firefox's MV2 build puts them among the permissions.
  return [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])].includes(LOOPBACK);
}
