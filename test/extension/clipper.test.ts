// The built extension in real Chromium, clipping real portal fixture pages into the tracker web app (the BUILT
// Apps Script bundle behind a real HTTP server that answers like Google: 302 to a one-time URL).
// Native menus and shortcuts cannot be pressed headless, so the tests fire the extension's own listeners through
// chrome.contextMenus.onClicked / chrome.commands.onCommand in the service worker (docs/toolchain.md).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { COL } from '../../shared/tracker/trackerLayout';
import { startTrackerServer, type TrackerServer } from '../webapp/server';
import { type Clipper, type FixtureServer, launchClipper, serveFixtures, waitFor } from './harness';

// The service worker's global, inside sw.evaluate callbacks (they run there, not in Node).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

let clipper: Clipper;
let tracker: TrackerServer;
let portals: FixtureServer;
const shots = mkdtempSync(join(tmpdir(), 'senco-clipper-screenshots-'));
const PII = [
  'Jamie',
  'SMITH',
  'Smith',
  '04/05/2014',
  'A123456789012',
  '943 476 5919',
  '9434765919',
  '07700 900123',
  'Acacia',
  'LS1 4AB',
  'sarah.smith@example.com',
];

beforeAll(async () => {
  if (!existsSync('dist/apps-script/Code.js')) throw new Error('No dist/apps-script/Code.js: run npm run build first.');
  tracker = await startTrackerServer();
  portals = await serveFixtures();
  clipper = await launchClipper();
});

afterAll(async () => {
  await clipper?.close();
  await tracker?.close();
  await portals?.close();
  console.log(`Screenshots: ${shots}`);
});

const extensionPage = (path: string) => `chrome-extension://${clipper.extensionId}/${path}`;

/** Opens a portal fixture and selects the text of one element, as a SENCO would before clipping. */
async function openAndSelect(name: string, selector: string): Promise<{ page: Page; url: string }> {
  const page = await clipper.context.newPage();
  const url = portals.url(name);
  await page.goto(url);
  await page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);
  await page.bringToFront();
  return { page, url };
}

function rows(): unknown[][] {
  return tracker.tasks().slice(1);
}

async function stored(key: 'draft' | 'outbox'): Promise<any> {
  return clipper.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k] ?? null, key);
}

async function badge(): Promise<string> {
  return clipper.worker.evaluate(() => chrome.action.getBadgeText({}));
}

async function quickClip(url: string): Promise<void> {
  await clipper.worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    chrome.commands.onCommand.dispatch('quick-clip', tab);
  }, url);
}

async function openPopup(): Promise<Page> {
  const popup = await clipper.context.newPage();
  await popup.setViewportSize({ width: 380, height: 760 });
  await popup.goto(extensionPage('popup.html'));
  return popup;
}

