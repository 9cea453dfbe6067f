// The Compare with an earlier survey dialog in real Chromium, talking to the BUILT bundle in the emulator through
// the google.script.run bridge. Screenshots go to a temp folder whose path is printed, so that a person can look.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../cli/readCsv';
import { launchChromium } from '../chromium';
import { createEmulator, loadBundle } from '../emulator';
import { DIST, openDialog } from './dialogPage';
import { asSheetValues } from './sheetValues';

const shots = mkdtempSync(join(tmpdir(), 'senco-compare-'));
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
  browser = await launchChromium();
  console.log(`Compare dialog screenshots: ${shots}`);
});
afterAll(() => browser?.close());

function csvValues(path: string): unknown[][] {
  const csv = readCsv(readFileSync(path));
  if (!csv.ok) throw new Error(csv.message);
  return asSheetValues(csv.rows);
}

describe('the Compare with an earlier survey dialog (480 × 460)', () => {
  it('lists the other tabs with a quote in a name as text, and Compare writes the Trends tab', async () => {
    const emulator = createEmulator({
      spreadsheet: {
        name: 'SENCO network survey',
        sheets: [
          { name: 'Form responses 1', values: csvValues('examples/template-survey/oak-primary.csv') },
          { name: 'Responses 2025', values: csvValues('test/fixtures/surveys/earlier-year/oak-primary.csv') },
          { name: '<b>"Notes"</b>', values: [['Room booked?'], ['Yes']] },
        ],
      },
    });
    const app = loadBundle(emulator, join(DIST, 'Code.js'));
    app.call('onOpen', { authMode: 'NONE' });
    const page = await openDialog(browser, {
      file: 'Compare.html',
      width: 480,
      height: 460,
      server: (name, args) => app.call(name, ...args),
    });
    await page.waitForSelector('#tabs input');
    expect(await page.locator('#tabs label').allTextContents()).toEqual([' Responses 2025', ' <b>"Notes"</b>']);
    expect(await page.locator('#stop').isHidden()).toBe(true);
    await page.screenshot({ path: join(shots, 'compare-open.png') });

    await page.locator('#compare').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Tick the tab (or tabs) that hold the earlier survey first.');
    await page.getByLabel('Responses 2025').check();
    await page.locator('#compare').click();
    await expect
      .poll(() => page.locator('#status').textContent(), { timeout: 20_000 })
      .toBe('Compared with the earlier survey in "Responses 2025": see the Trends tab.');
    expect(emulator.spreadsheet.getSheetByName('Trends')).not.toBeNull();
    expect(await page.locator('#stop').isHidden()).toBe(false);
    await page.screenshot({ path: join(shots, 'compare-done.png') });
    expect(page.errors).toEqual([]);
  });
});
