// The options sidebar names the questions whose answers were read as categories, in real Chromium against the
// BUILT bundle in the emulator. The screenshot's path is printed so that a person can look at it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../cli/readCsv';
import { launchChromium } from '../chromium';
import { createEmulator, loadBundle } from '../emulator';
import { DIST, openDialog } from './dialogPage';
import { asSeed, asSheetValues } from './sheetValues';

const shots = mkdtempSync(join(tmpdir(), 'senco-sidebar-categories-'));
let browser: Browser;

beforeAll(async () => {
  // Always rebuilt: the note is new, and a bundle left from an older build would not show it.
  execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
  browser = await launchChromium();
  console.log(`Sidebar screenshots: ${shots}`);
});
afterAll(() => browser?.close());

describe('the Analysis options sidebar on answers it does not know', () => {
  it('says which questions were read as categories, and not for a known scale', async () => {
    // Invented wordings (test/fixtures/surveys/unlisted-orders.csv).
    const csv = readCsv(readFileSync('test/fixtures/surveys/unlisted-orders.csv'));
    if (!csv.ok) throw new Error(csv.message);
    const values = asSeed(asSheetValues(csv.rows));
    const emulator = createEmulator({ spreadsheet: { name: 'Lunch survey', sheets: [{ name: 'Form responses 1', values }] } });
    const app = loadBundle(emulator, join(DIST, 'Code.js'));
    const page: Page = await openDialog(browser, {
      file: 'Sidebar.html',
      width: 300,
      height: 900,
      server: (name, args) => app.call(name, ...args),
    });
    await page.waitForSelector('#scales summary');
    const notes = await page.locator('#scales > p').allTextContents();
    expect(notes).toEqual([
      '“How often do you get to eat lunch away from your desk?” was read as categories; set its order in Analysis options if it has one.',
      '“How much of your week goes on paperwork?” was read as categories; set its order in Analysis options if it has one.',
      '“Which key stage do you mostly teach?” was read as categories; set its order in Analysis options if it has one.',
    ]);
    expect(await page.locator('#scales').textContent()).not.toContain('I feel valued by SLT');
    await page.screenshot({ path: join(shots, 'sidebar-categories.png'), fullPage: true });
    await page.close();
  });
});
