// The options sidebar and the Clip settings dialog, in real Chromium, talking to the BUILT bundle in the
// emulator through a google.script.run bridge (what HtmlService provides in Sheets). Screenshots go to a temp
// folder whose path is printed, so that a person can look at them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeConnectionCode } from '../../shared/clip/connectionCode';
import { launchChromium } from '../chromium';
import { type App, createEmulator, loadBundle } from '../emulator';
import { DIST, openDialog } from './dialogPage';
import { asSeed, sampleSurveyValues } from './sheetValues';

const shots = mkdtempSync(join(tmpdir(), 'senco-sidebar-'));
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
  browser = await launchChromium();
  console.log(`Sidebar screenshots: ${shots}`);
});
afterAll(() => browser?.close());

/** The dialog with google.script.run bridged to the built bundle in the emulator. */
function open(app: App, file: string, width: number, height: number): Promise<Page> {
  return openDialog(browser, { file, width, height, server: (name, args) => app.call(name, ...args) });
}

function world() {
  const emulator = createEmulator({
    spreadsheet: { name: 'SENCO network survey', sheets: [{ name: 'Form responses 1', values: asSeed(sampleSurveyValues()) }] },
  });
  const app = loadBundle(emulator, join(DIST, 'Code.js'));
  app.call('onOpen', { authMode: 'NONE' });
  return { emulator, app };
}

