// Connecting the BUILT extension with one paste: the connection code from a real tracker (the built Apps Script
// bundle behind test/webapp/server.ts on 127.0.0.1) pasted into the options page in Chromium. Also makes the
// store screenshots (1280×800, docs/store-listing.md) in .output/store-screenshots/, from the same real pages.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OLD_KEY_MESSAGE } from '../../shared/clip/connectionCode';
import { startTrackerServer, type TrackerServer } from '../webapp/server';
import { type Clipper, type FixtureServer, launchClipper, STORE_PORTAL_PATH, serveFixtures, waitFor } from './harness';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const STORE_SHOTS = resolve('.output/store-screenshots');
const STORE_SIZE = { width: 1280, height: 800 };
const PORTAL_HOST = 'portal.example-la.gov.uk';
let clipper: Clipper;
let tracker: TrackerServer;
let portals: FixtureServer;

beforeAll(async () => {
  mkdirSync(STORE_SHOTS, { recursive: true });
  tracker = await startTrackerServer();
  portals = await serveFixtures();
  // The styled portal page is reached by a portal-like name (a fictional LA's), not 127.0.0.1; the tracker stays
  // on 127.0.0.1, the only non-Google host a test build may send clips to (extension/lib/allowsLoopback.ts).
  clipper = await launchClipper({ hosts: { [PORTAL_HOST]: portals.port } });
});
afterAll(async () => {
  await clipper?.close();
  await tracker?.close();
  await portals?.close();
  console.log(`Store screenshots: ${STORE_SHOTS}`);
});

const extensionPage = (path: string) => `chrome-extension://${clipper.extensionId}/${path}`;
const clipSettings = () => tracker.app.call('getClipSettings') as { url: string; token: string; code: string };

async function options(): Promise<Page> {
  const page = await clipper.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(extensionPage('options.html'));
  return page;
}

describe('one paste connects the clipper', () => {
  it('a code copied from Clip settings fills the URL and token, saves, and Test connection succeeds at once', async () => {
    const { code, url, token } = clipSettings();
    expect(url).toBe(tracker.url);
    const page = await options();
    await page.getByLabel('Your name').fill('Ms A. Patel');
    await page.getByLabel('School').fill('Oakfield Primary School');
    await page.getByLabel('Local authority (LA)').fill('Exampleshire');
    await page.getByLabel('Connection code').focus();
    // What Ctrl+V does: the text lands in the field and a paste event fires.
    await page.evaluate((text) => {
      const field = document.getElementById('code') as HTMLInputElement;
      field.value = text;
      field.dispatchEvent(new ClipboardEvent('paste', { bubbles: true }));
    }, code);
    await page.getByText('Code accepted and saved. Connected. The workload tracker is ready to receive clips.').waitFor();
    expect(await page.getByLabel('Tracker web-app URL').inputValue()).toBe(url);
    expect(await page.getByLabel('Token').inputValue()).toBe(token);
    const saved = await clipper.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(saved).toEqual({ trackerUrl: url, token, senco: 'Ms A. Patel', school: 'Oakfield Primary School', la: 'Exampleshire' });
    // The health check carried the token's fingerprint, never the token.
    const checks = tracker.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/exec'));
    expect(checks.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(STORE_SHOTS, '2-options-connected.png') });
    await page.close();
  });

  it('after Make a new code, Test connection names the old code and what to do', async () => {
    tracker.app.call('rotateTrackerToken');
    const page = await options();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText(OLD_KEY_MESSAGE).waitFor();
    await page.getByLabel('Connection code').fill(clipSettings().code);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText('Code accepted and saved. Connected. The workload tracker is ready to receive clips.').waitFor();
    await page.close();
  });

  it('a damaged code gets one sentence and changes nothing', async () => {
    const page = await options();
    const before = await page.getByLabel('Token').inputValue();
    await page.getByLabel('Connection code').fill(clipSettings().code.slice(0, 50));
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText(/^This connection code is incomplete or damaged: /).waitFor();
    expect(await page.getByLabel('Token').inputValue()).toBe(before);
    await page.close();
  });
});

/**
 * A store screenshot of the popup over the portal page. A headless browser cannot show the toolbar popup itself, so
 * the two real screenshots are put together as Chrome shows them: the popup hanging from the top right, over the page.
 */
async function overPortal(portal: Buffer, panel: Buffer, file: string): Promise<void> {
  const composed = await clipper.context.newPage();
  await composed.setViewportSize(STORE_SIZE);
  await composed.setContent(
    `<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">` +
      `<img src="data:image/png;base64,${portal.toString('base64')}" style="position:absolute;inset:0;filter:brightness(.97)">` +
      `<img src="data:image/png;base64,${panel.toString('base64')}" style="position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.35)">` +
      `</body>`,
  );
  await composed.screenshot({ path: join(STORE_SHOTS, file) });
  await composed.close();
}

describe('store screenshots', () => {
  it('the popup with a draft, over the portal page it came from, at 1280×800', async () => {
    const page = await clipper.context.newPage();
    await page.setViewportSize(STORE_SIZE);
    const url = `http://${PORTAL_HOST}${STORE_PORTAL_PATH}`;
    await page.goto(url);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(238, 242, 244)');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.request-card')!);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.bringToFront();
    await clipper.worker.evaluate(async (u: string) => {
      const [tab] = await chrome.tabs.query({ url: u });
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'clip-selection', frameId: 0, editable: false, pageUrl: u, selectionText: '…' },
        tab,
      );
    }, url);
    await waitFor('the draft', () => clipper.worker.evaluate(async () => (await chrome.storage.local.get('draft')).draft ?? null));
    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    const portal = await page.screenshot();

    const popup = await clipper.context.newPage();
    // Chrome caps a toolbar popup at 600 pixels high.
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extensionPage('popup.html'));
    await expect.poll(() => popup.getByLabel('Title').inputValue()).not.toBe('');
    // What the screenshot must show: the statutory basis in full, the LA officer's contact kept, the portal's address,
    // and the due date in the UI language a SENCO in England has (dd/mm/yyyy needs Chromium's en-GB).
    // SEND Regulations 2014 reg 13(1): 15 days beginning with Mon 2 March 2026 end on Mon 16 March 2026.
    expect(await popup.getByLabel('Due date', { exact: true }).inputValue()).toBe('2026-03-16');
    expect(await popup.getByLabel('Basis for the due date').inputValue()).toContain('reg 13(1)');
    const basis = popup.getByLabel('Basis for the due date');
    expect(await basis.evaluate((box: HTMLTextAreaElement) => box.scrollHeight <= box.clientHeight + 2)).toBe(true);
    expect(await popup.locator('#laContact').textContent()).toBe('Kept: LA contact hannah.price@example-la.gov.uk, 01632 960217');
    expect(await popup.locator('#source').textContent()).toBe(url);
    expect(await popup.evaluate(() => navigator.language)).toBe('en-GB');
    await overPortal(portal, await popup.screenshot({ fullPage: false }), '1-popup-draft-over-portal.png');
    // The popup scrolled to its end, as the SENCO scrolls it: what was removed, the LA contact kept, Save.
    await popup.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await overPortal(portal, await popup.screenshot({ fullPage: false }), '3-popup-kept-contact-over-portal.png');
    for (const p of [popup, page]) await p.close();
  });
});
