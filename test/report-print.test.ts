// report.html printed by real Chromium to A4 with the browser's defaults (no "background graphics", no
// header/footer option): page 1 holds the key findings, nothing is wider than the page, colours survive, the title
// and page number are on every page. PDFs and page images go to a temp folder whose path is printed, for looking at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../shared/analysis/analysisSchema';
import { launchChromium } from './chromium';

const CLI = 'dist/cli/senco-time.mjs';
const out = mkdtempSync(join(tmpdir(), 'senco-print-'));
// A4 is 210 mm wide; the report's @page margins are 14 mm each side: 182 mm of content = 687.9 CSS px (96 px/in).
const A4_CONTENT_PX = Math.floor((182 / 25.4) * 96);
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs', 'cli']);
  execFileSync(process.execPath, [CLI, 'demo', '--out', out], { env: { ...process.env, INIT_CWD: process.cwd() } });
  browser = await launchChromium();
  console.log(`Printed reports: ${out}`);
});
afterAll(() => browser?.close());

/** Pixels whose channels differ by more than 40 (not white, grey or black), from a binary PPM (P6, maxval 255). */
function colouredPixels(ppm: Buffer): number {
  const header = /^P6\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 100).toString('latin1'));
  if (header?.[3] !== '255') throw new Error('not an 8-bit binary PPM');
  const start = header[0].length;
  let n = 0;
  for (let i = start; i + 2 < ppm.length; i += 3) {
    const r = ppm[i],
      g = ppm[i + 1],
      b = ppm[i + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) n++;
  }
  return n;
}

const pageText = (pdf: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each(['demo', 'demo-template'])('report.html of %s printed to A4', (name) => {
  const dir = () => join(out, name);
  let pdf: string;
  let pages: number;

  beforeAll(async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir(), 'report.html')).href);
    pdf = join(out, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    await page.close();
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(out, `${name}-page`)]);
    console.log(`${name}: ${pages} pages`);
  });

  it('has every key finding on page 1, after the title and the number of respondents', () => {
    const analysis = AnalysisSchema.parse(JSON.parse(readFileSync(join(dir(), 'report.json'), 'utf8')));
    const first = squash(pageText(pdf, 1));
    expect(first).toContain(`${analysis.respondents} respondents`);
    const key = analysis.findings.filter((f) => f.key);
    expect(key.length).toBeGreaterThan(0);
    expect(key.length).toBeLessThanOrEqual(8);
    // pdftotext may break a line anywhere, so compare the sentences without their spacing.
    for (const f of key) expect(first.replace(/ /g, '')).toContain(squash(f.text).replace(/ /g, ''));
  });

  it('prints the title and "Page N of M" on every page, from CSS @page margin boxes', () => {
    for (const n of [1, 2, pages]) {
      const text = squash(pageText(pdf, n));
      expect(text).toContain(`Page ${n} of ${pages}`);
      expect(text).toContain('SENCO Time:');
    }
  });

  it('keeps its colours without "background graphics": bars on page 2 and the correlation matrix', () => {
    const coloured = (n: number) =>
      colouredPixels(execFileSync('pdftoppm', ['-r', '40', '-f', String(n), '-l', String(n), pdf], { maxBuffer: 64 << 20 }));
    expect(coloured(2)).toBeGreaterThan(2000);
    const heatPage = Array.from({ length: pages }, (_, i) => i + 1).find((n) => pageText(pdf, n).includes('How answers go together'))!;
    // The matrix may start on the page after its heading.
    expect(Math.max(coloured(heatPage), coloured(heatPage + 1))).toBeGreaterThan(2000);
  });

  it('is no longer than the 13 pages the old report printed', () => {
    expect(pages).toBeLessThanOrEqual(13);
  });

  it('has no element wider than the A4 content width in print media, and never splits a chart or a table row', async () => {
    const page = await browser.newPage({ viewport: { width: A4_CONTENT_PX, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(join(dir(), 'report.html')).href);
    const result = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth + 0.5;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > limit || r.left < -0.5);
        })
        .map((el) => `${el.tagName}.${el.getAttribute('class')} ${Math.round(el.getBoundingClientRect().right)}`);
      const split = [...document.querySelectorAll('.chart, tr, .brow, ol.findings li, figure')].filter(
        (el) => getComputedStyle(el).breakInside !== 'avoid',
      ).length;
      return { width: document.documentElement.clientWidth, wide: wide.slice(0, 5), split };
    });
    await page.close();
    expect(result.width).toBe(A4_CONTENT_PX);
    expect(result.wide).toEqual([]);
    expect(result.split).toBe(0);
  });
});

describe('report.html on screen', () => {
  it('filters comments as you type, and lists them all without scripts', async () => {
    const url = pathToFileURL(join(out, 'demo', 'report.html')).href;
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(url);
    const box = page.locator('input.filter').first();
    await box.fill('admin');
    const visible = await page.locator('#comments-1 > li:visible').allTextContents();
    const all = await page.locator('#comments-1 > li').count();
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'comments-filtered.png') });
    await page.close();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(all);
    expect(visible.every((t) => t.toLowerCase().includes('admin'))).toBe(true);

    const noScript = await browser.newPage({ javaScriptEnabled: false });
    await noScript.goto(url);
    expect(await noScript.locator('input.filter').first().isVisible()).toBe(false);
    expect(await noScript.locator('#comments-1 > li:visible').count()).toBe(all);
    await noScript.close();
  });
});
