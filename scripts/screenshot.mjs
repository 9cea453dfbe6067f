// Screenshots a page in Debian's headless Chromium: `node scripts/screenshot.mjs <file-or-url> <out.png> [width]`.
// Used to look at what people see (report.html, the sidebar, the popup); not part of the test run.

import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [target, out, width = '1100'] = process.argv.slice(2);
if (!target || !out) {
  console.error('Usage: node scripts/screenshot.mjs <file-or-url> <out.png> [width]');
  process.exit(2);
}
const url = existsSync(target) ? pathToFileURL(target).href : target;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
if (errors.length) console.error(`Page errors:\n${errors.join('\n')}`);
console.log(`Saved ${out}`);