describe('the SENCO Time clipper in Chromium', () => {
  it('loads with exactly the permissions the issue allows, and no content scripts', async () => {
    const manifest = await clipper.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['activeTab', 'contextMenus', 'storage', 'scripting', 'alarms']);
    expect(manifest.host_permissions).toEqual([
      'https://script.google.com/*',
      'https://script.googleusercontent.com/*',
      'http://127.0.0.1/*',
      // Test builds only: the store screenshots' portal page, a fictional LA's host mapped to 127.0.0.1.
      'http://portal.example-la.gov.uk/*',
    ]);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.commands['quick-clip']).toBeDefined();
  });

  it('options: saves the settings from labelled fields, and "Test connection" reaches the tracker', async () => {
    const options = await clipper.context.newPage();
    await options.setViewportSize({ width: 760, height: 900 });
    await options.goto(extensionPage('options.html'));
    await options.getByLabel('Tracker web-app URL').fill(tracker.url);
    await options.getByLabel('Token').fill(tracker.token);
    await options.getByLabel('Your name').fill('Ms A. Patel');
    await options.getByLabel('School').fill('Oakfield Primary School');
    await options.getByLabel('Local authority (LA)').fill('Exampleshire');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.', { exact: true }).waitFor();
    await options.getByRole('button', { name: 'Test connection' }).click();
    await options.getByText('Connected. The workload tracker is ready to receive clips.').waitFor();
    const path = join(shots, 'options.png');
    await options.screenshot({ path, fullPage: true });
    console.log(`Options page screenshot: ${path}`);
    await options.close();
  });

  it('context menu: the selection becomes a redacted draft in the popup, and Save puts one row in the tracker', async () => {
    const { page, url } = await openAndSelect('ehc-hub-annual-review.html', '.request-card');
    await clipper.worker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'clip-selection', frameId: 0, editable: false, pageUrl: u, selectionText: '…' },
        tab,
      );
    }, url);
    const draft = await waitFor('the draft from the context menu', () => stored('draft'));
    // Redaction happened inside the page: the stored draft carries no name, date of birth or contact details.
    for (const secret of PII) expect(JSON.stringify(draft)).not.toContain(secret);
    expect(draft).toMatchObject({ taskType: 'annual-review', pupil: 'J.S.', dueDate: '2026-02-26', sourceUrl: url });

    const popup = await openPopup();
    await expect.poll(() => popup.getByLabel('Title').inputValue()).not.toBe('');
    expect(await popup.getByLabel('Task type').inputValue()).toBe('annual-review');
    expect(await popup.getByLabel('Pupil initials').inputValue()).toBe('J.S.');
    expect(await popup.getByLabel('Due date', { exact: true }).inputValue()).toBe('2026-02-26');
    expect(await popup.getByLabel('Basis for the due date').inputValue()).not.toBe('');
    expect(await popup.getByLabel('Estimated minutes').inputValue()).toBe('300');
    const path = join(shots, 'popup-draft.png');
    await popup.screenshot({ path, fullPage: true });
    console.log(`Popup (draft) screenshot: ${path}`);

    const before = rows().length;
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByText('Saved to tracker', { exact: true }).waitFor();
    const added = rows().slice(before);
    expect(added).toHaveLength(1);
    expect(added[0][COL['Clip ID']]).toBe(draft.id);
    expect(added[0][COL['Pupil (initials)']]).toBe('J.S.');
    expect(added[0][COL['Task type']]).toBe('Annual review');
    expect(added[0][COL.SENCO]).toBe('Ms A. Patel');
    for (const secret of PII) expect(JSON.stringify(added[0])).not.toContain(secret);
    expect(await stored('draft')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('two children on one page: the popup asks which pupil, and the tracker gets the chosen initials', async () => {
    const { page, url } = await openAndSelect('generic-two-children.html', 'main');
    await clipper.worker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'clip-selection', frameId: 0, editable: false, pageUrl: u, selectionText: '…' },
        tab,
      );
    }, url);
    const draft = await waitFor('the draft of the two-children page', () => stored('draft'));
    for (const secret of ['Jamie', 'Smith', 'Aisha', 'Khan', '04/05/2014', '12/10/2014'])
      expect(JSON.stringify(draft)).not.toContain(secret);
    // Code of Practice ch. 9: 15 days from the consultation on 2 March 2026 is 17 March 2026
    expect(draft).toMatchObject({ taskType: 'consultation-response', pupil: '', pupilCandidates: ['J.S.', 'A.K.'], dueDate: '2026-03-17' });

    const popup = await openPopup();
    const question = popup.getByRole('group', { name: 'Which pupil is this clip about?' });
    await question.waitFor();
    expect(await question.getByRole('radio').count()).toBe(3);
    await question.getByRole('radio', { name: 'A.K.' }).check();
    expect(await popup.getByLabel('Pupil initials').inputValue()).toBe('A.K.');
    const path = join(shots, 'popup-pupil-choice.png');
    await popup.screenshot({ path, fullPage: true });
    console.log(`Popup (which pupil) screenshot: ${path}`);

    const before = rows().length;
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByText('Saved to tracker', { exact: true }).waitFor();
    const added = rows().slice(before);
    expect(added).toHaveLength(1);
    expect(added[0][COL['Pupil (initials)']]).toBe('A.K.');
    await popup.close();
    await page.close();
  });

  it('contacts table first: the quick clip names the child, not the mother, and counts from the amendment notice', async () => {
    const { page, url } = await openAndSelect('generic-contacts-first.html', 'main');
    const before = rows().length;
    await quickClip(url);
    await waitFor('the contacts-first clip in the tracker', () => rows().length > before);
    const [row] = rows().slice(before);
    expect(row[COL['Pupil (initials)']]).toBe('D.T.');
    expect(row[COL['Task type']]).toBe('Amendment response');
    // Reg 22(2)(c): 15 days beginning with 9 March 2026 (day 1) end on 23 March 2026, not 12 weeks after the meeting.
    expect(String(row[COL['Due basis']])).toContain('09/03/2026, which counts as day 1 (SEND Regulations 2014, reg 22(2)(c))');
    expect(String(row[COL.Title])).not.toMatch(/^(?:Name|Child or young person)\b/);
    for (const secret of ['Daniel', 'Thompson', 'Olivia', 'O.G.T.', 'Mr D.T.', '11/09/2013', '07700 900456'])
      expect(JSON.stringify(row)).not.toContain(secret);
    await page.close();
  });

  it('quick clip: saves at once with the best guesses, no popup', async () => {
    const { page, url } = await openAndSelect('liquidlogic-advice-request.html', '.task-details');
    const before = rows().length;
    const started = performance.now();
    await quickClip(url);
    await waitFor('the quick clip in the tracker', () => rows().length > before);
    const seconds = (performance.now() - started) / 1000;
    console.log(`Quick clip, shortcut to row in the tracker: ${seconds.toFixed(2)} s`);
    const [row] = rows().slice(before);
    expect(row[COL['Task type']]).toBe('Advice contribution');
    expect(row[COL['Pupil (initials)']]).toBe('J.S.');
    for (const secret of PII) expect(JSON.stringify(row)).not.toContain(secret);
    expect(seconds).toBeLessThan(10);
    await page.close();
  });

  it('offline: two clips wait (badge 2), then both arrive exactly once when the tracker is back', async () => {
    await tracker.stop();
    const before = rows().length;
    const first = await openAndSelect('capita-one-consultation.html', '#form-details');
    await quickClip(first.url);
    await waitFor('the first clip to fail once', async () => (await stored('outbox'))?.[0]?.attempts === 1);
    const second = await openAndSelect('generic-la-phase-transfer.html', '.callout');
    await quickClip(second.url);
    const waiting = await waitFor('both clips waiting', async () => {
      const outbox = await stored('outbox');
      return outbox?.length === 2 && outbox.every((e: any) => e.status === 'waiting' && e.attempts === 1) ? outbox : null;
    });
    expect(await badge()).toBe('2');
    const alarm = await clipper.worker.evaluate(() => chrome.alarms.get('outbox-retry'));
    expect(alarm.scheduledTime).toBeGreaterThan(Date.now());
    expect(rows().length).toBe(before);

    const popup = await openPopup();
    onTestFailed(async () => {
      console.log(`Popup text when the test failed:\n${await popup.locator('body').innerText().catch(String)}`);
      console.log('Outbox when the test failed:', JSON.stringify(await stored('outbox').catch(String)));
      console.log('Tracker requests:', JSON.stringify(tracker.requests.slice(-10)));
    });
    await popup.getByText('Not yet in the tracker (2)').waitFor({ timeout: 10_000 });
    const path = join(shots, 'popup-waiting.png');
    await popup.screenshot({ path, fullPage: true });
    console.log(`Popup (clips waiting) screenshot: ${path}`);

    await tracker.start();
    await popup.getByRole('button', { name: 'Send now' }).click();
    const result = popup.locator('#result');
    await expect.poll(() => result.textContent(), { timeout: 20_000 }).not.toMatch(/^(?:Sending…)?$/);
    expect(await result.textContent()).toBe('Everything waiting has been sent.');
    const ids = waiting.map((e: any) => e.clip.id);
    const idsInTracker = () => rows().map((r) => r[COL['Clip ID']]);
    expect(
      idsInTracker()
        .filter((id) => ids.includes(id))
        .sort(),
    ).toEqual([...ids].sort());
    expect(await stored('outbox')).toEqual([]);
    expect(await badge()).toBe('');

    // A late alarm or a second "send now" finds nothing to send: still exactly one row each.
    await clipper.worker.evaluate(() => chrome.alarms.onAlarm.dispatch({ name: 'outbox-retry', scheduledTime: Date.now() }));
    expect(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'send-now' }))).toEqual({
      ok: true,
      message: 'Everything waiting has been sent.',
    });
    expect(idsInTracker().filter((id) => ids.includes(id))).toHaveLength(2);
    expect(rows().length).toBe(before + 2);
    await Promise.all([popup.close(), first.page.close(), second.page.close()]);
  });
});
