// Real parts for the extension's end-to-end tests: the BUILT test extension in Debian's Chromium, and the portal
// fixture pages served over HTTP on 127.0.0.1. Nothing is built here: `npm run build:extension:test` makes the
// extension (npm test runs it first).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export const TEST_EXTENSION = resolve('.output/chrome-mv3-test');
const PORTALS = resolve('test/fixtures/portals');
const STORE_PORTAL = resolve('test/extension/storePortal');
const EN_GB_PAK = '/usr/lib/chromium/locales/en-GB.pak';

/** Where the store screenshots' styled EHC Hub page is served (the EHC Hub adapter matches the path). */
export const STORE_PORTAL_PATH = '/ehchub/Professional/Request/Details/51872';

export interface Clipper {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Chromium with the test build loaded, in a throwaway profile; flags as docs/toolchain.md gives them. `hosts` maps
 * made-up portal host names to a loopback server ("portal.example-la.gov.uk" → 127.0.0.1:port, served on port 80's
 * address), so that pages and the popup show a portal's address rather than 127.0.0.1.
 */
export async function launchClipper(options: { hosts?: Record<string, number> } = {}): Promise<Clipper> {
  const manifestPath = join(TEST_EXTENSION, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No test build at ${TEST_EXTENSION}: run npm run build:extension:test first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  if (!manifest.host_permissions?.includes('http://127.0.0.1/*')) {
    throw new Error(`${TEST_EXTENSION} is not the test build (no loopback host permission): run npm run build:extension:test.`);
  }
  // Chromium draws <input type=date> in its own UI language, which needs Debian's chromium-l10n for en-GB.
  if (!existsSync(EN_GB_PAK)) throw new Error(`No ${EN_GB_PAK}: apt-get install chromium-l10n, so dates show as dd/mm/yyyy.`);
  const rules = Object.entries(options.hosts ?? {}).map(([host, port]) => `MAP ${host}:80 127.0.0.1:${port}`);
  const tmp = mkdtempSync(join(tmpdir(), 'senco-clipper-e2e-'));
  const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // As a SENCO in England sees it: dates day first, London time.
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    args: [
      '--lang=en-GB',
      ...(rules.length > 0 ? [`--host-resolver-rules=${rules.join(', ')}`] : []),
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${TEST_EXTENSION}`,
      `--load-extension=${TEST_EXTENSION}`,
    ],
    // On Linux Chromium takes its UI language from the environment; --lang alone is not enough.
    env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB:en', XDG_CONFIG_HOME: `${tmp}/xdg`, XDG_CACHE_HOME: `${tmp}/cache` },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export interface FixtureServer {
  port: number;
  /** The page's URL on a portal-like path, e.g. url('ehc-hub-annual-review.html'). */
  url(name: string): string;
  close(): Promise<void>;
}

/**
 * Where each fixture is served: on the path its portal uses, so that the extractor picks the portal's own adapter
 * (adapters match on host or path, and every page here is on 127.0.0.1). Other pages are served as /<name>.
 */
const PORTAL_PATHS: Record<string, string> = {
  'ehc-hub-annual-review.html': '/ehchub/Professional/Request/Details/48213',
  'liquidlogic-advice-request.html': '/web/portal/pages/task?taskId=99123',
  'capita-one-consultation.html': '/ProfessionalPortal_LIVE/SEND/Forms/Details/7781',
  'synergy-draft-plan.html': '/SynergyWeb/Portal/Case/Draft?caseId=0098765',
  'generic-la-phase-transfer.html': '/send/phase-transfer-2026',
};

/** The store screenshots' styled portal page (test/extension/storePortal/) and its stylesheet, by path. */
const STORE_PAGES: Record<string, { file: string; type: string }> = {
  [STORE_PORTAL_PATH]: { file: join(STORE_PORTAL, 'ehc-hub.html'), type: 'text/html; charset=utf-8' },
  '/ehchub/Content/hub.css': { file: join(STORE_PORTAL, 'hub.css'), type: 'text/css; charset=utf-8' },
};

/** test/fixtures/portals/*.html, and the store screenshots' styled page, over HTTP on 127.0.0.1 as a portal would serve them. */
export async function serveFixtures(): Promise<FixtureServer> {
  const pathOf = (name: string) => PORTAL_PATHS[name] ?? `/${name}`;
  const byPath = new Map<string, { file: string; type: string }>([
    ...readdirSync(PORTALS)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [new URL(pathOf(f), 'http://127.0.0.1').pathname, { file: join(PORTALS, f), type: 'text/html; charset=utf-8' }] as const),
    ...Object.entries(STORE_PAGES),
  ]);
  const server = createServer((req, res) => {
    const page = byPath.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': page.type }).end(readFileSync(page.file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (name) => `http://127.0.0.1:${port}${pathOf(name)}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Polls `probe` until it returns something truthy, or fails after `ms` with `what`. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, ms = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
