// Summary for senior leaders… through the BUILT add-on, rendered in Chromium as Sheets shows a dialog (an iframe with
// Google's sandbox keywords) and printed to A4: one page, no pupil initials or task titles, hostile LA and school
// names read as text. Screenshots, PDFs and page images: the temp folder printed, for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../chromium';
import { HOSTILE } from './hostileInput';
import { inSandbox as inSandboxOf } from './sandboxFrame';
import { day, ensureBundle, fixtureTasks, KHAN, type TaskSeed, trackerWith } from './trackerFixture';

const shots = mkdtempSync(join(tmpdir(), 'senco-leaders-summary-'));
let browser: Browser;

beforeAll(async () => {
  ensureBundle();
  browser = await launchChromium();
  console.log(`Summary for senior leaders screenshots and PDFs: ${shots}`);
});
afterAll(() => browser?.close());

const ITEM = 'Summary for senior leaders…';
const DAY_MS = 86_400_000;

/** The dialog's HTML after the menu item, on the fixture plus `extra` tasks, `days` after Monday 30 November 2026. */
function summaryDialog(extra: TaskSeed[] = [], days = 0): string {
  const { emulator, app } = trackerWith([...fixtureTasks(), ...extra]);
  emulator.advanceTime(days * DAY_MS);
  app.clickMenuItem(ITEM);
  expect(emulator.ui.alerts).toEqual([]);
  return emulator.ui.dialogs.at(-1)!.content;
}

const inSandbox = (content: string) => inSandboxOf(browser, content, { width: 860, height: 720 });

/** Prints the page as Chrome's Save as PDF does (A4 from the page's @page rule); its page count and text. */
async function printed(page: Page, name: string): Promise<{ pages: number; text: string }> {
  const pdf = join(shots, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(shots, `${name}-page`)]);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }) };
}

/** Every pupil's initials and every task title of the fixture. */
const PRIVATE = fixtureTasks().flatMap((t) => [t.Title, t['Pupil (initials)']].filter((x): x is string => typeof x === 'string'));

describe('Summary for senior leaders in Chromium', { timeout: 240_000 }, () => {
  const content = summaryDialog();

  it('shows the term in the sandboxed dialog, prints from its button, and names no pupil or task', async () => {
    const { page, frame, alerts, errors } = await inSandbox(content);
    await page.screenshot({ path: join(shots, 'summary-dialog.png') });
    expect(errors).toEqual([]);
    expect(alerts).toEqual([]);
    const seen = await frame.evaluate(() => ({
      shown: [...document.querySelectorAll<HTMLElement>('section.leaders')].filter((s) => !s.hidden).map((s) => s.dataset.term),
      picker: (document.getElementById('term-picker') as HTMLSelectElement).hidden,
      text: document.body.textContent ?? '',
    }));
    expect(seen.shown).toEqual(['Autumn 2026']);
    // One term has begun: nothing to pick.
    expect(seen.picker).toBe(true);
    for (const secret of PRIVATE) expect(seen.text).not.toContain(secret);
    await frame.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      addEventListener('beforeprint', () => (window as unknown as { __printed: number }).__printed++);
    });
    await frame.click('#print-summary');
    await page.waitForTimeout(500);
    expect(await frame.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    await page.close();
  });

  it('prints on exactly one A4 page, without the bar, and names no pupil or task', async () => {
    for (const secret of PRIVATE) expect(content).not.toContain(secret);
    const page = await browser.newPage({ viewport: { width: 860, height: 720 } });
    await page.setContent(content);
    await page.screenshot({ path: join(shots, 'summary-full.png'), fullPage: true });
    const { pages, text } = await printed(page, 'summary');
    await page.close();
    expect(pages).toBe(1);
    expect(text).toContain('EHCP admin and SENCO time: Autumn 2026');
    expect(text).toContain('6.91');
    expect(text).not.toContain('Print / Save as PDF');
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
  });

  it('picks another term once two have begun, and prints only the one shown', async () => {
    // Friday 15 January 2027: autumn has ended and spring has begun.
    const { page, frame, errors } = await inSandbox(summaryDialog([], 46));
    const options = await frame.locator('#term-picker option').allTextContents();
    expect(options).toEqual(['Autumn 2026', 'Spring 2027']);
    expect(await frame.locator('#term-picker').inputValue()).toBe('1');
    await frame.selectOption('#term-picker', '0');
    const shown = await frame.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section.leaders')].filter((s) => !s.hidden).map((s) => s.dataset.term),
    );
    expect(shown).toEqual(['Autumn 2026']);
    await page.screenshot({ path: join(shots, 'summary-picker.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads hostile LA and school names as text, and still fits one page with ten LAs', async () => {
    const las = [HOSTILE.script, HOSTILE.mouseover, HOSTILE.imgInText, 'Dshire', 'Eshire', 'Fshire', 'Gshire'];
    const steps: TaskSeed[] = las.map((la, i) => ({
      SENCO: KHAN,
      LA: la,
      School: i === 0 ? HOSTILE.singleQuote : 'Oak Primary',
      'Task type': 'Needs assessment request',
      'Clipped at': day('2026-10-05'),
      'Due date': day('2026-11-16'),
      'Due basis': `The local authority must say whether it will carry out an EHC needs assessment within 6 weeks of receiving the request on 05/10/2026 (SEND Regulations 2014, reg 5(1)).`,
      'Estimated minutes': 30,
      Status: 'Waiting for the LA',
      Title: `Hostile step ${i}`,
    }));
    const { page, frame, alerts, errors } = await inSandbox(summaryDialog(steps));
    for (const handle of await frame.$$('td, th, h1, p, li'))
      if (await handle.isVisible()) await handle.hover({ force: true, timeout: 1000 });
    await page.screenshot({ path: join(shots, 'summary-hostile.png') });
    const found = await frame.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      elements: document.querySelectorAll('img, iframe, object, embed').length,
      scripts: document.querySelectorAll('script').length,
      text: document.body.textContent ?? '',
    }));
    expect(found).toMatchObject({ pwned: undefined, elements: 0, scripts: 1 });
    expect(alerts).toEqual([]);
    expect(errors).toEqual([]);
    expect(found.text).toContain(HOSTILE.singleQuote);
    // Ten LAs of one step each, in code-point order: five by name (two hostile ones first), the other five summed.
    expect(found.text).toContain(HOSTILE.script);
    expect(found.text).toContain(HOSTILE.imgInText);
    expect(found.text).toContain('The other 5 LAs');
    await page.close();

    const print = await browser.newPage();
    await print.setContent(summaryDialog(steps));
    const { pages } = await printed(print, 'summary-hostile');
    await print.close();
    expect(pages).toBe(1);
  });
});