describe('the Analysis options sidebar (300 px)', () => {
  it('shows the tabs, questions and options, and Save and analyse writes the report', async () => {
    const { emulator, app } = world();
    const page = await open(app, 'Sidebar.html', 300, 1100);
    await page.waitForSelector('[data-col]');
    expect(await page.locator('#sheet').inputValue()).toBe('Form responses 1');
    // The e-mail column is listed but cannot be ticked.
    expect(await page.locator('label:has-text("Email address") input').isDisabled()).toBe(true);
    await page.screenshot({ path: join(shots, 'sidebar.png'), fullPage: true });
    await page.selectOption('#method', 'kendall');
    await page.click('#run');
    await page.waitForFunction(() => /Analysed 150 responses/.test(document.getElementById('status')!.textContent ?? ''));
    await page.screenshot({ path: join(shots, 'sidebar-after-run.png'), fullPage: true });
    expect(emulator.spreadsheet.getSheetByName('Summary')).not.toBeNull();
    expect(emulator.properties.document(emulator.spreadsheet.getId()).data.get('senco-time.options')).toContain('"method":"kendall"');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('shows a problem in words when the chosen tab is empty', async () => {
    const emulator = createEmulator({
      spreadsheet: { name: 'Empty', sheets: [{ name: 'Form responses 1', values: [['Timestamp', 'Stress (1–5)']] }] },
    });
    const app = loadBundle(emulator, join(DIST, 'Code.js'));
    const page = await open(app, 'Sidebar.html', 300, 700);
    await page.waitForFunction(() => (document.getElementById('status')!.textContent ?? '').length > 10);
    expect(await page.locator('#status').textContent()).toBe(
      'There is a header row but no responses yet: analyse again once people have answered.',
    );
    expect(await page.locator('#status').getAttribute('class')).toBe('error');
    await page.close();
  });
});

describe('the Clip settings dialog', () => {
  it('shows one connection code, deployment steps only when not deployed, and Make a new code replaces it', async () => {
    const { emulator, app } = world();
    app.clickMenuItem('Set up workload tracker');
    const page = await open(app, 'ClipSettings.html', 520, 520);
    await page.waitForFunction(() => (document.getElementById('code') as HTMLInputElement).value.startsWith('senco1.'));
    const before = await page.locator('#code').inputValue();
    // The code carries the emulator's web-app URL and the token the tracker checks.
    const token = emulator.properties.document(emulator.spreadsheet.getId()).data.get('senco-time.tracker-token');
    expect(decodeConnectionCode(before)).toEqual({
      ok: true,
      url: 'https://script.google.com/macros/s/AKfycbEmulatedDeployment/exec',
      token,
    });
    expect(await page.locator('#steps').isVisible()).toBe(false);
    await page.screenshot({ path: join(shots, 'clip-settings.png'), fullPage: true });
    page.on('dialog', (d) => d.accept());
    await page.click('#rotate');
    await page.waitForFunction((old) => (document.getElementById('code') as HTMLInputElement).value !== old, before);
    const after = decodeConnectionCode(await page.locator('#code').inputValue());
    expect(after.ok && after.token).toMatch(/^[0-9a-f]{64}$/);
    expect(after.ok && after.token).not.toBe(token);
    expect(await page.locator('#status').textContent()).toMatch(/^New code made/);
    await page.close();
  });

  it('shows the deployment steps and no code before the web app is deployed', async () => {
    const emulator = createEmulator({ spreadsheet: { name: 'Tracker', sheets: [{ name: 'Sheet1', values: [[]] }] }, webAppUrl: '' }); // not deployed: no web-app URL
    const app = loadBundle(emulator, join(DIST, 'Code.js'));
    const page = await open(app, 'ClipSettings.html', 520, 520);
    await page.waitForFunction(() => (document.getElementById('token') as HTMLInputElement).value.length === 64);
    expect(await page.locator('#steps').isVisible()).toBe(true);
    expect(await page.locator('#code').isVisible()).toBe(false);
    await page.screenshot({ path: join(shots, 'clip-settings-not-deployed.png'), fullPage: true });
    await page.close();
  });
});

describe('the welcome', () => {
  it('shows what SENCO Time does and the permissions, and Got it closes it', async () => {
    const { app } = world();
    const page = await open(app, 'Welcome.html', 560, 560);
    await page.getByText('The permissions Google will ask for, and why').waitFor();
    await page.screenshot({ path: join(shots, 'welcome.png'), fullPage: true });
    await page.click('#close');
    expect(await page.evaluate(() => (window as unknown as { __closed?: boolean }).__closed)).toBe(true);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});

describe('the template dialogs', () => {
  it('New survey from template: builds the chosen form and shows the links to send', async () => {
    const { emulator, app } = world();
    const page = await open(app, 'NewSurvey.html', 560, 600);
    await page.waitForSelector('input[value="senco-workload-wellbeing"]');
    await page.screenshot({ path: join(shots, 'new-survey.png'), fullPage: true });
    await page.click('#create');
    await page.waitForFunction(() => /Send this link/.test(document.getElementById('status')!.textContent ?? ''));
    expect(await page.locator('#status a').first().getAttribute('href')).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/,
    );
    expect(emulator.forms.size).toBe(1);
    await page.screenshot({ path: join(shots, 'new-survey-done.png'), fullPage: true });
    await page.close();
  });

  it('New survey from template: lists every problem of a pasted template', async () => {
    const { app } = world();
    const page = await open(app, 'NewSurvey.html', 560, 600);
    await page.fill(
      '#json',
      '{"format": "senco-time-template", "formatVersion": 1, "id": "x", "title": "T", "version": "1", "sections": [{"title": "S", "items": [{"id": "a", "kind": "scale", "title": "Q", "low": 1, "high": 12}]}]}',
    );
    await page.click('#create');
    await page.waitForSelector('#status li');
    expect(await page.locator('#status li').allTextContents()).toEqual(['Item 1 ("Q"): a scale needs an upper bound from 3 to 10.']);
    await page.screenshot({ path: join(shots, 'new-survey-problems.png'), fullPage: true });
    await page.close();
  });

  it('Export template: shows the JSON behind the active responses tab', async () => {
    const { emulator, app } = world();
    app.call('createSurveyFromTemplate', { builtIn: 'senco-time-role' });
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName('Form responses 1')!);
    const page = await open(app, 'ExportTemplate.html', 560, 560);
    await page.waitForFunction(() => (document.getElementById('json') as HTMLTextAreaElement).value.length > 100);
    expect(JSON.parse(await page.locator('#json').inputValue()).id).toBe('senco-time-role');
    await page.screenshot({ path: join(shots, 'export-template.png'), fullPage: true });
    await page.close();
  });
});
