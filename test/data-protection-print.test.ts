// The data-protection pack as a printable page: dist/data-protection.html, built from docs/data-protection.md by
// `node scripts/build.mjs docs` (part of `npm run build`), has every heading of the Markdown and prints on A4 with no
// table wider than the page and no heading or table row split. PDF and page images: the temp folder printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';

const PAGE = 'dist/data-protection.html';
const out = mkdtempSync(join(tmpdir(), 'senco-data-protection-'));
// A4 is 210 mm wide; the page's @page margins are 14 mm each side: 182 mm of content = 687.9 CSS px (96 px/in).
const A4_CONTENT_PX = Math.floor((182 / 25.4) * 96);
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'docs']);
  browser = await launchChromium();
  console.log(`Data-protection pack printed: ${out}`);
});
afterAll(() => browser?.close());

/** The Markdown's headings as a reader sees them: no #, no ** or backticks. */
const markdownHeadings = () =>
  readFileSync('docs/data-protection.md', 'utf8')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) =>
      line
        .replace(/^#+ /, '')
        .replace(/\*\*|`/g, '')
        .trim(),
    );

const url = () => pathToFileURL(resolve(PAGE)).href;

describe('the printable data-protection pack', () => {
  it('has every heading of docs/data-protection.md, in order, and every table', async () => {
    const page = await browser.newPage();
    await page.goto(url());
    const found = await page.evaluate(() => ({
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => (h.textContent ?? '').trim()),
      tables: document.querySelectorAll('table').length,
    }));
    await page.close();
    const headings = markdownHeadings();
    expect(headings.length).toBeGreaterThan(5);
    expect(found.headings).toEqual(headings);
    // One table per block of Markdown rows starting "|---".
    expect(found.tables).toBe((readFileSync('docs/data-protection.md', 'utf8').match(/^\|---/gm) ?? []).length);
  });

  it('prints on A4 with no element wider than the page, and keeps headings with what follows and rows whole', async () => {
    const page = await browser.newPage({ viewport: { width: A4_CONTENT_PX, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(url());
    const result = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 0.5;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > limit || r.left < -0.5);
        })
        .map((el) => `${el.tagName} ${Math.round(el.getBoundingClientRect().right)}`);
      const cut = [...document.querySelectorAll('td, th')].filter((c) => c.scrollWidth > c.clientWidth + 1).length;
      const splittable = [...document.querySelectorAll('table, tr')].filter((el) => getComputedStyle(el).breakInside !== 'avoid').length;
      const loose = [...document.querySelectorAll('h1, h2, h3')].filter((el) => getComputedStyle(el).breakAfter !== 'avoid').length;
      return { width: document.documentElement.clientWidth, wide: wide.slice(0, 5), cut, splittable, loose };
    });
    await page.close();
    expect(result).toEqual({ width: A4_CONTENT_PX, wide: [], cut: 0, splittable: 0, loose: 0 });
  });

  it('prints to A4 pages whose text holds every word of every table: a PDF and page images to look at', async () => {
    const page = await browser.newPage();
    await page.goto(url());
    const words = await page.evaluate(() =>
      [...document.querySelectorAll('td, th')].flatMap((c) => (c.textContent ?? '').split(/[\s-]+/).filter(Boolean)),
    );
    const pdf = join(out, 'data-protection.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'page')]);
    console.log(`data-protection.pdf: ${pages} pages`);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(6);
    // Every word of every table cell is in the PDF's text: a clipped cell would lose the end of its lines. (Words, not
    // whole cells: pdftotext reads the lines of a row’s cells side by side; and split at hyphens, where lines may break.)
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(words.length).toBeGreaterThan(300);
    for (const word of words) expect(text).toContain(word);
  });
});
