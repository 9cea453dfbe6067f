// Open report through the BUILT add-on, with hostile survey headers and answers, rendered in Chromium as Sheets
// shows it: the dialog's HTML in an iframe with Google's sandbox keywords (test/emulator/html.ts). No injected
// script may run and every hostile text must read literally; Print must reach the print dialog (allow-modals),
// Download must save the report without the bar. Screenshots and the A4 PDF: the printed temp folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../chromium';
import { createEmulator, loadBundle } from '../emulator';
import { IFRAME_SANDBOX } from '../emulator/html';
import { DIST } from './dialogPage';
import { HOSTILE } from './hostileInput';
import { inSandbox as inSandboxOf } from './sandboxFrame';
import { asSeed, sampleSurveyValues } from './sheetValues';

const shots = mkdtempSync(join(tmpdir(), 'senco-report-dialog-'));
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
  browser = await launchChromium();
  console.log(`Open report screenshots and PDF: ${shots}`);
});
afterAll(() => browser?.close());

const COMMENTS = 'Any other comments?';

/** The sample survey with hostile headers, group names and comments, analysed, then Open report. */
function hostileDialog(): { title: string; content: string; width: number; height: number } {
  const values = asSeed(sampleSurveyValues());
  const header = values[0] as string[];
  const comments = header.indexOf(COMMENTS);
  const phases = ['Primary', 'Secondary', 'Special', 'All-through', 'Alternative provision'];
  const phaseAnswers = [HOSTILE.imgInText, HOSTILE.textarea, HOSTILE.summary, HOSTILE.script, HOSTILE.entities];
  [header[2], header[5], header[13], header[21], header[comments]] = [
    HOSTILE.autofocus,
    HOSTILE.mouseover,
    HOSTILE.singleQuote,
    HOSTILE.textarea,
    HOSTILE.script,
  ];
  const hostileComments = [HOSTILE.imgInText, HOSTILE.mouseover, HOSTILE.singleQuote, HOSTILE.script, HOSTILE.jsUrl];
  values.slice(1).forEach((row, i) => {
    row[2] = phaseAnswers[phases.indexOf(row[2] as string)];
    if (i < hostileComments.length) row[comments] = hostileComments[i];
  });
  const emulator = createEmulator({
    spreadsheet: { name: `Survey ${HOSTILE.singleQuote}`, sheets: [{ name: 'Form responses 1', values }] },
  });
  const app = loadBundle(emulator, join(DIST, 'Code.js'));
  expect(app.call('analyse')).toMatchObject({ ok: true });
  app.call('showReport');
  expect(emulator.ui.alerts).toEqual([]);
  // The first Analyse in a spreadsheet also shows the welcome, once; the report comes after it.
  const dialog = emulator.ui.dialogs.at(-1)!;
  expect(dialog).toMatchObject({ modal: false, width: 1000, height: 700 });
  return dialog;
}

/** A page holding the dialog's HTML in an iframe sandboxed as Google sandboxes it (or with `sandbox` given). */
const inSandbox = (content: string, sandbox = IFRAME_SANDBOX) => inSandboxOf(browser, content, { sandbox });

describe('Open report with hostile headers, group names and comments', { timeout: 240_000 }, () => {
  const dialog = hostileDialog();

  it('runs none of them and shows each as text', async () => {
    const { page, frame, alerts, errors } = await inSandbox(dialog.content);
    await page.screenshot({ path: join(shots, 'open-report-first-view.png') });
    // Move over every piece of text and every control, focus every control, as a reader would.
    for (const handle of await frame.$$('h1, h2, h3, h4, p, li, td, th, summary, label, input, button, figure')) {
      if (await handle.isVisible()) await handle.hover({ force: true, timeout: 1000 });
    }
    for (const control of await frame.$$('input, button, summary, a[href]')) await control.focus();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'open-report-after-hovering.png') });
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(alerts).toEqual([]);
    expect(errors).toEqual([]);
    const found = await frame.evaluate(() => ({
      elements: document.querySelectorAll('img, iframe, object, embed, textarea, details').length,
      scripts: [...document.querySelectorAll('script')].map((s) => s.className),
      handlers: [...document.querySelectorAll('*')].flatMap((e) =>
        e.getAttributeNames().filter((a) => a.startsWith('on') || a === 'autofocus'),
      ),
      links: document.querySelectorAll('a[href]').length,
      text: document.body.textContent ?? '',
      headings: [...document.querySelectorAll('h3')].map((h) => h.textContent),
    }));
    expect(found.elements).toBe(0);
    // The report's comment filter and the dialog bar: nothing else.
    expect(found.scripts).toEqual(['', 'dialog-bar-script']);
    expect(found.handlers).toEqual([]);
    expect(found.links).toBe(0);
    for (const text of [HOSTILE.autofocus, HOSTILE.mouseover, HOSTILE.singleQuote, HOSTILE.script, HOSTILE.imgInText, HOSTILE.jsUrl])
      expect(found.text).toContain(text);
    expect(found.headings).toContain(HOSTILE.script);
    await page.close();
  });

  it('prints from the sandboxed dialog (allow-modals), and would not without it', async () => {
    const printed = async (sandbox: string) => {
      const { page, frame } = await inSandbox(dialog.content, sandbox);
      await frame.evaluate(() => {
        (window as unknown as { __printed: number }).__printed = 0;
        addEventListener('beforeprint', () => (window as unknown as { __printed: number }).__printed++);
      });
      await frame.click('#print-report');
      await page.waitForTimeout(500);
      const n = await frame.evaluate(() => (window as unknown as { __printed: number }).__printed);
      await page.close();
      return n;
    };
    expect(await printed(IFRAME_SANDBOX)).toBe(1);
    expect(await printed(IFRAME_SANDBOX.replace(' allow-modals', ''))).toBe(0);
  });

  it('downloads the report without the dialog bar (allow-downloads)', async () => {
    const { page, frame } = await inSandbox(dialog.content);
    const [download] = await Promise.all([page.waitForEvent('download'), frame.click('#download-report')]);
    expect(download.suggestedFilename()).toBe('report.html');
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(saved).not.toContain('dialog-bar');
    expect(saved).toContain('<h2>Key findings</h2>');
    expect(saved.match(/<script>/g)).toHaveLength(1);
    await page.close();
  });

  it('prints on A4 without the bar: the PDF for a person to look at', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.setContent(dialog.content);
    await page.screenshot({ path: join(shots, 'open-report-full.png'), fullPage: true });
    await page.pdf({ path: join(shots, 'open-report.pdf'), preferCSSPageSize: true });
    expect(await page.locator('.dialog-bar').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.dialog-bar').isVisible()).toBe(false);
    await page.close();
  });
});
